package org.banyan.monitoring.drift;

import java.util.Arrays;

/**
 * Stability and discrimination measures of model monitoring.
 * <ul>
 * <li>PSI (and CSI, the same formula over one feature's bins) = Σ (a − e)·ln(a / e) over bins of the
 * expected (baseline) and actual shares; empty bins are floored at {@link #EPSILON} so the sum stays finite.</li>
 * <li>AUC: probability that a random bad scores above a random good (ties count one half), via ranks.</li>
 * <li>KS: the largest gap between the cumulative score distributions of bads and goods.</li>
 * </ul>
 */
final class DriftMath {

    static final double EPSILON = 1e-4;

    private DriftMath() {
    }

    /** PSI of {@code actual} against {@code expected}; both are counts or shares per bin, normalised here. */
    static double psi(double[] expected, double[] actual) {
        if (expected.length != actual.length || expected.length == 0) {
            throw new IllegalArgumentException("expected and actual need the same, non-zero number of bins");
        }
        double[] e = shares(expected);
        double[] a = shares(actual);
        double psi = 0;
        for (int i = 0; i < e.length; i++) {
            double ei = Math.max(e[i], EPSILON);
            double ai = Math.max(a[i], EPSILON);
            psi += (ai - ei) * Math.log(ai / ei);
        }
        return psi;
    }

    /** CSI of one characteristic: PSI over that feature's bins. */
    static double csi(double[] expected, double[] actual) {
        return psi(expected, actual);
    }

    /** Counts of {@code values} per bin: bin i holds values ≤ edges[i] (and > edges[i-1]); the last bin is open. */
    static double[] histogram(double[] values, double[] edges) {
        double[] counts = new double[edges.length + 1];
        for (double v : values) {
            int bin = Arrays.binarySearch(edges, v);
            counts[bin >= 0 ? bin : -bin - 1]++;
        }
        return counts;
    }

    /** AUC of {@code scores} for {@code bad} labels, higher score meaning riskier (Mann-Whitney U with mid-ranks). */
    static double auc(double[] scores, boolean[] bad) {
        int n = check(scores, bad);
        Integer[] order = new Integer[n];
        for (int i = 0; i < n; i++) {
            order[i] = i;
        }
        Arrays.sort(order, (x, y) -> Double.compare(scores[x], scores[y]));
        double rankSumBad = 0;
        long bads = 0;
        int i = 0;
        while (i < n) {
            int j = i;
            while (j + 1 < n && scores[order[j + 1]] == scores[order[i]]) {
                j++;
            }
            double midRank = (i + j) / 2.0 + 1;
            for (int k = i; k <= j; k++) {
                if (bad[order[k]]) {
                    rankSumBad += midRank;
                    bads++;
                }
            }
            i = j + 1;
        }
        long goods = n - bads;
        if (bads == 0 || goods == 0) {
            throw new IllegalArgumentException("AUC needs both bads and goods");
        }
        return (rankSumBad - bads * (bads + 1) / 2.0) / ((double) bads * goods);
    }

    /** KS statistic: max over thresholds of |F_bad(t) − F_good(t)|. */
    static double ks(double[] scores, boolean[] bad) {
        int n = check(scores, bad);
        Integer[] order = new Integer[n];
        for (int i = 0; i < n; i++) {
            order[i] = i;
        }
        Arrays.sort(order, (x, y) -> Double.compare(scores[x], scores[y]));
        long bads = 0;
        for (boolean b : bad) {
            bads += b ? 1 : 0;
        }
        long goods = n - bads;
        if (bads == 0 || goods == 0) {
            throw new IllegalArgumentException("KS needs both bads and goods");
        }
        double cumBad = 0;
        double cumGood = 0;
        double ks = 0;
        for (int i = 0; i < n; i++) {
            if (bad[order[i]]) {
                cumBad++;
            } else {
                cumGood++;
            }
            boolean lastOfTie = i + 1 == n || scores[order[i + 1]] != scores[order[i]];
            if (lastOfTie) {
                ks = Math.max(ks, Math.abs(cumBad / bads - cumGood / goods));
            }
        }
        return ks;
    }

    /** STABLE below {@code watch}, WATCH up to {@code alert}, ALERT above. */
    static String status(double psi, double watch, double alert) {
        return psi > alert ? "ALERT" : psi >= watch ? "WATCH" : "STABLE";
    }

    private static double[] shares(double[] counts) {
        double total = Arrays.stream(counts).sum();
        if (total <= 0) {
            throw new IllegalArgumentException("a distribution needs a positive total");
        }
        return Arrays.stream(counts).map(c -> c / total).toArray();
    }

    private static int check(double[] scores, boolean[] bad) {
        if (scores.length != bad.length || scores.length == 0) {
            throw new IllegalArgumentException("scores and labels need the same, non-zero length");
        }
        return scores.length;
    }
}
