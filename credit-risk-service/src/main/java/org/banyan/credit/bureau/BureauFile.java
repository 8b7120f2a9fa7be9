package org.banyan.credit.bureau;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

import java.math.BigDecimal;

/** A simulated bureau file as the simulator sends it (its {@code Bureau} record, amounts in currency units). */
record BureauFile(
        @NotNull @Min(0) @Max(100) Integer delinquencies24m,
        @NotNull @Min(0) @Max(100) Integer inquiries6m,
        @NotNull @Min(0) @Max(100) Integer externalLoans,
        @NotNull @DecimalMin("0") @DecimalMax("100000000") @Digits(integer = 17, fraction = 2) BigDecimal externalDebtMonthly,
        @NotNull @Min(0) @Max(1200) Integer oldestAccountMonths) {
}
