package org.banyan.common.testsupport;

import org.banyan.common.event.Topics;
import org.banyan.common.kafka.DeadLetterPolicy;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * What every Banyan service promises the platform, checked against the running service: it is live
 * and ready with its database and Kafka, exposes Prometheus metrics, consumes each topic it listens
 * to (recording it in the intake ledger), and dead-letters poison records. A service's test extends
 * this class and adds nothing but the annotation.
 */
@BanyanIntegrationTest
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
public abstract class ServiceConformanceChecks {

    private static KafkaTestClient kafka;
    private final HttpClient http = HttpClient.newHttpClient();

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    JsonMapper mapper;

    @Value("${banyan.intake.topics:}")
    List<String> intakeTopics;

    @BeforeAll
    static void connect() {
        kafka = KafkaTestClient.forSharedBroker();
    }

    @AfterAll
    static void disconnect() {
        kafka.close();
    }

    @Test
    void readinessIsUpWithDatabaseAndKafka() {
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            HttpResponse<String> response = get("/actuator/health/readiness");
            assertThat(response.statusCode()).isEqualTo(200);
            assertThat(response.body()).contains("\"status\":\"UP\"", "\"db\"", "\"kafka\"");
        });
    }

    @Test
    void livenessIsUp() throws Exception {
        HttpResponse<String> response = get("/actuator/health/liveness");
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).contains("\"status\":\"UP\"");
    }

    @Test
    void prometheusMetricsAreExposed() throws Exception {
        HttpResponse<String> response = get("/actuator/prometheus");
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).contains("jvm_memory_used_bytes", "hikaricp_connections");
    }

    @Test
    void openApiDocumentIsPublished() throws Exception {
        HttpResponse<String> response = get("/v3/api-docs");
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).contains("\"openapi\"");
    }

    @Test
    void apiRefusesCallsWithoutAToken() throws Exception {
        HttpResponse<String> response = get("/api/v1/anything");
        assertThat(response.statusCode()).isEqualTo(401);
        assertThat(response.body()).contains("\"code\":\"UNAUTHENTICATED\"");
    }

    @Test
    void everyIntakeTopicIsConsumedAndRecorded() {
        for (String topic : intakeTopics) {
            String customerId = "C" + UUID.randomUUID().toString().substring(0, 8);
            var envelope = ContractSamples.envelope(topic, customerId);
            kafka.send(topic, customerId, mapper.writeValueAsString(envelope));
            await().atMost(Duration.ofSeconds(30)).until(() -> jdbc.sql(
                            "SELECT count(*) FROM banyan_topic_intake WHERE topic = :topic AND last_event_id = :id")
                    .param("topic", topic).param("id", envelope.eventId()).query(Long.class).single() == 1);
        }
    }

    @Test
    void poisonRecordOnAnIntakeTopicIsDeadLettered() {
        if (intakeTopics.isEmpty()) {
            return;
        }
        String topic = intakeTopics.getFirst();
        String key = "poison-" + UUID.randomUUID();

        kafka.send(topic, key, "{\"eventId\":");

        var dead = kafka.await(Topics.dlq(topic), r -> key.equals(r.key()), 1, Duration.ofSeconds(30));
        assertThat(dead).hasSize(1);
        assertThat(dead.getFirst().headers().lastHeader(DeadLetterPolicy.REASON_HEADER)).isNotNull();
    }

    private HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).GET().build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
