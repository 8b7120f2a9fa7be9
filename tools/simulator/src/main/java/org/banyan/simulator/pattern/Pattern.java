package org.banyan.simulator.pattern;

/** Planted risk patterns, each with a ground-truth label. */
public enum Pattern {
    /** Many foreign card transactions within minutes: a compromised card. */
    CARD_FRAUD_BURST,
    /** Days of escalating late-night gambling (MCC 7995). */
    GAMBLING_SPIKE,
    /** Payroll credits stop; card and loan payments start to fail weeks later. */
    SALARY_STOP,
    /** Applicants sharing phone, device or address who all default on their first payment. */
    FRAUD_RING
}
