package org.banyan.recommendation.evaluation;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/** Top-k metrics on rankings small enough to check by hand. */
class RankingMetricsTest {

    static final List<Integer> RANKED = List.of(7, 3, 9, 1, 5);

    @Test
    void precisionCountsHitsOverK() {
        assertThat(RankingMetrics.precision(RANKED, Set.of(3, 5, 8), 5)).isEqualTo(0.4);
    }

    @Test
    void recallCountsHitsOverRelevantItems() {
        assertThat(RankingMetrics.recall(RANKED, Set.of(3, 5, 8), 5)).isCloseTo(2.0 / 3, within(1e-12));
    }

    @Test
    void ndcgDiscountsHitsByRank() {
        // hits at ranks 2 and 5: (1/log2(3) + 1/log2(6)) / (1 + 1/log2(3) + 1/log2(4)) for 3 relevant items
        double expected = (1 / log2(3) + 1 / log2(6)) / (1 + 1 / log2(3) + 0.5);

        assertThat(RankingMetrics.ndcg(RANKED, Set.of(3, 5, 8), 5)).isCloseTo(expected, within(1e-12));
    }

    @Test
    void perfectRankingHasNdcgOne() {
        assertThat(RankingMetrics.ndcg(List.of(1, 2, 9), Set.of(1, 2), 3)).isCloseTo(1.0, within(1e-12));
    }

    private static double log2(double x) {
        return Math.log(x) / Math.log(2);
    }
}
