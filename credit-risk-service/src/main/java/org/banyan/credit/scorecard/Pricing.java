package org.banyan.credit.scorecard;

import org.springframework.stereotype.Component;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;

/**
 * Risk-based pricing: the grade's rate, and the amount capped by affordability, that is by what the
 * applicant can repay each month once existing debts are paid ({@code maxDebtToIncome} of income).
 * Annuity maths in BigDecimal: money never goes through floating point.
 */
@Component
public class Pricing {

    private static final MathContext MC = MathContext.DECIMAL64;
    private static final BigDecimal MONTHS = BigDecimal.valueOf(12);
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private final ScorecardProperties properties;

    public Pricing(ScorecardProperties properties) {
        this.properties = properties;
    }

    /**
     * The offer for this grade: the requested amount if affordable, otherwise the most that is
     * (rounded down to the amount step); zero when even {@code minAmount} is not affordable.
     */
    public Offer offer(ScorecardProperties.GradeBand grade, BigDecimal requested, int termMonths,
            BigDecimal monthlyIncome, BigDecimal monthlyDebt) {
        BigDecimal rate = grade.annualRate();
        BigDecimal budget = monthlyIncome.multiply(properties.maxDebtToIncome()).subtract(monthlyDebt);
        BigDecimal affordable = budget.signum() <= 0 ? BigDecimal.ZERO : principalFor(budget, rate, termMonths);
        BigDecimal approved = requested.min(affordable);
        approved = approved.divide(properties.amountStep(), 0, RoundingMode.FLOOR).multiply(properties.amountStep());
        if (approved.compareTo(requested) > 0) {
            approved = requested;
        }
        if (approved.compareTo(properties.minAmount()) < 0 || approved.signum() <= 0) {
            return new Offer(BigDecimal.ZERO.setScale(2), rate, BigDecimal.ZERO.setScale(2), true);
        }
        approved = approved.setScale(2, RoundingMode.FLOOR);
        return new Offer(approved, rate, installment(approved, rate, termMonths), approved.compareTo(requested) < 0);
    }

    /** Monthly repayment of an annuity loan. */
    public static BigDecimal installment(BigDecimal principal, BigDecimal annualRatePercent, int termMonths) {
        BigDecimal r = monthlyRate(annualRatePercent);
        if (r.signum() == 0) {
            return principal.divide(BigDecimal.valueOf(termMonths), 2, RoundingMode.HALF_EVEN);
        }
        BigDecimal growth = BigDecimal.ONE.add(r).pow(termMonths, MC);
        return principal.multiply(r).multiply(growth, MC).divide(growth.subtract(BigDecimal.ONE), 2, RoundingMode.HALF_EVEN);
    }

    static BigDecimal principalFor(BigDecimal payment, BigDecimal annualRatePercent, int termMonths) {
        BigDecimal r = monthlyRate(annualRatePercent);
        if (r.signum() == 0) {
            return payment.multiply(BigDecimal.valueOf(termMonths));
        }
        BigDecimal discount = BigDecimal.ONE.subtract(BigDecimal.ONE.divide(BigDecimal.ONE.add(r).pow(termMonths, MC), MC));
        return payment.multiply(discount).divide(r, 2, RoundingMode.FLOOR);
    }

    private static BigDecimal monthlyRate(BigDecimal annualRatePercent) {
        return annualRatePercent.divide(HUNDRED, MC).divide(MONTHS, MC);
    }

    /**
     * @param approvedAmount         zero when nothing is affordable
     * @param annualRate             percent
     * @param cappedByAffordability  true when less than requested was offered
     */
    public record Offer(BigDecimal approvedAmount, BigDecimal annualRate, BigDecimal monthlyInstallment,
            boolean cappedByAffordability) {
    }
}
