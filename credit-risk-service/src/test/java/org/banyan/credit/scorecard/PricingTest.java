package org.banyan.credit.scorecard;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;

import static org.assertj.core.api.Assertions.assertThat;

/** Risk-based price and the affordability cap. */
class PricingTest {

    private final ScorecardProperties settings = ScorecardTest.settings(600, 50, 20);
    private final Pricing pricing = new Pricing(settings);
    private final ScorecardProperties.GradeBand gradeA = settings.grades().getFirst();
    private final ScorecardProperties.GradeBand gradeD = settings.grades().get(1);

    @Test
    void annuityInstallmentMatchesTheTextbookFormula() {
        // 10,000 over 12 months at 12% a year: 888.49 a month.
        assertThat(Pricing.installment(new BigDecimal("10000"), new BigDecimal("12"), 12)).isEqualByComparingTo("888.49");
        assertThat(Pricing.installment(new BigDecimal("1200"), BigDecimal.ZERO, 12)).isEqualByComparingTo("100.00");
    }

    @Test
    void affordableRequestIsOfferedInFullAtTheGradesRate() {
        Pricing.Offer offer = pricing.offer(gradeA, new BigDecimal("5000"), 24, new BigDecimal("4000"), BigDecimal.ZERO);

        assertThat(offer.approvedAmount()).isEqualByComparingTo("5000");
        assertThat(offer.annualRate()).isEqualByComparingTo("5.90");
        assertThat(offer.cappedByAffordability()).isFalse();
        assertThat(offer.monthlyInstallment()).isEqualByComparingTo(Pricing.installment(new BigDecimal("5000"),
                new BigDecimal("5.90"), 24));
    }

    @Test
    void riskierGradePaysMore() {
        Pricing.Offer a = pricing.offer(gradeA, new BigDecimal("5000"), 24, new BigDecimal("4000"), BigDecimal.ZERO);
        Pricing.Offer d = pricing.offer(gradeD, new BigDecimal("5000"), 24, new BigDecimal("4000"), BigDecimal.ZERO);

        assertThat(d.monthlyInstallment()).isGreaterThan(a.monthlyInstallment());
    }

    @Test
    void amountIsCappedSoThatAllDebtStaysWithinTheIncomeShare() {
        // Income 2,000, existing debts 500: 45% leaves 400 a month for the new loan.
        Pricing.Offer offer = pricing.offer(gradeD, new BigDecimal("20000"), 36, new BigDecimal("2000"), new BigDecimal("500"));

        assertThat(offer.cappedByAffordability()).isTrue();
        assertThat(offer.monthlyInstallment()).isLessThanOrEqualTo(new BigDecimal("400"));
        assertThat(offer.approvedAmount().remainder(new BigDecimal("100"))).isEqualByComparingTo("0");
        assertThat(Pricing.installment(offer.approvedAmount().add(new BigDecimal("100")), gradeD.annualRate(), 36))
                .isGreaterThan(new BigDecimal("400"));
    }

    @Test
    void nothingIsOfferedWhenEvenTheMinimumIsUnaffordable() {
        Pricing.Offer offer = pricing.offer(gradeA, new BigDecimal("3000"), 12, new BigDecimal("1000"), new BigDecimal("440"));

        assertThat(offer.approvedAmount()).isEqualByComparingTo("0");
        assertThat(offer.cappedByAffordability()).isTrue();
    }
}
