package org.banyan.credit.model;

import java.util.List;
import java.util.Map;

/**
 * Figures that cannot be computed (an AUC of a group with one class) are null.
 * How well a model did on data it was not trained on (out-of-fold predictions under k-fold
 * cross-validation, or the test part of a hold-out split), stored with the model version.
 *
 * @param method             how the figures were obtained
 * @param auc                area under the ROC curve of the pooled held-out predictions
 * @param foldAuc            AUC of each fold (k-fold only)
 * @param trees              trees the stored model predicts with
 * @param approvalRate       share of rows whose grade band approves (model only, before policy rules)
 * @param scoreDistribution  rows, bad rate and mean PD per grade band
 * @param fairness           per group column: metrics per group and the approval-rate ratio between groups
 */
record ModelMetrics(String method, int rows, int bads, Double auc, Double ks, Double gini, Double brier,
        Double logLoss, List<Double> foldAuc, Double foldAucStdDev, int trees, Double approvalRate,
        List<CalibrationBin> calibration, List<GradeBandMetrics> scoreDistribution,
        Map<String, FairnessReport> fairness, List<FeatureImportance> importance) {

    record CalibrationBin(int bin, int rows, Double meanPredicted, Double observedBadRate) {
    }

    record GradeBandMetrics(String grade, int minScore, String action, int rows, Double share, Double badRate,
            Double meanPd) {
    }

    /**
     * @param approvalRateRatio the lowest group approval rate over the highest (1 = parity; the
     *                          "four-fifths rule" flags values under 0.8), over groups of 30 rows or more
     */
    record FairnessReport(List<GroupMetrics> groups, Double approvalRateRatio) {
    }

    record GroupMetrics(String group, int rows, Double badRate, Double meanPd, Double approvalRate, Double auc) {
    }

    /** Mean absolute contribution (SHAP, log-odds) of a feature over the evaluation rows. */
    record FeatureImportance(String feature, Double meanAbsContribution) {
    }
}
