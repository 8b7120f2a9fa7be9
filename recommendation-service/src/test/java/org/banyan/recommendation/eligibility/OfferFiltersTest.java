package org.banyan.recommendation.eligibility;

import org.banyan.common.event.payload.Severity;
import org.banyan.recommendation.catalogue.Channel;
import org.banyan.recommendation.catalogue.CreditGrade;
import org.banyan.recommendation.catalogue.Eligibility;
import org.banyan.recommendation.catalogue.Product;
import org.banyan.recommendation.catalogue.ProductType;
import org.banyan.recommendation.catalogue.RiskLevel;
import org.banyan.recommendation.contact.ContactSummary;
import org.banyan.recommendation.features.CustomerFeatures;
import org.banyan.recommendation.features.RiskSignal;
import org.banyan.recommendation.interactions.CustomerHistory;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** Each hard filter, on its own: what it rules out, and what it lets through. */
class OfferFiltersTest {

    static final Instant NOW = Instant.parse("2026-11-22T10:00:00Z");

    final EligibilityProperties policy = new EligibilityProperties(Duration.ofDays(7), Map.of(Channel.SMS, 2), 50,
            Duration.ofDays(30), "risk_tolerance", "last_credit_grade", "loan_max_dpd_current", "credit_declines_90d",
            Set.of("collections_entered_365d", "fraud_suspect_flag"), Set.of("COLLECTIONS_ENTERED", "EARLY_DELINQUENCY_RISK"),
            Severity.MEDIUM, Duration.ofDays(180));
    final OfferFilters filters = new OfferFilters(policy, null);

    // --- validity and channel

    @Test
    void retiredProductIsNotOffered() {
        Product retired = withStatus(product("SAV", ProductType.SAVINGS), Product.Status.RETIRED);

        assertThat(exclusion(context(customer()), retired)).hasValue(FilterCode.NOT_OFFERABLE);
    }

    @Test
    void productOutsideItsValidityWindowIsNotOffered() {
        Product expired = new ProductBuilder("SAV", ProductType.SAVINGS).validUntil(NOW.minusSeconds(1)).build();
        Product notYet = new ProductBuilder("SAV2", ProductType.SAVINGS).validFrom(NOW.plusSeconds(60)).build();

        assertThat(exclusion(context(customer()), expired)).hasValue(FilterCode.NOT_OFFERABLE);
        assertThat(exclusion(context(customer()), notYet)).hasValue(FilterCode.NOT_OFFERABLE);
    }

    @Test
    void productIsOfferedOnlyOnItsChannels() {
        Product webOnly = new ProductBuilder("SAV", ProductType.SAVINGS).channels(Channel.WEB).build();

        assertThat(exclusion(context(customer()), webOnly)).hasValue(FilterCode.CHANNEL);
    }

    // --- eligibility criteria

    @Test
    void customerOutsideTheAgeRangeIsNotEligible() {
        Product product = new ProductBuilder("PL", ProductType.PERSONAL_LOAN)
                .eligibility(new Eligibility(22, 60, null, null, null)).build();

        assertThat(exclusion(context(customer("age", 20)), product)).hasValue(FilterCode.AGE);
        assertThat(exclusion(context(customer("age", 61)), product)).hasValue(FilterCode.AGE);
        assertThat(exclusion(context(customer("age", 40)), product)).isEmpty();
    }

    @Test
    void ageIsComputedFromBirthDateWhenThereIsNoAgeTag() {
        Product product = new ProductBuilder("PL", ProductType.PERSONAL_LOAN)
                .eligibility(new Eligibility(18, null, null, null, null)).build();

        assertThat(exclusion(context(customer("birth_date", "2010-01-01")), product)).hasValue(FilterCode.AGE);
        assertThat(exclusion(context(customer("birth_date", "1990-01-01")), product)).isEmpty();
    }

    @Test
    void unknownAgeDoesNotMeetAnAgeBound() {
        Product product = new ProductBuilder("PL", ProductType.PERSONAL_LOAN)
                .eligibility(new Eligibility(18, null, null, null, null)).build();

        assertThat(exclusion(context(customer()), product)).hasValue(FilterCode.AGE);
    }

    @Test
    void incomeBelowTheMinimumIsNotEligible() {
        Product product = new ProductBuilder("CC", ProductType.CREDIT_CARD)
                .eligibility(new Eligibility(null, null, new BigDecimal("8000.00"), null, null)).build();

        assertThat(exclusion(context(customer("income_monthly", 7999.99)), product)).hasValue(FilterCode.INCOME);
        assertThat(exclusion(context(customer("income_monthly", 8000)), product)).isEmpty();
    }

    @Test
    void kycLevelBelowTheMinimumIsNotEligible() {
        Product product = new ProductBuilder("WM", ProductType.INSURANCE)
                .eligibility(new Eligibility(null, null, null, 3, null)).build();

        assertThat(exclusion(context(customer("kyc_level", 2)), product)).hasValue(FilterCode.KYC_LEVEL);
        assertThat(exclusion(context(customer("kyc_level", 3)), product)).isEmpty();
    }

    // --- suitability

    @Test
    void wealthProductAboveTheCustomersRiskToleranceIsNotSuitable() {
        Product r4 = wealth("WM-R4", RiskLevel.R4);

        assertThat(exclusion(context(customer("risk_tolerance", "R3")), r4)).hasValue(FilterCode.SUITABILITY);
    }

    @Test
    void wealthProductAtOrBelowTheCustomersRiskToleranceIsSuitable() {
        assertThat(exclusion(context(customer("risk_tolerance", "C3")), wealth("WM-R3", RiskLevel.R3))).isEmpty();
        assertThat(exclusion(context(customer("risk_tolerance", 3)), wealth("WM-R1", RiskLevel.R1))).isEmpty();
    }

    @Test
    void noWealthProductWithoutAnAssessedRiskTolerance() {
        assertThat(exclusion(context(customer()), wealth("WM-R1", RiskLevel.R1))).hasValue(FilterCode.SUITABILITY);
        assertThat(exclusion(context(customer("risk_tolerance", "high")), wealth("WM-R1", RiskLevel.R1)))
                .hasValue(FilterCode.SUITABILITY);
    }

    // --- credit eligibility

    @Test
    void customerInCollectionsGetsNoCreditOffer() {
        CustomerFeatures inCollections = customer("collections_entered_365d", true);

        assertThat(exclusion(context(inCollections), product("CC", ProductType.CREDIT_CARD)))
                .hasValue(FilterCode.CREDIT_ELIGIBILITY);
        assertThat(exclusion(context(inCollections), product("SAV", ProductType.SAVINGS))).isEmpty();
    }

    @Test
    void customerWithARecentDeclineGetsNoCreditOffer() {
        assertThat(exclusion(context(customer("credit_declines_90d", 1)), product("PL", ProductType.PERSONAL_LOAN)))
                .hasValue(FilterCode.CREDIT_ELIGIBILITY);
        assertThat(exclusion(context(customer("credit_declines_90d", 0)), product("PL", ProductType.PERSONAL_LOAN)))
                .isEmpty();
    }

    @Test
    void customerSuspectedOfFraudGetsNoCreditOffer() {
        assertThat(exclusion(context(customer("fraud_suspect_flag", true)), product("CC", ProductType.CREDIT_CARD)))
                .hasValue(FilterCode.CREDIT_ELIGIBILITY);
    }

    @Test
    void customerInArrearsGetsNoCreditOffer() {
        assertThat(exclusion(context(customer("loan_max_dpd_current", 15)), product("MTG", ProductType.MORTGAGE)))
                .hasValue(FilterCode.CREDIT_ELIGIBILITY);
        assertThat(exclusion(context(customer("loan_max_dpd_current", 0)), product("MTG", ProductType.MORTGAGE))).isEmpty();
    }

    @Test
    void recentSevereRiskSignalRulesOutCreditOffers() {
        CustomerFeatures signalled = withSignal(customer(), "COLLECTIONS_ENTERED", Severity.HIGH, NOW.minus(Duration.ofDays(3)));

        assertThat(exclusion(context(signalled), product("CC", ProductType.CREDIT_CARD)))
                .hasValue(FilterCode.CREDIT_ELIGIBILITY);
    }

    @Test
    void oldMildOrUnrelatedRiskSignalsDoNotRuleOutCreditOffers() {
        Product card = product("CC", ProductType.CREDIT_CARD);

        assertThat(exclusion(context(withSignal(customer(), "COLLECTIONS_ENTERED", Severity.HIGH,
                NOW.minus(Duration.ofDays(400)))), card)).isEmpty();
        assertThat(exclusion(context(withSignal(customer(), "EARLY_DELINQUENCY_RISK", Severity.LOW, NOW)), card)).isEmpty();
        assertThat(exclusion(context(withSignal(customer(), "LIMIT_INCREASE_OFFER", Severity.HIGH, NOW)), card)).isEmpty();
    }

    @Test
    void creditGradeBelowTheRequiredOneIsNotEligible() {
        Product platinum = new ProductBuilder("CC-PLAT", ProductType.CREDIT_CARD)
                .eligibility(new Eligibility(null, null, null, null, CreditGrade.B)).build();

        assertThat(exclusion(context(customer("last_credit_grade", "C")), platinum)).hasValue(FilterCode.CREDIT_GRADE);
        assertThat(exclusion(context(customer()), platinum)).hasValue(FilterCode.CREDIT_GRADE);
        assertThat(exclusion(context(customer("last_credit_grade", "A")), platinum)).isEmpty();
    }

    // --- holdings, cool-down

    @Test
    void productAlreadyHeldIsNotOffered() {
        OfferContext holder = new OfferContext(customer(), new CustomerHistory(Map.of("SAV", 5f), Set.of("SAV")),
                ContactSummary.NONE, Channel.MOBILE, NOW);

        assertThat(exclusion(holder, product("SAV", ProductType.SAVINGS))).hasValue(FilterCode.ALREADY_HELD);
        assertThat(exclusion(holder, product("SAV2", ProductType.SAVINGS))).isEmpty();
    }

    @Test
    void dismissedProductIsNotOfferedDuringTheCoolDown() {
        OfferContext dismissed = new OfferContext(customer(), CustomerHistory.EMPTY,
                new ContactSummary(0, Set.of("INS")), Channel.MOBILE, NOW);

        assertThat(exclusion(dismissed, product("INS", ProductType.INSURANCE))).hasValue(FilterCode.COOL_DOWN);
        assertThat(exclusion(dismissed, product("SAV", ProductType.SAVINGS))).isEmpty();
    }

    // --- customer-level: consent and frequency caps

    @Test
    void outboundChannelNeedsExplicitConsentToThatChannel() {
        assertThat(customerBlock(customer("consent_marketing_sms", false), Channel.SMS)).hasValue(FilterCode.MARKETING_CONSENT);
        assertThat(customerBlock(customer(), Channel.SMS)).hasValue(FilterCode.MARKETING_CONSENT);
        assertThat(customerBlock(customer("consent_marketing_sms", true), Channel.SMS)).isEmpty();
    }

    @Test
    void inboundChannelShowsOffersUnlessMarketingWasRefusedEverywhere() {
        CustomerFeatures refusedAll = customer("consent_marketing_sms", false, "consent_marketing_email", false,
                "consent_marketing_push", false);
        CustomerFeatures refusedSms = customer("consent_marketing_sms", false);

        assertThat(customerBlock(refusedAll, Channel.MOBILE)).hasValue(FilterCode.MARKETING_CONSENT);
        assertThat(customerBlock(refusedSms, Channel.MOBILE)).isEmpty();
        assertThat(customerBlock(customer(), Channel.MOBILE)).isEmpty();
    }

    @Test
    void customerAtTheChannelsFrequencyCapGetsNoMoreOffersThere() {
        CustomerFeatures consenting = customer("consent_marketing_sms", true);
        OfferContext atCap = new OfferContext(consenting, CustomerHistory.EMPTY, new ContactSummary(2, Set.of()),
                Channel.SMS, NOW);
        OfferContext belowCap = new OfferContext(consenting, CustomerHistory.EMPTY, new ContactSummary(1, Set.of()),
                Channel.SMS, NOW);

        assertThat(filters.customerBlock(atCap).map(Exclusion::filter)).hasValue(FilterCode.FREQUENCY_CAP);
        assertThat(filters.customerBlock(belowCap)).isEmpty();
    }

    @Test
    void channelWithoutItsOwnCapUsesTheDefaultCap() {
        OfferContext manyImpressions = new OfferContext(customer(), CustomerHistory.EMPTY,
                new ContactSummary(50, Set.of()), Channel.MOBILE, NOW);

        assertThat(filters.customerBlock(manyImpressions).map(Exclusion::filter)).hasValue(FilterCode.FREQUENCY_CAP);
    }

    // --- helpers

    private Optional<FilterCode> exclusion(OfferContext context, Product product) {
        return filters.check(context, product).map(Exclusion::filter);
    }

    private Optional<FilterCode> customerBlock(CustomerFeatures customer, Channel channel) {
        return filters.customerBlock(new OfferContext(customer, CustomerHistory.EMPTY, ContactSummary.NONE, channel, NOW))
                .map(Exclusion::filter);
    }

    static OfferContext context(CustomerFeatures customer) {
        return new OfferContext(customer, CustomerHistory.EMPTY, ContactSummary.NONE, Channel.MOBILE, NOW);
    }

    static CustomerFeatures customer(Object... tagsAndValues) {
        Map<String, Object> tags = new HashMap<>();
        for (int i = 0; i < tagsAndValues.length; i += 2) {
            tags.put((String) tagsAndValues[i], tagsAndValues[i + 1]);
        }
        return new CustomerFeatures("C1", 1, tags, List.of());
    }

    static CustomerFeatures withSignal(CustomerFeatures customer, String type, Severity severity, Instant at) {
        return new CustomerFeatures(customer.customerId(), customer.profileVersion(), customer.tags(),
                List.of(new RiskSignal("S1", type, severity, at)));
    }

    static Product product(String id, ProductType type) {
        return new ProductBuilder(id, type).build();
    }

    static Product wealth(String id, RiskLevel level) {
        return new ProductBuilder(id, ProductType.WEALTH).riskLevel(level).build();
    }

    static Product withStatus(Product p, Product.Status status) {
        return new Product(p.productId(), p.name(), p.type(), p.riskLevel(), p.eligibility(), p.channels(),
                p.validFrom(), p.validUntil(), status, p.interestSignals(), p.description(), p.version(),
                p.createdAt(), p.updatedAt());
    }
}
