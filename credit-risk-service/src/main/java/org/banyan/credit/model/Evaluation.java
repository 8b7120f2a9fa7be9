package org.banyan.credit.model;

import org.banyan.credit.scorecard.Scorecard;
import org.banyan.credit.scorecard.ScorecardProperties;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** Turns held-out predictions into the {@link ModelMetrics} a model version is stored with. */
final class Evaluation {

    private static final int MIN_GROUP_ROWS = 30;

    private Evaluation() {
    }

    static ModelMetrics of(String method, double[] pd, float[] labels, Map<String, String[]> groups,
            List<Double> foldAuc, int trees, Scorecard scorecard, List<ModelMetrics.FeatureImportance> importance) {
        double auc = Metrics.auc(pd, labels);
        int bads = 0;
        for (float l : labels) {
            bads += (int) l;
        }
        Map<String, ModelMetrics.FairnessReport> fairness = new LinkedHashMap<>();
        groups.forEach((column, values) -> fairness.put(column, fairness(pd, labels, values, scorecard)));
        return new ModelMetrics(method, labels.length, bads, Metrics.round(auc), Metrics.round(Metrics.ks(pd, labels)),
                Metrics.round(Metrics.gini(auc)), Metrics.round(Metrics.brier(pd, labels)),
                Metrics.round(Metrics.logLoss(pd, labels)), foldAuc.stream().map(Metrics::round).toList(),
                foldAuc.isEmpty() ? null : Metrics.round(Metrics.stdDev(foldAuc)), trees,
                Metrics.round(approvalRate(pd, allRows(pd.length), scorecard)), Metrics.calibration(pd, labels, 10),
                gradeBands(pd, labels, scorecard), fairness, importance);
    }

    private static List<ModelMetrics.GradeBandMetrics> gradeBands(double[] pd, float[] labels, Scorecard scorecard) {
        List<ModelMetrics.GradeBandMetrics> bands = new ArrayList<>();
        for (ScorecardProperties.GradeBand band : scorecard.bands()) {
            int rows = 0;
            double bad = 0;
            double sumPd = 0;
            for (int i = 0; i < pd.length; i++) {
                if (scorecard.grade(scorecard.points(pd[i])).equals(band)) {
                    rows++;
                    bad += labels[i];
                    sumPd += pd[i];
                }
            }
            bands.add(new ModelMetrics.GradeBandMetrics(band.grade(), band.minScore(), band.action().name(), rows,
                    Metrics.round((double) rows / pd.length), rows == 0 ? null : Metrics.round(bad / rows),
                    rows == 0 ? null : Metrics.round(sumPd / rows)));
        }
        return bands;
    }

    private static ModelMetrics.FairnessReport fairness(double[] pd, float[] labels, String[] values, Scorecard scorecard) {
        Map<String, List<Integer>> members = new TreeMap<>();
        for (int i = 0; i < values.length; i++) {
            members.computeIfAbsent(values[i], v -> new ArrayList<>()).add(i);
        }
        List<ModelMetrics.GroupMetrics> groups = new ArrayList<>();
        double lowest = Double.NaN;
        double highest = Double.NaN;
        for (var entry : members.entrySet()) {
            int[] rows = entry.getValue().stream().mapToInt(Integer::intValue).toArray();
            double[] groupPd = new double[rows.length];
            float[] groupLabels = new float[rows.length];
            double bad = 0;
            double sumPd = 0;
            for (int k = 0; k < rows.length; k++) {
                groupPd[k] = pd[rows[k]];
                groupLabels[k] = labels[rows[k]];
                bad += labels[rows[k]];
                sumPd += pd[rows[k]];
            }
            double approval = approvalRate(pd, rows, scorecard);
            groups.add(new ModelMetrics.GroupMetrics(entry.getKey(), rows.length, Metrics.round(bad / rows.length),
                    Metrics.round(sumPd / rows.length), Metrics.round(approval),
                    Metrics.round(Metrics.auc(groupPd, groupLabels))));
            if (rows.length >= MIN_GROUP_ROWS) {
                lowest = Double.isNaN(lowest) ? approval : Math.min(lowest, approval);
                highest = Double.isNaN(highest) ? approval : Math.max(highest, approval);
            }
        }
        double ratio = Double.isNaN(highest) || highest == 0 ? Double.NaN : lowest / highest;
        return new ModelMetrics.FairnessReport(groups, Metrics.round(ratio));
    }

    private static double approvalRate(double[] pd, int[] rows, Scorecard scorecard) {
        int approved = 0;
        for (int i : rows) {
            if (scorecard.grade(scorecard.points(pd[i])).action() == ScorecardProperties.Action.APPROVE) {
                approved++;
            }
        }
        return rows.length == 0 ? Double.NaN : (double) approved / rows.length;
    }

    private static int[] allRows(int n) {
        int[] rows = new int[n];
        for (int i = 0; i < n; i++) {
            rows[i] = i;
        }
        return rows;
    }
}
