package org.banyan.recommendation.campaign;

/** How a campaign picks customers within its budget. */
enum Targeting {
    /** The engine's best: highest-scored eligible customers. */
    MODEL,
    /** Eligible customers drawn at random: the yardstick the engine is measured against. */
    RANDOM
}
