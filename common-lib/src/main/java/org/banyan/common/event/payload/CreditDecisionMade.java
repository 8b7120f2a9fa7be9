package org.banyan.common.event.payload;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.math.BigDecimal;
import java.util.List;

/** {@code credit.decisions.v1}: the decision on a loan application, automatic or manual. */
public record CreditDecisionMade(
        @NotBlank String applicationId,
        @NotBlank String decisionId,
        @NotNull Decision decision,
        @DecimalMin("0.0") @DecimalMax("1.0") double pd,
        int score,
        @NotBlank String grade,
        @NotBlank String modelVersion,
        @NotNull @Size(max = 4) List<String> reasonCodes,
        BigDecimal requestedAmount,
        BigDecimal approvedAmount,
        boolean manual) {

    public enum Decision { APPROVE, DECLINE, REFER }
}
