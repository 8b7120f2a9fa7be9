package org.banyan.recommendation.candidates;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Item-item collaborative filtering: for each product, its most similar products. A customer's score for
 * a candidate sums, over the products they interacted with, their interaction weight times the
 * similarity (Deshpande and Karypis' item-based top-N). Immutable.
 */
public final class ItemSimilarity {

    public static final ItemSimilarity EMPTY = new ItemSimilarity(Map.of());

    private final Map<String, List<Neighbour>> neighbours;

    public ItemSimilarity(Map<String, List<Neighbour>> neighbours) {
        this.neighbours = Map.copyOf(neighbours);
    }

    public Map<String, List<Neighbour>> neighbours() {
        return neighbours;
    }

    /** Scores of every product similar to something the customer interacted with (those included). */
    public Map<String, CfScore> score(Map<String, Float> strengthByProduct) {
        Map<String, double[]> sums = new HashMap<>();
        Map<String, String> because = new HashMap<>();
        Map<String, Double> best = new HashMap<>();
        strengthByProduct.forEach((product, strength) -> {
            double weight = weight(strength);
            for (Neighbour n : neighbours.getOrDefault(product, List.of())) {
                double contribution = weight * n.similarity();
                sums.computeIfAbsent(n.productId(), k -> new double[1])[0] += contribution;
                if (contribution > best.getOrDefault(n.productId(), 0.0)) {
                    best.put(n.productId(), contribution);
                    because.put(n.productId(), product);
                }
            }
        });
        Map<String, CfScore> scores = new HashMap<>();
        sums.forEach((product, sum) -> scores.put(product, new CfScore(sum[0], because.get(product))));
        return scores;
    }

    /** Dampens repeated interactions: the tenth view says less than ten times the first. */
    static double weight(float strength) {
        return Math.log1p(strength);
    }
}
