package org.banyan.simulator.core;

/**
 * How often the planted risk patterns occur. Counts are exact, not random: a run plants
 * {@code round(rate x eligible customers x days / 30)} of each time-based pattern, so tests and
 * benchmarks can check recall against a known number.
 *
 * @param cardFraudPer30Days   card-fraud bursts per card holder per 30 days
 * @param gamblingPer30Days    gambling spikes per active customer per 30 days
 * @param salaryStopPer30Days  salary stops per employed borrower per 30 days
 * @param ringMemberShare      share of all customers who belong to an application fraud ring
 */
public record PatternRates(double cardFraudPer30Days, double gamblingPer30Days, double salaryStopPer30Days,
        double ringMemberShare) {

    public static final PatternRates DEFAULT = new PatternRates(0.004, 0.003, 0.01, 0.003);

    public PatternRates {
        requireRate("card fraud rate", cardFraudPer30Days);
        requireRate("gambling rate", gamblingPer30Days);
        requireRate("salary stop rate", salaryStopPer30Days);
        requireRate("ring member share", ringMemberShare);
    }

    private static void requireRate(String name, double value) {
        if (!(value >= 0 && value <= 0.5)) {
            throw new IllegalArgumentException(name + " must be between 0 and 0.5, was " + value);
        }
    }
}
