package org.banyan.common.event.payload;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;

import java.util.Map;

/**
 * {@code credit.risk-signals.v1}: a risk fact about a customer or account, e.g.
 * EARLY_DELINQUENCY_RISK, LIMIT_DECREASE, LIMIT_FREEZE, LIMIT_INCREASE_OFFER, COLLECTIONS_ENTERED.
 * {@code signalType} is open-ended so new signal kinds need no new topic version.
 */
public record RiskSignalRaised(
        @NotBlank String signalId,
        @NotBlank String signalType,
        @NotNull Severity severity,
        Double score,
        String loanId,
        String accountId,
        Map<String, Object> details) {
}
