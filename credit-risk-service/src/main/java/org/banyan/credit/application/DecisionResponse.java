package org.banyan.credit.application;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * The answer to a loan application.
 *
 * @param probabilityOfDefault the champion model's PD
 * @param score                scorecard points (600 = odds of 50:1 by default)
 * @param approvedAmount       the amount offered; null unless approved (may be less than requested: affordability)
 * @param interestRate         annual rate in percent from the grade's price; null when declined
 * @param reasons              up to four reasons, the deciding ones first
 * @param rulesFired           every policy rule that fired, with what it does
 * @param processingMillis     time taken to decide, before the decision was stored
 */
record DecisionResponse(UUID applicationId, UUID decisionId, String customerId, String decision,
        double probabilityOfDefault, int score, String grade, BigDecimal requestedAmount, BigDecimal approvedAmount,
        BigDecimal interestRate, BigDecimal monthlyInstallment, int termMonths, List<Decision.Reason> reasons,
        List<RuleFired> rulesFired, String modelVersion, int ruleSetVersion, Instant decidedAt, long processingMillis) {

    record RuleFired(String code, String action, String reasonCode, boolean evaluationError) {
    }
}
