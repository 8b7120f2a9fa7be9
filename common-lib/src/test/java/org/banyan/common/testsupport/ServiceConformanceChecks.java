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
import org.springframework.kafka.config.KafkaListenerEndpointRegistry;
import tools.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.UUID;
import java.util.stream.Collectors;

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

    @Autowired
    KafkaListenerEndpointRegistry listeners;

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

    /**
     * Every listener of the service, whatever its topic (intake or feature), dead-letters a record it
     * cannot read: each consumer group subscribed to the topic sends its own copy to the DLQ, so one
     * listener that drops poison silently cannot hide behind another that does not.
     */
    @Test
    void poisonRecordOnEveryConsumedTopicIsDeadLetteredByEachOfItsListeners() {
        Map<String, Long> listenersPerTopic = listeners.getListenerContainers().stream()
                .map(container -> container.getContainerProperties().getTopics())
                .filter(Objects::nonNull) // a pattern or explicit-partition subscription names no topic
                .flatMap(Arrays::stream)
                .filter(topic -> !topic.endsWith(".dlq"))
                .collect(Collectors.groupingBy(topic -> topic, TreeMap::new, Collectors.counting()));
        assertThat(listenersPerTopic).as("the service consumes at least one topic").isNotEmpty();

        listenersPerTopic.forEach((topic, listenerCount) -> {
            String key = "poison-" + UUID.randomUUID();
            kafka.send(topic, key, "{\"eventId\":");

            var dead = kafka.await(Topics.dlq(topic), r -> key.equals(r.key()), listenerCount.intValue(),
                    Duration.ofSeconds(30));
            assertThat(dead).as("dead letters of %s from its %d listener(s)", topic, listenerCount)
                    .hasSize(listenerCount.intValue())
                    .allSatisfy(record -> assertThat(record.headers().lastHeader(DeadLetterPolicy.REASON_HEADER))
                            .isNotNull());
        });
    }

    private HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).GET().build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
