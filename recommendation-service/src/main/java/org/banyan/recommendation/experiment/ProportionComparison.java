package org.banyan.recommendation.experiment;

import org.apache.commons.math3.distribution.NormalDistribution;

/**
 * A treatment rate against a control rate (x successes of n customers each).
 *
 * <ul>
 *   <li>{@code difference} (treatment minus control) with a Wald confidence interval from the unpooled
 *       standard error;</li>
 *   <li>{@code uplift}, the relative change (treatment / control - 1), with the Katz log interval of the
 *       ratio, null when either arm has no successes;</li>
 *   <li>{@code pValue}, two-sided, of the pooled two-proportion z-test (the same as Pearson's chi-squared
 *       test on the 2x2 table without continuity correction).</li>
 * </ul>
 */
public record ProportionComparison(double controlRate, double treatmentRate, double difference,
        double differenceLow, double differenceHigh, Double uplift, Double upliftLow, Double upliftHigh,
        double z, double pValue) {

    private static final NormalDistribution STANDARD_NORMAL = new NormalDistribution(0, 1);

    public static ProportionComparison of(long controlSuccesses, long controlTotal, long treatmentSuccesses,
            long treatmentTotal, double confidence) {
        if (controlTotal <= 0 || treatmentTotal <= 0) {
            throw new IllegalArgumentException("both arms need customers");
        }
        double pc = (double) controlSuccesses / controlTotal;
        double pt = (double) treatmentSuccesses / treatmentTotal;
        double critical = STANDARD_NORMAL.inverseCumulativeProbability(1 - (1 - confidence) / 2);
        double difference = pt - pc;
        double unpooled = Math.sqrt(pc * (1 - pc) / controlTotal + pt * (1 - pt) / treatmentTotal);
        double pooledRate = (double) (controlSuccesses + treatmentSuccesses) / (controlTotal + treatmentTotal);
        double pooled = Math.sqrt(pooledRate * (1 - pooledRate) * (1.0 / controlTotal + 1.0 / treatmentTotal));
        double z = pooled == 0 ? 0 : difference / pooled;
        double pValue = pooled == 0 ? 1 : 2 * (1 - STANDARD_NORMAL.cumulativeProbability(Math.abs(z)));
        Double uplift = null;
        Double upliftLow = null;
        Double upliftHigh = null;
        if (controlSuccesses > 0 && treatmentSuccesses > 0) {
            double logRatio = Math.log(pt / pc);
            double se = Math.sqrt((1 - pt) / treatmentSuccesses + (1 - pc) / controlSuccesses);
            uplift = pt / pc - 1;
            upliftLow = Math.exp(logRatio - critical * se) - 1;
            upliftHigh = Math.exp(logRatio + critical * se) - 1;
        }
        return new ProportionComparison(pc, pt, difference, difference - critical * unpooled,
                difference + critical * unpooled, uplift, upliftLow, upliftHigh, z, pValue);
    }
}
