package org.banyan.simulator.customer;

import java.util.Locale;

/**
 * Hidden life-stage segment. It drives age, occupation, city, spending mix, digital habits, product
 * affinities and part of credit risk; it is never published, only written to the ground truth.
 */
public enum Persona {
    //                 share  age      male  digital purchases risk  tiers 1..5
    STUDENT(0.08, 18, 24, 0.50, 0.12, 0.11, 0.4, new double[] {1.2, 1.3, 1.0, 0.8, 0.6}),
    YOUNG_PROFESSIONAL(0.20, 23, 35, 0.52, 0.105, 0.2, -0.1, new double[] {1.8, 1.5, 1.0, 0.6, 0.3}),
    FAMILY(0.22, 30, 52, 0.48, 0.04, 0.19, -0.2, new double[] {1.0, 1.1, 1.0, 1.0, 0.9}),
    MASS_AFFLUENT(0.08, 35, 60, 0.55, 0.05, 0.2, -0.6, new double[] {2.2, 1.5, 0.9, 0.5, 0.3}),
    SMALL_BUSINESS_OWNER(0.07, 28, 62, 0.60, 0.04, 0.15, 0.2, new double[] {0.8, 1.0, 1.1, 1.2, 1.2}),
    BLUE_COLLAR(0.16, 20, 56, 0.62, 0.02, 0.08, 0.3, new double[] {1.2, 1.3, 1.0, 0.9, 0.8}),
    GIG_WORKER(0.06, 20, 42, 0.75, 0.08, 0.11, 0.6, new double[] {1.6, 1.4, 1.0, 0.7, 0.5}),
    RETIREE(0.13, 60, 85, 0.46, 0.008, 0.07, -0.4, new double[] {0.9, 0.9, 1.0, 1.1, 1.3});

    private final double share;
    private final int minAge;
    private final int maxAge;
    private final double maleShare;
    private final double digitalMedian;
    private final double purchaseMedian;
    private final double riskShift;
    private final double[] tierPreference;

    Persona(double share, int minAge, int maxAge, double maleShare, double digitalMedian, double purchaseMedian,
            double riskShift, double[] tierPreference) {
        this.share = share;
        this.minAge = minAge;
        this.maxAge = maxAge;
        this.maleShare = maleShare;
        this.digitalMedian = digitalMedian;
        this.purchaseMedian = purchaseMedian;
        this.riskShift = riskShift;
        this.tierPreference = tierPreference;
    }

    public double share() {
        return share;
    }

    public int minAge() {
        return minAge;
    }

    public int maxAge() {
        return maxAge;
    }

    public double maleShare() {
        return maleShare;
    }

    /** Median app sessions per day among this persona's digital users. */
    public double digitalMedian() {
        return digitalMedian;
    }

    /** Median card and QR purchases per day. */
    public double purchaseMedian() {
        return purchaseMedian;
    }

    public double riskShift() {
        return riskShift;
    }

    /** Multiplier on a city's weight by its tier (1-5). */
    public double tierPreference(int tier) {
        return tierPreference[tier - 1];
    }

    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }
}
