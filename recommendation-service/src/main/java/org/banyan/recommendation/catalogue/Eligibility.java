package org.banyan.recommendation.catalogue;

import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

import java.math.BigDecimal;

/** Who a product is for; every bound is optional. Income is monthly, in the bank's currency. */
public record Eligibility(
        @Min(0) @Max(150) Integer minAge,
        @Min(0) @Max(150) Integer maxAge,
        @DecimalMin("0.00") BigDecimal minMonthlyIncome,
        @Min(0) @Max(5) Integer minKycLevel,
        CreditGrade requiredCreditGrade) {

    public static final Eligibility NONE = new Eligibility(null, null, null, null, null);
}
