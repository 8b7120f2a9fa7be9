package org.banyan.credit.application;

import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

import java.math.BigDecimal;
import java.util.List;

/**
 * {@code banyan.credit.features.*}: how application values become the banded features of the catalogue
 * (bands follow the German credit data, amounts in the bank's currency).
 *
 * @param referenceAnnualRate   rate used to estimate the instalment for affordability features, before a
 *                              grade (and so a price) is known
 * @param savingsBands          upper bounds of the LT_100, FROM_100_TO_500 and FROM_500_TO_1000 savings bands
 * @param checkingHighBalance   current-account balance from which the status is HIGH (below: LOW; negative: NEGATIVE)
 */
@Validated
@ConfigurationProperties("banyan.credit.features")
record FeatureProperties(@NotNull BigDecimal referenceAnnualRate, @NotEmpty @Size(min = 3, max = 3) List<BigDecimal> savingsBands,
        @NotNull BigDecimal checkingHighBalance) {
}
