package org.banyan.recommendation.propensity;

import java.util.Arrays;
import java.util.Comparator;
import java.util.stream.IntStream;

/** Ranking quality of binary scores: ROC AUC and lift among the highest-scored fraction. */
public final class BinaryMetrics {

    private BinaryMetrics() {
    }

    /**
     * Area under the ROC curve: the probability that a random positive scores above a random negative,
     * ties counting half (the Mann-Whitney U statistic with mid-ranks).
     */
    public static double auc(double[] scores, float[] labels) {
        Integer[] order = IntStream.range(0, scores.length).boxed().toArray(Integer[]::new);
        Arrays.sort(order, Comparator.comparingDouble(i -> scores[i]));
        double rankSumPositives = 0;
        long positives = 0;
        int i = 0;
        while (i < order.length) {
            int j = i;
            while (j + 1 < order.length && scores[order[j + 1]] == scores[order[i]]) {
                j++;
            }
            double midRank = (i + j) / 2.0 + 1;
            for (int k = i; k <= j; k++) {
                if (labels[order[k]] > 0.5f) {
                    rankSumPositives += midRank;
                    positives++;
                }
            }
            i = j + 1;
        }
        long negatives = scores.length - positives;
        if (positives == 0 || negatives == 0) {
            return Double.NaN;
        }
        return (rankSumPositives - positives * (positives + 1) / 2.0) / ((double) positives * negatives);
    }

    /** The positive rate among the top {@code fraction} by score, over the overall positive rate. */
    public static double lift(double[] scores, float[] labels, double fraction) {
        Integer[] order = IntStream.range(0, scores.length).boxed().toArray(Integer[]::new);
        Arrays.sort(order, Comparator.comparingDouble((Integer k) -> scores[k]).reversed());
        int top = Math.max(1, (int) Math.round(scores.length * fraction));
        double topPositives = 0;
        for (int k = 0; k < top; k++) {
            topPositives += labels[order[k]];
        }
        double base = baseRate(labels);
        return base == 0 ? Double.NaN : (topPositives / top) / base;
    }

    public static double baseRate(float[] labels) {
        double sum = 0;
        for (float label : labels) {
            sum += label;
        }
        return labels.length == 0 ? 0 : sum / labels.length;
    }
}
