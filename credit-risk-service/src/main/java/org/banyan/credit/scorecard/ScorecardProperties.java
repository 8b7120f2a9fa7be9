package org.banyan.credit.scorecard;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

import java.math.BigDecimal;
import java.util.List;

/**
 * {@code banyan.credit.scorecard.*}: how a probability of default becomes points, a grade, a decision
 * band and a price. Defaults (application.yml): 600 points at odds 50:1, 20 points to double the odds.
 *
 * @param baseScore         points at {@code baseOdds}
 * @param baseOdds          good:bad odds that earn {@code baseScore}
 * @param pointsToDoubleOdds points that double the odds (PDO)
 * @param grades            grade bands by minimum points, the decision each band leads to and its rate
 * @param maxDebtToIncome   all monthly debt repayments, this loan included, over monthly income
 * @param minAmount         the smallest loan worth offering; below it affordability declines
 * @param amountStep        approved amounts are rounded down to a multiple of this
 */
@Validated
@ConfigurationProperties("banyan.credit.scorecard")
public record ScorecardProperties(
        @Positive double baseScore,
        @Positive double baseOdds,
        @Positive double pointsToDoubleOdds,
        @NotEmpty List<@Valid GradeBand> grades,
        @NotNull @DecimalMin("0.05") @DecimalMax("1.0") BigDecimal maxDebtToIncome,
        @NotNull @DecimalMin("0") BigDecimal minAmount,
        @NotNull @DecimalMin("0.01") BigDecimal amountStep) {

    /**
     * @param minScore   the lowest points of the band (the last band's is its floor: use a very low number)
     * @param action     APPROVE, REFER or DECLINE for applications no rule stopped
     * @param annualRate nominal annual interest rate in percent for this band
     */
    public record GradeBand(@NotNull String grade, int minScore, @NotNull Action action,
            @NotNull @DecimalMin("0") @DecimalMax("100") BigDecimal annualRate) {
    }

    public enum Action { APPROVE, REFER, DECLINE }
}
