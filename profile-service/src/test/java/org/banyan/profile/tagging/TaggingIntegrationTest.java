package org.banyan.profile.tagging;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.banyan.common.event.EventContract;
import org.banyan.common.event.EventContracts;
import org.banyan.common.event.EventEnvelope;
import org.banyan.common.event.Topics;
import org.banyan.common.event.payload.AppEvent;
import org.banyan.common.event.payload.CreditDecisionMade;
import org.banyan.common.event.payload.LoanEvent;
import org.banyan.common.event.payload.RiskSignalRaised;
import org.banyan.common.event.payload.Severity;
import org.banyan.common.event.payload.TransactionPosted;
import org.banyan.common.testsupport.BanyanIntegrationTest;
import org.banyan.common.testsupport.ContractSamples;
import org.banyan.common.testsupport.KafkaTestClient;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.json.JsonMapper;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Real-time tagging from each of the six topics against PostgreSQL and Kafka: the affected tags
 * change, only changed tags are published, a duplicate changes nothing, a bad event is dead-lettered.
 */
@BanyanIntegrationTest
class TaggingIntegrationTest {

    private static KafkaTestClient kafka;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    JsonMapper mapper;

    @Autowired
    ProfileEngine engine;

    @BeforeAll
    static void connect() {
        kafka = KafkaTestClient.forSharedBroker();
    }

    @AfterAll
    static void disconnect() {
        kafka.close();
    }

    @Test
    void cardPurchaseUpdatesSpendTagsAndPublishesOnlyWhatChanged() {
        String customerId = givenCustomer();

        send(EventContracts.TRANSACTIONS, customerId, purchase("5812", "268.40", "CN"));

        Map<String, Object> tags = awaitVersion(customerId, 2).tags();
        assertThat(tags).containsEntry("spend_dining_amount_30d", new BigDecimal("268.40"))
                .containsEntry("spend_dining_count_90d", BigDecimal.ONE)
                .containsEntry("spend_dining_share_365d", new BigDecimal("1.0000"))
                .containsEntry("top_category_30d", "DINING")
                .containsEntry("preferred_channel_90d", "POS");
        String published = lastTagChange(customerId, 2);
        assertThat(published).contains("\"profileVersion\":2", "\"tag\":\"spend_dining_amount_30d\"",
                "\"oldValue\":0.00", "\"newValue\":268.40");
        assertThat(published).doesNotContain("\"tag\":\"city\"", "\"tag\":\"spend_grocery_amount_30d\"");
    }

    @Test
    void gamblingAndAbroadBurstRaiseRiskFlags() {
        String customerId = givenCustomer();

        send(EventContracts.TRANSACTIONS, customerId, purchase("7995", "5000.00", "MO"));
        send(EventContracts.TRANSACTIONS, customerId, purchase("5812", "80.00", "JP"));
        send(EventContracts.TRANSACTIONS, customerId, purchase("5411", "120.00", "JP"));

        Map<String, Object> tags = awaitVersion(customerId, 4).tags();
        assertThat(tags).containsEntry("gambling_flag", true).containsEntry("abroad_burst_flag", true)
                .containsEntry("gambling_spend_amount_90d", new BigDecimal("5000.00"))
                .containsEntry("abroad_countries_90d", BigDecimal.valueOf(2));
        assertThat(tags.get("risk_level")).isIn("MEDIUM", "HIGH");
    }

    @Test
    void appLoanDecisionAndSignalEventsFeedTheirTags() {
        String customerId = givenCustomer();

        send(EventContracts.APP_EVENTS, customerId, new AppEvent("S-1", "login", null, "home", "D-1", AppEvent.Channel.MOBILE));
        send(EventContracts.LOAN_EVENTS, customerId, new LoanEvent("L-1", LoanEvent.EventType.DISBURSED,
                LoanEvent.ProductType.CREDIT_CARD, new BigDecimal("20000.00"), 0, new BigDecimal("5000.00"), null, null));
        send(EventContracts.LOAN_EVENTS, customerId, new LoanEvent("L-1", LoanEvent.EventType.PAYMENT_MISSED,
                LoanEvent.ProductType.CREDIT_CARD, new BigDecimal("500.00"), 35, new BigDecimal("5000.00"), null, 1));
        send(EventContracts.CREDIT_DECISIONS, customerId, ContractSamples.payload(EventContracts.CREDIT_DECISIONS));
        send(EventContracts.RISK_SIGNALS, customerId, new RiskSignalRaised("SIG-9", "EARLY_DELINQUENCY_RISK",
                Severity.HIGH, 0.4, "L-1", null, Map.of()));

        Map<String, Object> tags = awaitVersion(customerId, 6).tags();
        assertThat(tags).containsEntry("app_logins_30d", BigDecimal.ONE).containsEntry("digital_active_30d", true)
                .containsEntry("holds_credit_card", true).containsEntry("card_utilisation", new BigDecimal("0.2500"))
                .containsEntry("loan_max_dpd_current", BigDecimal.valueOf(35)).containsEntry("dpd_bucket", "DPD_31_60")
                .containsEntry("missed_payments_90d", BigDecimal.ONE)
                .containsEntry("last_credit_decision", "APPROVE").containsEntry("credit_applications_30d", BigDecimal.ONE)
                .containsEntry("early_delinquency_signal_90d", true).containsEntry("risk_level", "HIGH");
    }

    @Test
    void sameTransactionDeliveredTwiceCountsOnce() {
        String customerId = givenCustomer();
        EventEnvelope<?> purchase = envelope(EventContracts.TRANSACTIONS, customerId, purchase("5411", "99.00", "CN"));

        kafka.send(Topics.TRANSACTIONS, customerId, mapper.writeValueAsString(purchase));
        kafka.send(Topics.TRANSACTIONS, customerId, mapper.writeValueAsString(purchase));
        send(EventContracts.APP_EVENTS, customerId, new AppEvent("S-2", "login", null, null, "D-2", AppEvent.Channel.WEB));

        Map<String, Object> tags = awaitVersion(customerId, 3).tags();
        assertThat(tags).containsEntry("spend_grocery_count_30d", BigDecimal.ONE)
                .containsEntry("spend_grocery_amount_30d", new BigDecimal("99.00"));
        assertThat(engine.find(customerId).orElseThrow().profileVersion()).isEqualTo(3);
    }

    @Test
    void transactionBreakingItsContractIsDeadLetteredAndChangesNothing() {
        String customerId = givenCustomer();
        String invalid = mapper.writeValueAsString(envelope(EventContracts.TRANSACTIONS, customerId,
                purchase("5411", "10.00", "CN"))).replace("\"currency\":\"CNY\"", "\"currency\":\"yuan\"");

        kafka.send(Topics.TRANSACTIONS, customerId, invalid);

        List<ConsumerRecord<String, String>> dead = kafka.await(Topics.dlq(Topics.TRANSACTIONS),
                r -> customerId.equals(r.key()), 1, Duration.ofSeconds(30));
        assertThat(dead).hasSize(1);
        assertThat(engine.find(customerId).orElseThrow().profileVersion()).isEqualTo(1);
    }

    private String givenCustomer() {
        String customerId = "C" + UUID.randomUUID().toString().substring(0, 8);
        send(EventContracts.CUSTOMERS, customerId, ContractSamples.payload(EventContracts.CUSTOMERS));
        awaitVersion(customerId, 1);
        return customerId;
    }

    private Profile awaitVersion(String customerId, long version) {
        await().atMost(Duration.ofSeconds(30)).until(() -> engine.find(customerId)
                .map(p -> p.profileVersion() >= version).orElse(false));
        return engine.find(customerId).orElseThrow();
    }

    private String lastTagChange(String customerId, long version) {
        return kafka.await(Topics.TAG_CHANGES, r -> customerId.equals(r.key())
                && r.value().contains("\"profileVersion\":" + version), 1, Duration.ofSeconds(30)).getFirst().value();
    }

    private static TransactionPosted purchase(String mcc, String amount, String country) {
        return new TransactionPosted("T-" + UUID.randomUUID(), "A-1", new BigDecimal(amount), "CNY",
                TransactionPosted.Direction.DEBIT, TransactionPosted.Kind.CARD_PURCHASE, TransactionPosted.Channel.POS,
                mcc, "M-1", country, null, new BigDecimal("1000.00"));
    }

    private void send(EventContract contract, String customerId, Object payload) {
        kafka.send(contract.topic(), customerId, mapper.writeValueAsString(envelope(contract, customerId, payload)));
    }

    private static EventEnvelope<?> envelope(EventContract contract, String customerId, Object payload) {
        return new EventEnvelope<>(UUID.randomUUID(), contract.eventType(), contract.version(), Instant.now(),
                "test", customerId, payload);
    }
}
