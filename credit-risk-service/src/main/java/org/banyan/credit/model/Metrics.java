package org.banyan.credit.model;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.stream.IntStream;

/** Discrimination and calibration measures of predicted probabilities against 0/1 outcomes. */
final class Metrics {

    private Metrics() {
    }

    /** Area under the ROC curve: the chance a random bad scores above a random good (ties count half). */
    static double auc(double[] scores, float[] labels) {
        Integer[] order = sortedAscending(scores);
        double rankSumBad = 0;
        long bad = 0;
        int i = 0;
        while (i < order.length) {
            int j = i;
            while (j + 1 < order.length && scores[order[j + 1]] == scores[order[i]]) {
                j++;
            }
            double averageRank = (i + j) / 2.0 + 1;
            for (int k = i; k <= j; k++) {
                if (labels[order[k]] > 0.5f) {
                    rankSumBad += averageRank;
                    bad++;
                }
            }
            i = j + 1;
        }
        long good = order.length - bad;
        if (bad == 0 || good == 0) {
            return Double.NaN;
        }
        return (rankSumBad - bad * (bad + 1) / 2.0) / ((double) bad * good);
    }

    static double gini(double auc) {
        return 2 * auc - 1;
    }

    /** Kolmogorov-Smirnov statistic: the largest gap between the score distributions of bads and goods. */
    static double ks(double[] scores, float[] labels) {
        Integer[] order = sortedAscending(scores);
        long bad = 0;
        for (float label : labels) {
            bad += label > 0.5f ? 1 : 0;
        }
        long good = labels.length - bad;
        if (bad == 0 || good == 0) {
            return Double.NaN;
        }
        double cumBad = 0;
        double cumGood = 0;
        double ks = 0;
        int i = 0;
        while (i < order.length) {
            int j = i;
            while (j < order.length && scores[order[j]] == scores[order[i]]) {
                if (labels[order[j]] > 0.5f) {
                    cumBad++;
                } else {
                    cumGood++;
                }
                j++;
            }
            ks = Math.max(ks, Math.abs(cumBad / bad - cumGood / good));
            i = j;
        }
        return ks;
    }

    static double brier(double[] scores, float[] labels) {
        double sum = 0;
        for (int i = 0; i < scores.length; i++) {
            double d = scores[i] - labels[i];
            sum += d * d;
        }
        return sum / scores.length;
    }

    static double logLoss(double[] scores, float[] labels) {
        double sum = 0;
        for (int i = 0; i < scores.length; i++) {
            double p = Math.min(1 - 1e-15, Math.max(1e-15, scores[i]));
            sum -= labels[i] > 0.5f ? Math.log(p) : Math.log(1 - p);
        }
        return sum / scores.length;
    }

    /** Equal-count bins of predicted probability: what was predicted against what happened. */
    static List<ModelMetrics.CalibrationBin> calibration(double[] scores, float[] labels, int bins) {
        Integer[] order = sortedAscending(scores);
        List<ModelMetrics.CalibrationBin> result = new ArrayList<>();
        for (int b = 0; b < bins; b++) {
            int from = (int) ((long) order.length * b / bins);
            int to = (int) ((long) order.length * (b + 1) / bins);
            if (to <= from) {
                continue;
            }
            double predicted = 0;
            double observed = 0;
            for (int k = from; k < to; k++) {
                predicted += scores[order[k]];
                observed += labels[order[k]];
            }
            int n = to - from;
            result.add(new ModelMetrics.CalibrationBin(b + 1, n, round(predicted / n), round(observed / n)));
        }
        return result;
    }

    static double mean(List<Double> values) {
        return values.stream().mapToDouble(Double::doubleValue).average().orElse(Double.NaN);
    }

    static double stdDev(List<Double> values) {
        double mean = mean(values);
        return Math.sqrt(values.stream().mapToDouble(v -> (v - mean) * (v - mean)).sum() / Math.max(1, values.size() - 1));
    }

    /** Rounded to four decimals for reports; null when not computable (JSON has no NaN). */
    static Double round(double value) {
        return Double.isNaN(value) || Double.isInfinite(value) ? null : Math.round(value * 10_000) / 10_000.0;
    }

    private static Integer[] sortedAscending(double[] scores) {
        Integer[] order = IntStream.range(0, scores.length).boxed().toArray(Integer[]::new);
        Arrays.sort(order, Comparator.comparingDouble(i -> scores[i]));
        return order;
    }
}
