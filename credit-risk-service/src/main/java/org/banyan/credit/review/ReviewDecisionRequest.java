package org.banyan.credit.review;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.banyan.common.event.payload.CreditDecisionMade;

import java.math.BigDecimal;
import java.util.List;

/**
 * An analyst's decision: APPROVE or DECLINE (a referral cannot be referred again), always with a
 * comment. Amount and rate default to the automatic offer; reason codes to the automatic ones.
 */
record ReviewDecisionRequest(
        @NotNull CreditDecisionMade.Decision decision,
        @NotBlank @Size(max = 2000) String comment,
        @DecimalMin(value = "0", inclusive = false) @DecimalMax("5000000") @Digits(integer = 9, fraction = 2) BigDecimal approvedAmount,
        @DecimalMin("0") @DecimalMax("100") @Digits(integer = 3, fraction = 4) BigDecimal interestRate,
        @Size(max = 4) List<@NotNull @Pattern(regexp = "[A-Z][A-Z0-9]{1,9}") String> reasonCodes) {

    @AssertTrue(message = "must be APPROVE or DECLINE")
    boolean isDecision() {
        return decision != CreditDecisionMade.Decision.REFER;
    }
}
