package org.banyan.credit.model;

import org.banyan.credit.scorecard.ScorecardProperties;

import java.util.List;

/**
 * One model's verdict on one application: probability of default, scorecard points and grade, the
 * per-feature contributions (SHAP values in log-odds, summing with the bias to the model's margin)
 * and up to four reasons, the features that raised the risk most.
 */
public record ModelScore(String modelVersion, double pd, int score, String grade, ScorecardProperties.Action bandAction,
        double bias, List<Contribution> contributions, List<Reason> reasons) {

    /** How much one feature moved the log-odds of default for this application (positive = riskier). */
    public record Contribution(String feature, double value) {
    }

    public record Reason(String code, String text, String feature, double contribution) {
    }
}
