package org.banyan.credit.review;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/** An analyst's decision on a referred application. */
public record ManualDecision(UUID decisionId, String decision, BigDecimal approvedAmount, BigDecimal interestRate,
        List<String> reasonCodes, String comment, String reviewer, OffsetDateTime decidedAt) {
}
