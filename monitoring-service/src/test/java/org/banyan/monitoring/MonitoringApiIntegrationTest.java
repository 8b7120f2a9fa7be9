package org.banyan.monitoring;

import org.banyan.common.event.Topics;
import org.banyan.common.event.payload.Severity;
import org.banyan.common.security.JwtSettings;
import org.banyan.common.security.Role;
import org.banyan.common.testsupport.BanyanIntegrationTest;
import org.banyan.common.testsupport.KafkaTestClient;
import org.banyan.common.testsupport.TestTokens;
import org.banyan.monitoring.alert.AlertHit;
import org.banyan.monitoring.alert.Alerts;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import org.banyan.common.event.EventContracts;
import org.banyan.common.event.EventEnvelope;
import org.banyan.common.event.payload.TransactionPosted;
import tools.jackson.databind.json.JsonMapper;

import java.math.BigDecimal;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** The alert lifecycle API (OPS/ANALYST), escalation, the daily drift job and the data-quality check through their triggers. */
@BanyanIntegrationTest
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "banyan.monitoring.quality.min-events=5")
class MonitoringApiIntegrationTest {

    private static KafkaTestClient kafka;
    private final HttpClient http = HttpClient.newHttpClient();

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    JwtSettings jwtSettings;

    @Autowired
    Alerts alerts;

    @Autowired
    JsonMapper mapper;

    @BeforeAll
    static void connect() {
        kafka = KafkaTestClient.forSharedBroker();
    }

    @AfterAll
    static void disconnect() {
        kafka.close();
    }

    @Test
    void opsAcknowledgesThenResolvesAnAlertAndTheHistoryShowsEveryStep() throws Exception {
        UUID id = givenAlert(Severity.MEDIUM);

        HttpResponse<String> ack = post("/api/v1/alerts/" + id + "/acknowledge",
                "{\"assignee\":\"ops-anna\",\"note\":\"looking\"}", Role.OPS);
        HttpResponse<String> resolved = post("/api/v1/alerts/" + id + "/resolve", "{\"note\":\"card blocked\"}",
                Role.ANALYST);

        assertThat(ack.statusCode()).isEqualTo(200);
        assertThat(ack.body()).contains("\"status\":\"ACKNOWLEDGED\"", "\"assignee\":\"ops-anna\"");
        assertThat(resolved.statusCode()).isEqualTo(200);
        assertThat(resolved.body()).contains("\"status\":\"RESOLVED\"");
        HttpResponse<String> detail = get("/api/v1/alerts/" + id, Role.OPS);
        assertThat(detail.body()).contains("\"action\":\"RAISED\"", "\"action\":\"ACKNOWLEDGED\"",
                "\"action\":\"RESOLVED\"", "looking", "card blocked");
    }

    @Test
    void openAlertCanBeDismissed() throws Exception {
        UUID id = givenAlert(Severity.LOW);

        HttpResponse<String> response = post("/api/v1/alerts/" + id + "/dismiss", "{\"note\":\"false positive\"}",
                Role.OPS);

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).contains("\"status\":\"DISMISSED\"");
    }

    @Test
    void closedAlertCannotBeAcknowledged() throws Exception {
        UUID id = givenAlert(Severity.LOW);
        post("/api/v1/alerts/" + id + "/dismiss", "{}", Role.OPS);

        HttpResponse<String> response = post("/api/v1/alerts/" + id + "/acknowledge", "{}", Role.OPS);

        assertThat(response.statusCode()).isEqualTo(409);
        assertThat(response.body()).contains("\"code\":\"CONFLICT\"");
    }

    @Test
    void statusChangesArePublishedOnTheAlertsTopic() throws Exception {
        UUID id = givenAlert(Severity.HIGH);

        post("/api/v1/alerts/" + id + "/acknowledge", "{}", Role.OPS);

        var opened = kafka.await(Topics.ALERTS, r -> r.value().contains(id.toString())
                && r.value().contains("\"status\":\"OPEN\""), 1, Duration.ofSeconds(30));
        var acknowledged = kafka.await(Topics.ALERTS, r -> r.value().contains(id.toString())
                && r.value().contains("\"status\":\"ACKNOWLEDGED\""), 1, Duration.ofSeconds(30));
        assertThat(opened).hasSize(1);
        assertThat(acknowledged).hasSize(1);
    }

    @Test
    void unknownAlertIs404() throws Exception {
        HttpResponse<String> response = get("/api/v1/alerts/" + UUID.randomUUID(), Role.OPS);

        assertThat(response.statusCode()).isEqualTo(404);
    }

    @Test
    void roleOutsideTheMatrixCannotReadAlerts() throws Exception {
        HttpResponse<String> response = get("/api/v1/alerts", Role.FRONTLINE);

        assertThat(response.statusCode()).isEqualTo(403);
    }

    @Test
    void unacknowledgedAlertEscalatesOneSeverityStepOnce() throws Exception {
        UUID id = givenAlert(Severity.MEDIUM);

        alerts.escalate(Duration.ZERO);
        alerts.escalate(Duration.ZERO);

        assertThat(severityOf(id)).isEqualTo("HIGH");
        assertThat(get("/api/v1/alerts/" + id, Role.OPS).body()).contains("\"action\":\"ESCALATED\"");
    }

    @Test
    void acknowledgedAlertDoesNotEscalate() throws Exception {
        UUID id = givenAlert(Severity.MEDIUM);
        post("/api/v1/alerts/" + id + "/acknowledge", "{}", Role.OPS);

        alerts.escalate(Duration.ZERO);

        assertThat(severityOf(id)).isEqualTo("MEDIUM");
    }

    @Test
    void driftedScoreDistributionRaisesThePsiAlertOnceEvenWhenTheJobReruns() throws Exception {
        String model = "pd-" + UUID.randomUUID().toString().substring(0, 6);
        LocalDate day = LocalDate.of(2026, 11, 1);
        givenBaseline(model);
        givenScores(model, day, 900, 100); // baseline is 50/50 around 600

        HttpResponse<String> first = post("/api/v1/jobs/monitoring-drift?date=" + day, "", Role.BATCH);
        HttpResponse<String> rerun = post("/api/v1/jobs/monitoring-drift?date=" + day, "", Role.BATCH);

        assertThat(first.statusCode()).as(first.body()).isEqualTo(200);
        assertThat(first.body()).contains("\"status\":\"ALERT\"");
        assertThat(rerun.body()).contains("\"status\":\"ALERT\"");
        assertThat(jdbc.sql("SELECT COALESCE(sum(count), 0) FROM alert WHERE rule_name = 'drift.psi' AND subject = :s")
                .param("s", "model:" + model).query(Long.class).single()).isEqualTo(1);
        assertThat(get("/api/v1/monitoring/drift?date=" + day, Role.ANALYST).body()).contains(model, "approval_rate");
    }

    @Test
    void unchangedScoreDistributionIsStableAndRaisesNothing() throws Exception {
        String model = "pd-" + UUID.randomUUID().toString().substring(0, 6);
        LocalDate day = LocalDate.of(2026, 11, 2);
        givenBaseline(model);
        givenScores(model, day, 500, 500);

        HttpResponse<String> response = post("/api/v1/jobs/monitoring-drift?date=" + day, "", Role.BATCH);

        assertThat(response.body()).contains("\"status\":\"STABLE\"");
        assertThat(jdbc.sql("SELECT count(*) FROM alert WHERE subject = :s").param("s", "model:" + model)
                .query(Long.class).single()).isZero();
    }

    @Test
    void completenessUnderTheFloorRaisesADataQualityAlert() throws Exception {
        LocalDate day = LocalDate.of(2026, 10, 1);
        givenTransactions(day, 4, false);
        givenTransactions(day, 1, true);

        HttpResponse<String> response = post("/api/v1/jobs/monitoring-quality?date=" + day, "", Role.BATCH);

        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        assertThat(response.body()).contains("quality.completeness:bank.transactions.v1");
        assertThat(get("/api/v1/monitoring/quality?date=" + day, Role.OPS).body())
                .contains("\"completeness\":0.2", "\"events\":5");
        assertThat(jdbc.sql("SELECT count(*) FROM alert WHERE rule_name = 'quality.completeness'")
                .query(Long.class).single()).isEqualTo(1);
    }

    @Test
    void completeTopicRaisesNoDataQualityAlert() throws Exception {
        LocalDate day = LocalDate.of(2026, 10, 2);
        givenTransactions(day, 5, true);

        HttpResponse<String> response = post("/api/v1/jobs/monitoring-quality?date=" + day, "", Role.BATCH);

        assertThat(response.body()).doesNotContain("quality.completeness");
    }

    @Test
    void staleTopicRaisesAFreshnessAlert() throws Exception {
        jdbc.sql("""
                        INSERT INTO banyan_topic_intake (consumer, topic, events_total, last_event_id, last_occurred_at,
                                                         last_received_at)
                        VALUES ('monitoring-stream', 'marketing.feedback.v1', 1, :id, now() - interval '3 hours',
                                now() - interval '3 hours')
                        ON CONFLICT (consumer, topic) DO UPDATE SET last_received_at = excluded.last_received_at""")
                .param("id", UUID.randomUUID()).update();

        HttpResponse<String> response = post("/api/v1/jobs/monitoring-quality", "", Role.BATCH);

        assertThat(response.body()).contains("quality.freshness:marketing.feedback.v1");
    }

    private void givenTransactions(LocalDate day, int n, boolean withBalance) {
        List<UUID> ids = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            String customer = "Q" + UUID.randomUUID().toString().substring(0, 8);
            EventEnvelope<TransactionPosted> event = new EventEnvelope<>(UUID.randomUUID(),
                    EventContracts.TRANSACTIONS.eventType(), 1, day.atTime(12, 0).toInstant(ZoneOffset.UTC), "test",
                    customer, new TransactionPosted("T" + UUID.randomUUID(), "A1", new BigDecimal("10.00"), "CNY",
                    TransactionPosted.Direction.DEBIT, TransactionPosted.Kind.CARD_PURCHASE,
                    TransactionPosted.Channel.POS, "5411", "M1", "CN", null,
                    withBalance ? new BigDecimal("100.00") : null));
            ids.add(event.eventId());
            kafka.send(Topics.TRANSACTIONS, customer, mapper.writeValueAsString(event));
        }
        await().atMost(Duration.ofSeconds(45)).until(() -> jdbc.sql("""
                        SELECT count(*) FROM banyan_processed_event WHERE event_id IN (:ids)""")
                .param("ids", ids).query(Long.class).single() == n);
    }

    private void givenBaseline(String model) throws Exception {
        HttpResponse<String> response = put("/api/v1/monitoring/models/" + model + "/baseline",
                "{\"edges\":[600],\"shares\":[0.5,0.5]}", Role.ADMIN);
        assertThat(response.statusCode()).as(response.body()).isIn(200, 204);
    }

    private void givenScores(String model, LocalDate day, int low, int high) {
        jdbc.sql("""
                        INSERT INTO decision_score (decision_id, model_version, score, decision, decided_on)
                        SELECT :m || '-' || i, :m, CASE WHEN i <= :low THEN 550 ELSE 650 END,
                               CASE WHEN i % 2 = 0 THEN 'APPROVE' ELSE 'DECLINE' END, :day
                        FROM generate_series(1, :total) AS i""")
                .param("m", model).param("low", low).param("total", low + high).param("day", day).update();
    }

    private UUID givenAlert(Severity severity) {
        return alerts.raise(new AlertHit("test-rule", 1, "C" + UUID.randomUUID().toString().substring(0, 8),
                severity, Duration.ofMinutes(10), Instant.now(), "given")).alertId();
    }

    private String severityOf(UUID id) {
        return jdbc.sql("SELECT severity FROM alert WHERE alert_id = :id").param("id", id).query(String.class).single();
    }

    private TestTokens tokens() {
        return new TestTokens(jwtSettings);
    }

    private HttpResponse<String> post(String path, String body, Role role) throws Exception {
        return send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .POST(HttpRequest.BodyPublishers.ofString(body)), role);
    }

    private HttpResponse<String> put(String path, String body, Role role) throws Exception {
        return send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .PUT(HttpRequest.BodyPublishers.ofString(body)), role);
    }

    private HttpResponse<String> get(String path, Role role) throws Exception {
        return send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).GET(), role);
    }

    private HttpResponse<String> send(HttpRequest.Builder request, Role role) throws Exception {
        return http.send(request.header("Authorization", "Bearer " + tokens().forRoles(role))
                .header("Content-Type", "application/json").build(), HttpResponse.BodyHandlers.ofString());
    }
}
