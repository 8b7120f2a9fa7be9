package org.banyan.recommendation.evaluation;

import java.util.List;
import java.util.Set;

/**
 * Top-k ranking metrics with binary relevance, for one customer: precision@k (hits over k), recall@k
 * (hits over relevant items) and NDCG@k (discounted gain over the ideal ordering's).
 */
final class RankingMetrics {

    private RankingMetrics() {
    }

    static double precision(List<Integer> ranked, Set<Integer> relevant, int k) {
        return (double) hits(ranked, relevant, k) / k;
    }

    static double recall(List<Integer> ranked, Set<Integer> relevant, int k) {
        return relevant.isEmpty() ? 0 : (double) hits(ranked, relevant, k) / relevant.size();
    }

    static double ndcg(List<Integer> ranked, Set<Integer> relevant, int k) {
        double dcg = 0;
        for (int i = 0; i < Math.min(k, ranked.size()); i++) {
            if (relevant.contains(ranked.get(i))) {
                dcg += 1 / log2(i + 2);
            }
        }
        double ideal = 0;
        for (int i = 0; i < Math.min(k, relevant.size()); i++) {
            ideal += 1 / log2(i + 2);
        }
        return ideal == 0 ? 0 : dcg / ideal;
    }

    private static int hits(List<Integer> ranked, Set<Integer> relevant, int k) {
        int hits = 0;
        for (int i = 0; i < Math.min(k, ranked.size()); i++) {
            if (relevant.contains(ranked.get(i))) {
                hits++;
            }
        }
        return hits;
    }

    private static double log2(double x) {
        return Math.log(x) / Math.log(2);
    }
}
