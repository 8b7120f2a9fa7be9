package org.banyan.recommendation.propensity;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/** AUC and lift on cases small enough to check by hand. */
class BinaryMetricsTest {

    @Test
    void perfectRankingHasAucOne() {
        assertThat(BinaryMetrics.auc(new double[] {0.1, 0.2, 0.8, 0.9}, new float[] {0, 0, 1, 1})).isEqualTo(1.0);
    }

    @Test
    void invertedRankingHasAucZero() {
        assertThat(BinaryMetrics.auc(new double[] {0.9, 0.8, 0.2, 0.1}, new float[] {0, 0, 1, 1})).isEqualTo(0.0);
    }

    @Test
    void tiesCountHalf() {
        // pairs (positive, negative): (0.5 vs 0.5) tie = 0.5, (0.5 vs 0.1) win = 1 -> 0.75
        assertThat(BinaryMetrics.auc(new double[] {0.5, 0.5, 0.1}, new float[] {1, 0, 0})).isEqualTo(0.75);
    }

    @Test
    void liftIsTheTopFractionsRateOverTheBaseRate() {
        double[] scores = {0.9, 0.8, 0.7, 0.6, 0.5, 0.4, 0.3, 0.2, 0.1, 0.0};
        float[] labels = {1, 0, 0, 0, 0, 0, 0, 0, 0, 1};

        // top 10% = 1 row, positive: rate 1.0 over base 0.2
        assertThat(BinaryMetrics.lift(scores, labels, 0.1)).isCloseTo(5.0, within(1e-12));
    }
}
