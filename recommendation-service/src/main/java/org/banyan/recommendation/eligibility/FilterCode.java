package org.banyan.recommendation.eligibility;

/** Why an offer was ruled out; stable codes shown to analysts when they ask the engine to explain. */
public enum FilterCode {
    /** Retired, or outside its validity window. */
    NOT_OFFERABLE,
    /** The product is not offered on the requested channel. */
    CHANNEL,
    AGE,
    INCOME,
    KYC_LEVEL,
    /** A wealth product riskier than the customer's assessed risk tolerance, or no assessment at all. */
    SUITABILITY,
    /** Risk tags or signals (collections, recent decline, arrears ...) rule credit out. */
    CREDIT_ELIGIBILITY,
    /** The product needs a better credit grade than the customer's (or one the customer lacks). */
    CREDIT_GRADE,
    ALREADY_HELD,
    MARKETING_CONSENT,
    FREQUENCY_CAP,
    COOL_DOWN
}
