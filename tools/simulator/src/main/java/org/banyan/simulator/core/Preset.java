package org.banyan.simulator.core;

import java.util.Locale;

/** Named population sizes. Every value can be overridden on the command line. */
public enum Preset {

    /** For tests: small enough to generate in about a second. */
    TINY(1_000, 90, 1.0),
    /** To feed a locally running platform. */
    DEMO(100_000, 90, 0.2),
    /** Batch benchmarks: about 30 million transactions. */
    BENCH(1_000_000, 90, 0.02);

    private final int customers;
    private final int days;
    private final double transactionLabelSample;

    Preset(int customers, int days, double transactionLabelSample) {
        this.customers = customers;
        this.days = days;
        this.transactionLabelSample = transactionLabelSample;
    }

    public int customers() {
        return customers;
    }

    public int days() {
        return days;
    }

    /** Share of ordinary transactions copied into the labelled fraud training set (anomalies always are). */
    public double transactionLabelSample() {
        return transactionLabelSample;
    }

    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }
}
