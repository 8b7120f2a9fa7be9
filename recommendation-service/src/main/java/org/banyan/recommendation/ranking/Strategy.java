package org.banyan.recommendation.ranking;

/** How offers are ranked; experiments compare strategies against each other. */
public enum Strategy {
    /** Most popular in the customer's look-alike segment: the baseline. */
    POPULARITY,
    /** Item-item collaborative filtering over holdings and interactions, popularity for cold start. */
    ITEM_CF,
    /** Collaborative filtering, popularity, propensity models and interest tags blended. */
    HYBRID
}
