package org.banyan.profile.customer;

import io.micrometer.core.instrument.MeterRegistry;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.banyan.common.event.Topics;
import org.banyan.common.kafka.DeadLetterPolicy;
import org.banyan.common.testsupport.BanyanIntegrationTest;
import org.banyan.common.testsupport.KafkaTestClient;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The common messaging mechanisms end to end inside profile-service, against PostgreSQL and a real
 * broker: outbox to Kafka, idempotent consumption, and dead-lettering of poison records.
 */
@BanyanIntegrationTest
class CustomerEventsIntegrationTest {

    private static KafkaTestClient kafka;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    MeterRegistry meters;

    @BeforeAll
    static void connect() {
        kafka = KafkaTestClient.forSharedBroker();
    }

    @AfterAll
    static void disconnect() {
        kafka.close();
    }

    @Test
    void customerEventBecomesTagChangeRecordThroughTheOutbox() {
        String customerId = newCustomerId();

        kafka.send(Topics.CUSTOMERS, customerId, customerEvent(UUID.randomUUID(), customerId, "Shanghai", "8500.00"));

        List<ConsumerRecord<String, String>> published = kafka.await(Topics.TAG_CHANGES,
                r -> customerId.equals(r.key()), 1, Duration.ofSeconds(30));
        assertThat(published).hasSize(1);
        assertThat(published.getFirst().value())
                .contains("\"type\":\"profile.tags-changed\"", "\"profileVersion\":1",
                        "\"tag\":\"city\"", "\"newValue\":\"Shanghai\"", "\"newValue\":8500.00");
        assertThat(outboxBacklog()).isZero();
    }

    @Test
    void sameEventDeliveredTwiceHasOneEffect() {
        String customerId = newCustomerId();
        UUID eventId = UUID.randomUUID();
        String event = customerEvent(eventId, customerId, "Chengdu", "6100.00");

        kafka.send(Topics.CUSTOMERS, customerId, event);
        kafka.send(Topics.CUSTOMERS, customerId, event);
        // A later, different event: had the duplicate taken effect, its record would come second.
        kafka.send(Topics.CUSTOMERS, customerId, customerEvent(UUID.randomUUID(), customerId, "Chengdu", "6300.00"));

        List<ConsumerRecord<String, String>> published = kafka.await(Topics.TAG_CHANGES,
                r -> customerId.equals(r.key()), 2, Duration.ofSeconds(30));
        assertThat(published).hasSize(2);
        assertThat(published.get(0).value()).contains("\"profileVersion\":1");
        assertThat(published.get(1).value()).contains("\"profileVersion\":2", "\"tag\":\"income_monthly\"",
                "\"oldValue\":6100.00", "\"newValue\":6300.00");
        assertThat(profileVersion(customerId)).isEqualTo(2);
    }

    @Test
    void malformedRecordGoesToDeadLetterTopicAndConsumptionContinues() {
        String poisonKey = newCustomerId();
        String customerId = newCustomerId();

        kafka.send(Topics.CUSTOMERS, poisonKey, "{\"eventId\": \"not-a-uuid\", \"payload\": ");
        kafka.send(Topics.CUSTOMERS, customerId, customerEvent(UUID.randomUUID(), customerId, "Wuhan", "7000.00"));

        List<ConsumerRecord<String, String>> dead = kafka.await(Topics.dlq(Topics.CUSTOMERS),
                r -> poisonKey.equals(r.key()), 1, Duration.ofSeconds(30));
        assertThat(dead).hasSize(1);
        String reason = new String(dead.getFirst().headers().lastHeader(DeadLetterPolicy.REASON_HEADER).value(),
                StandardCharsets.UTF_8);
        assertThat(reason).contains("Not a valid bank.customers.v1 envelope");
        assertThat(meters.find("banyan.events.dead.lettered").tag("topic", Topics.CUSTOMERS).counter())
                .isNotNull().extracting(c -> c.count()).isNotEqualTo(0.0);
        await().atMost(Duration.ofSeconds(30)).until(() -> profileVersion(customerId) == 1);
    }

    @Test
    void eventBreakingItsContractIsDeadLetteredWithTheFieldNamed() {
        String customerId = newCustomerId();
        String invalid = customerEvent(UUID.randomUUID(), customerId, "", "7000.00");

        kafka.send(Topics.CUSTOMERS, customerId, invalid);

        List<ConsumerRecord<String, String>> dead = kafka.await(Topics.dlq(Topics.CUSTOMERS),
                r -> customerId.equals(r.key()), 1, Duration.ofSeconds(30));
        assertThat(dead).hasSize(1);
        assertThat(new String(dead.getFirst().headers().lastHeader(DeadLetterPolicy.REASON_HEADER).value(),
                StandardCharsets.UTF_8)).contains("payload.city");
        assertThat(jdbc.sql("SELECT count(*) FROM profile WHERE customer_id = :id").param("id", customerId)
                .query(Long.class).single()).isZero();
    }

    private long profileVersion(String customerId) {
        return jdbc.sql("SELECT coalesce(max(profile_version), 0) FROM profile WHERE customer_id = :id")
                .param("id", customerId).query(Long.class).single();
    }

    private long outboxBacklog() {
        return jdbc.sql("SELECT count(*) FROM banyan_outbox").query(Long.class).single();
    }

    private static String newCustomerId() {
        return "C" + UUID.randomUUID().toString().substring(0, 8);
    }

    private static String customerEvent(UUID eventId, String customerId, String city, String income) {
        return """
                {"eventId":"%s","type":"customer.updated","version":1,"occurredAt":"2026-11-20T08:00:00Z",
                 "producer":"core-banking","customerId":"%s","futureField":"ignored",
                 "payload":{"birthDate":"1988-04-02","gender":"FEMALE","city":"%s","cityTier":1,
                   "occupation":"ENGINEER","education":"BACHELOR","maritalStatus":"MARRIED","incomeMonthly":%s,
                   "kycLevel":2,"consent":{"marketingEmail":true,"marketingSms":false,"marketingPush":true,
                   "dataSharing":false},"joinDate":"2019-06-01"}}
                """.formatted(eventId, customerId, city, income);
    }
}
