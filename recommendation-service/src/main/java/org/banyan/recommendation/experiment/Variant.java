package org.banyan.recommendation.experiment;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import org.banyan.recommendation.ranking.Strategy;

import java.math.BigDecimal;

/** One arm of an experiment: a ranking strategy and the share of customers it gets, in percent. */
public record Variant(
        @NotBlank @Pattern(regexp = "[A-Za-z0-9_-]{1,32}") String name,
        @NotNull Strategy strategy,
        @NotNull @DecimalMin(value = "0.01") @DecimalMax("100") @Digits(integer = 3, fraction = 2)
        BigDecimal allocationPercent) {

    /** The allocation in basis points (1/100 of a percent), the unit of the hash buckets. */
    int basisPoints() {
        return allocationPercent.movePointRight(2).intValueExact();
    }
}
