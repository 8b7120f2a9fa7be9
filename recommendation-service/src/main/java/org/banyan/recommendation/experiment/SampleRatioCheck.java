package org.banyan.recommendation.experiment;

import org.apache.commons.math3.stat.inference.ChiSquareTest;

/**
 * Sample-ratio mismatch: whether the customers observed per variant fit the configured split, by
 * Pearson's chi-squared goodness-of-fit test. A p-value below {@link #THRESHOLD} means the split is
 * broken (assignment, logging or filtering differs between variants) and the results are not to be
 * trusted, whatever they say.
 */
public record SampleRatioCheck(double chiSquare, double pValue, boolean mismatch) {

    /** The conventional SRM alarm level: strict, because the test runs on large samples. */
    public static final double THRESHOLD = 0.001;

    /** Nothing observed yet: no evidence either way. */
    public static final SampleRatioCheck NO_DATA = new SampleRatioCheck(0, 1, false);

    public static SampleRatioCheck of(long[] observed, double[] expectedShares) {
        long total = 0;
        for (long count : observed) {
            total += count;
        }
        if (total == 0) {
            return NO_DATA;
        }
        double[] expected = new double[observed.length];
        for (int i = 0; i < observed.length; i++) {
            expected[i] = expectedShares[i] * total;
        }
        ChiSquareTest test = new ChiSquareTest();
        double p = test.chiSquareTest(expected, observed);
        return new SampleRatioCheck(test.chiSquare(expected, observed), p, p < THRESHOLD);
    }
}
