package org.banyan.credit.review;

import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;

/**
 * What the automatic decision said about a referred application, as the analyst sees it.
 *
 * @param suggestedAmount the affordable amount at the grade's rate (null when none is affordable)
 * @param suggestedRate   the grade's annual rate in percent
 */
public record Referral(UUID applicationId, String customerId, UUID automaticDecisionId, BigDecimal requestedAmount,
        int termMonths, double pd, int score, String grade, String modelVersion, List<String> reasonCodes,
        List<String> rulesFired, BigDecimal suggestedAmount, BigDecimal suggestedRate) {
}
