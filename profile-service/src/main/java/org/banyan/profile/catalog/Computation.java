package org.banyan.profile.catalog;

/** How a tag gets its value. */
public enum Computation {
    /** Taken from the latest event of its kind, in real time. */
    EVENT,
    /** Aggregated over a sliding window of days: kept current by events, aged by the nightly recompute. */
    WINDOW,
    /** Derived from other tags by a rule (built-in) or an expression (custom). */
    EXPRESSION,
    /** Set through the API by a person or another system. */
    EXTERNAL
}
