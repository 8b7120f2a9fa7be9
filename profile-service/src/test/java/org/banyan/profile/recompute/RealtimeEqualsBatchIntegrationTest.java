package org.banyan.profile.recompute;

import org.banyan.common.event.EventEnvelope;
import org.banyan.common.security.JwtSettings;
import org.banyan.common.security.Role;
import org.banyan.common.testsupport.BanyanIntegrationTest;
import org.banyan.common.testsupport.KafkaTestClient;
import org.banyan.common.testsupport.TestTokens;
import org.banyan.profile.tagging.ProfileEngine;
import org.banyan.profile.tagging.SimulatedEvents;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The two paths agree. Simulated customers' events go through Kafka (real-time tagging); then, per
 * customer, the batch path rebuilds the state from the same events and recomputes: nothing may
 * change. The nightly recompute job then ages every profile to a later date, and again equals a
 * from-scratch computation as of that date. The job runs once per business date.
 */
@BanyanIntegrationTest
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class RealtimeEqualsBatchIntegrationTest {

    private static KafkaTestClient kafka;
    private final HttpClient http = HttpClient.newHttpClient();

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    JsonMapper mapper;

    @Autowired
    ProfileEngine engine;

    @Autowired
    JwtSettings jwtSettings;

    @BeforeAll
    static void connect() {
        kafka = KafkaTestClient.forSharedBroker();
    }

    @AfterAll
    static void disconnect() {
        kafka.close();
    }

    @Test
    void realTimeTagsEqualBatchTagsForSimulatedCustomers() throws Exception {
        String run = UUID.randomUUID().toString().substring(0, 6);
        List<String> customers = IntStream.range(0, 25).mapToObj(i -> "P" + run + "-" + i).toList();
        long seed = System.nanoTime();
        List<EventEnvelope<?>> events = new SimulatedEvents(seed, LocalDate.of(2026, 8, 1), 90).generate(customers);
        Map<String, List<EventEnvelope<?>>> byCustomer = events.stream()
                .collect(Collectors.groupingBy(EventEnvelope::customerId));

        events.forEach(e -> kafka.send(SimulatedEvents.topicOf(e), e.customerId(), mapper.writeValueAsString(e)));
        await().atMost(Duration.ofSeconds(120)).until(() -> processed(events) == events.size());

        for (String customer : customers) {
            List<EventEnvelope<?>> own = byCustomer.get(customer);
            LocalDate lastDay = own.stream().max(Comparator.comparing(EventEnvelope::occurredAt))
                    .map(e -> engine.businessDate(e.occurredAt())).orElseThrow();
            assertThat(engine.rebuild(customer, own, lastDay, false))
                    .as("seed %d: batch rebuild of %s changed real-time tags", seed, customer).isFalse();
        }

        LocalDate later = LocalDate.of(2026, 12, 31);
        JsonNode first = trigger(later);
        awaitSucceeded(first.get("id").stringValue());
        for (String customer : customers) {
            assertThat(engine.rebuild(customer, byCustomer.get(customer), later, false))
                    .as("seed %d: recompute of %s as of %s differs from a fresh computation", seed, customer, later)
                    .isFalse();
        }
        JsonNode again = trigger(later);
        assertThat(again.get("id").stringValue()).isEqualTo(first.get("id").stringValue());
    }

    @Test
    void recomputeAgesWindowTagsOfCustomersWithoutNewEvents() throws Exception {
        String customer = "Q" + UUID.randomUUID().toString().substring(0, 8);
        List<EventEnvelope<?>> events = new SimulatedEvents(7, LocalDate.of(2026, 8, 1), 30).generate(List.of(customer));
        events.forEach(e -> kafka.send(SimulatedEvents.topicOf(e), e.customerId(), mapper.writeValueAsString(e)));
        await().atMost(Duration.ofSeconds(60)).until(() -> processed(events) == events.size());
        assertThat(engine.find(customer).orElseThrow().tags().get("spend_total_count_30d"))
                .isNotEqualTo(java.math.BigDecimal.ZERO);

        awaitSucceeded(trigger(LocalDate.of(2027, 9, 30)).get("id").stringValue());

        Map<String, Object> tags = engine.find(customer).orElseThrow().tags();
        assertThat(tags).containsEntry("spend_total_count_30d", java.math.BigDecimal.ZERO)
                .containsEntry("spend_total_count_365d", java.math.BigDecimal.ZERO);
        assertThat(engine.find(customer).orElseThrow().asOf()).isEqualTo(LocalDate.of(2027, 9, 30));
    }

    @Test
    void onlySchedulersAndAdminsTriggerJobsAndOpsMayReadThem() throws Exception {
        HttpResponse<String> analyst = post("/api/v1/jobs/profile-recompute", "{}", Role.ANALYST);
        assertThat(analyst.statusCode()).isEqualTo(403);
        HttpResponse<String> ops = http.send(HttpRequest.newBuilder(uri("/api/v1/jobs/profile-recompute"))
                .header("Authorization", "Bearer " + new TestTokens(jwtSettings).forRoles(Role.OPS)).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(ops.statusCode()).isEqualTo(200);
    }

    private long processed(List<EventEnvelope<?>> events) {
        return jdbc.sql("SELECT count(*) FROM banyan_processed_event WHERE event_id IN (:ids)")
                .param("ids", events.stream().map(EventEnvelope::eventId).toList()).query(Long.class).single();
    }

    private JsonNode trigger(LocalDate date) throws Exception {
        HttpResponse<String> response = post("/api/v1/jobs/profile-recompute",
                "{\"businessDate\":\"" + date + "\"}", Role.BATCH);
        assertThat(response.statusCode()).isIn(200, 202);
        return mapper.readTree(response.body());
    }

    private void awaitSucceeded(String runId) {
        await().atMost(Duration.ofSeconds(60)).until(() -> {
            HttpResponse<String> status = http.send(HttpRequest.newBuilder(uri("/api/v1/jobs/profile-recompute/" + runId))
                            .header("Authorization", "Bearer " + new TestTokens(jwtSettings).forRoles(Role.BATCH))
                            .GET().build(), HttpResponse.BodyHandlers.ofString());
            assertThat(status.body()).doesNotContain("FAILED");
            return status.body().contains("\"status\":\"SUCCEEDED\"");
        });
    }

    private HttpResponse<String> post(String path, String body, Role role) throws Exception {
        return http.send(HttpRequest.newBuilder(uri(path))
                .header("Authorization", "Bearer " + new TestTokens(jwtSettings).forRoles(role))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private URI uri(String path) {
        return URI.create("http://localhost:" + port + path);
    }
}
