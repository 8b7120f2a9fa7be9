package org.banyan.recommendation.evaluation;

import java.util.BitSet;
import java.util.List;
import java.util.Set;

/**
 * Mean top-k metrics over the evaluated customers, with hit rate (share of customers with at least one
 * relevant item in their top k) and catalogue coverage (share of products recommended to anyone).
 */
record Scores(double precision, double recall, double ndcg, double hitRate, double coverage, long customers) {

    static final class Accumulator {
        private final int k;
        private final int products;
        private final BitSet recommended = new BitSet();
        private double precision;
        private double recall;
        private double ndcg;
        private long hits;
        private long customers;

        Accumulator(int k, int products) {
            this.k = k;
            this.products = products;
        }

        void add(List<Integer> ranked, Set<Integer> relevant) {
            customers++;
            precision += RankingMetrics.precision(ranked, relevant, k);
            recall += RankingMetrics.recall(ranked, relevant, k);
            double gain = RankingMetrics.ndcg(ranked, relevant, k);
            ndcg += gain;
            hits += gain > 0 ? 1 : 0;
            ranked.forEach(recommended::set);
        }

        Scores scores() {
            double n = Math.max(1, customers);
            return new Scores(precision / n, recall / n, ndcg / n, hits / n,
                    products == 0 ? 0 : (double) recommended.cardinality() / products, customers);
        }
    }
}
