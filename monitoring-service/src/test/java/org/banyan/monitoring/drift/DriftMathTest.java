package org.banyan.monitoring.drift;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

class DriftMathTest {

    @Test
    void psiOfIdenticalDistributionsIsZero() {
        double psi = DriftMath.psi(new double[] {10, 20, 30, 40}, new double[] {1, 2, 3, 4});

        assertThat(psi).isCloseTo(0.0, within(1e-12));
    }

    @Test
    void psiMatchesTheHandComputedSum() {
        // given baseline 50/50 and actual 70/30
        double expected = (0.7 - 0.5) * Math.log(0.7 / 0.5) + (0.3 - 0.5) * Math.log(0.3 / 0.5);

        double psi = DriftMath.psi(new double[] {0.5, 0.5}, new double[] {70, 30});

        assertThat(psi).isCloseTo(expected, within(1e-12)).isCloseTo(0.1695, within(1e-4));
    }

    @Test
    void psiStaysFiniteWhenABinIsEmpty() {
        double psi = DriftMath.psi(new double[] {0.5, 0.5}, new double[] {100, 0});

        assertThat(psi).isFinite().isGreaterThan(0.25);
    }

    @Test
    void psiStatusBandsFollowTheConfiguredThresholds() {
        assertThat(DriftMath.status(0.05, 0.1, 0.25)).isEqualTo("STABLE");
        assertThat(DriftMath.status(0.1, 0.1, 0.25)).isEqualTo("WATCH");
        assertThat(DriftMath.status(0.25, 0.1, 0.25)).isEqualTo("WATCH");
        assertThat(DriftMath.status(0.26, 0.1, 0.25)).isEqualTo("ALERT");
    }

    @Test
    void csiIsPsiOverOneFeaturesBins() {
        double[] baseline = {0.2, 0.3, 0.5};
        double[] current = {25, 25, 50};

        assertThat(DriftMath.csi(baseline, current)).isEqualTo(DriftMath.psi(baseline, current));
    }

    @Test
    void histogramPutsValuesOnAnEdgeIntoTheLowerBinAndAboveTheLastEdgeIntoTheOpenBin() {
        double[] counts = DriftMath.histogram(new double[] {100, 500, 500.5, 900, 2000}, new double[] {500, 1000});

        assertThat(counts).containsExactly(2, 2, 1);
    }

    @Test
    void psiOfMismatchedBinsIsRefused() {
        assertThatThrownBy(() -> DriftMath.psi(new double[] {1, 2}, new double[] {1, 2, 3}))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aucOfAPerfectRankingIsOne() {
        double auc = DriftMath.auc(new double[] {0.1, 0.2, 0.8, 0.9}, new boolean[] {false, false, true, true});

        assertThat(auc).isEqualTo(1.0);
    }

    @Test
    void aucOfAnInvertedRankingIsZero() {
        double auc = DriftMath.auc(new double[] {0.9, 0.8, 0.2, 0.1}, new boolean[] {false, false, true, true});

        assertThat(auc).isEqualTo(0.0);
    }

    @Test
    void aucCountsTiesAsOneHalf() {
        double auc = DriftMath.auc(new double[] {0.5, 0.5}, new boolean[] {true, false});

        assertThat(auc).isEqualTo(0.5);
    }

    @Test
    void aucMatchesPairCounting() {
        double[] scores = {0.1, 0.4, 0.35, 0.8, 0.65, 0.2, 0.5, 0.5};
        boolean[] bad = {false, false, true, true, true, false, true, false};
        double wins = 0;
        int pairs = 0;
        for (int i = 0; i < scores.length; i++) {
            for (int j = 0; j < scores.length; j++) {
                if (bad[i] && !bad[j]) {
                    pairs++;
                    wins += scores[i] > scores[j] ? 1 : scores[i] == scores[j] ? 0.5 : 0;
                }
            }
        }

        assertThat(DriftMath.auc(scores, bad)).isCloseTo(wins / pairs, within(1e-12));
    }

    @Test
    void ksOfAPerfectSeparationIsOne() {
        double ks = DriftMath.ks(new double[] {0.1, 0.2, 0.8, 0.9}, new boolean[] {false, false, true, true});

        assertThat(ks).isEqualTo(1.0);
    }

    @Test
    void ksMatchesTheHandComputedMaximumGap() {
        // goods at 1,2,3 ; bads at 2,4 -> after 2: F_good=2/3, F_bad=1/2; after 3: 1 vs 1/2 -> gap 0.5
        double ks = DriftMath.ks(new double[] {1, 2, 3, 2, 4}, new boolean[] {false, false, false, true, true});

        assertThat(ks).isCloseTo(0.5, within(1e-12));
    }

    @Test
    void ksNeedsBothClasses() {
        assertThatThrownBy(() -> DriftMath.ks(new double[] {1, 2}, new boolean[] {true, true}))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
