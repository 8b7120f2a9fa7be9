package org.banyan.credit.model;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/** AUC, KS, Gini and calibration on small cases worked out by hand. */
class MetricsTest {

    private static final float[] LABELS = {0, 0, 1, 0, 1, 1};

    @Test
    void perfectRankingHasAucOneAndKsOne() {
        double[] scores = {0.1, 0.2, 0.7, 0.3, 0.8, 0.9};

        assertThat(Metrics.auc(scores, LABELS)).isEqualTo(1.0);
        assertThat(Metrics.ks(scores, LABELS)).isEqualTo(1.0);
        assertThat(Metrics.gini(1.0)).isEqualTo(1.0);
    }

    @Test
    void aucCountsOrderedPairsAndTiesHalf() {
        // Bads 0.5, 0.4, 0.9 against goods 0.1, 0.5, 0.6: 1.5 + 1 + 3 = 5.5 of 9 pairs ordered.
        double[] scores = {0.1, 0.5, 0.5, 0.6, 0.4, 0.9};

        assertThat(Metrics.auc(scores, LABELS)).isCloseTo(5.5 / 9, within(1e-12));
    }

    @Test
    void ksIsTheLargestGapBetweenCumulativeDistributions() {
        double[] scores = {0.1, 0.5, 0.5, 0.6, 0.4, 0.9};

        // Below 0.4: 1/3 of goods, 0 bads; at 0.4: 1/3 and 1/3; at 0.5: 2/3 and 2/3; at 0.6: 1 and 2/3.
        assertThat(Metrics.ks(scores, LABELS)).isCloseTo(1.0 / 3, within(1e-12));
    }

    @Test
    void oneClassHasNoAuc() {
        assertThat(Metrics.auc(new double[] {0.1, 0.2}, new float[] {1, 1})).isNaN();
        assertThat(Metrics.round(Double.NaN)).isNull();
    }

    @Test
    void calibrationBinsCompareMeanPredictionWithObservedRate() {
        double[] scores = {0.1, 0.1, 0.9, 0.9};
        float[] labels = {0, 0, 1, 0};

        var bins = Metrics.calibration(scores, labels, 2);

        assertThat(bins).hasSize(2);
        assertThat(bins.get(0).meanPredicted()).isEqualTo(0.1);
        assertThat(bins.get(0).observedBadRate()).isEqualTo(0.0);
        assertThat(bins.get(1).observedBadRate()).isEqualTo(0.5);
        assertThat(Metrics.brier(scores, labels)).isCloseTo((0.01 + 0.01 + 0.01 + 0.81) / 4, within(1e-12));
    }

    @Test
    void stratifiedFoldsKeepTheBadRateInEveryFold() {
        float[] labels = new float[100];
        for (int i = 0; i < 30; i++) {
            labels[i] = 1;
        }

        int[] folds = XgbTrainer.stratifiedFolds(labels, 5, 42);

        for (int f = 0; f < 5; f++) {
            int rows = 0;
            int bads = 0;
            for (int i = 0; i < labels.length; i++) {
                if (folds[i] == f) {
                    rows++;
                    bads += (int) labels[i];
                }
            }
            assertThat(rows).isEqualTo(20);
            assertThat(bads).isEqualTo(6);
        }
    }
}
