package org.banyan.gateway.routing;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webtestclient.autoconfigure.AutoConfigureWebTestClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient;

import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** The gateway sends each /api/v1 prefix, and each batch job by its name, to the service that owns it. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureWebTestClient
class GatewayRoutingTest {

    private static final Map<String, RecordingService> SERVICES = Map.of(
            "profile", new RecordingService("profile"),
            "recommendation", new RecordingService("recommendation"),
            "credit-risk", new RecordingService("credit-risk"),
            "monitoring", new RecordingService("monitoring"));

    @Autowired
    WebTestClient client;

    @DynamicPropertySource
    static void downstreams(DynamicPropertyRegistry registry) {
        registry.add("PROFILE_SERVICE_URL", () -> SERVICES.get("profile").url());
        registry.add("RECOMMENDATION_SERVICE_URL", () -> SERVICES.get("recommendation").url());
        registry.add("CREDIT_RISK_SERVICE_URL", () -> SERVICES.get("credit-risk").url());
        registry.add("MONITORING_SERVICE_URL", () -> SERVICES.get("monitoring").url());
    }

    @AfterAll
    static void stopDownstreams() {
        SERVICES.values().forEach(RecordingService::close);
    }

    @ParameterizedTest(name = "{0} {1} goes to {2}")
    @CsvSource({
            "GET,  /api/v1/customers/C0000123/profile, profile",
            "GET,  /api/v1/tags, profile",
            "POST, /api/v1/segments, profile",
            "GET,  /api/v1/products/CC-1, recommendation",
            "GET,  /api/v1/recommendations, recommendation",
            "POST, /api/v1/experiments, recommendation",
            "POST, /api/v1/campaigns, recommendation",
            "POST, /api/v1/feedback, recommendation",
            "POST, /api/v1/credit/applications, credit-risk",
            "GET,  /api/v1/alerts, monitoring",
            "GET,  /api/v1/monitoring/models, monitoring",
            "POST, /api/v1/jobs/profile-recompute, profile",
            "GET,  /api/v1/jobs/profile-recompute/runs/42, profile",
            "POST, /api/v1/jobs/campaign-run, recommendation",
            "POST, /api/v1/jobs/recommendation-retrain, recommendation",
            "POST, /api/v1/jobs/credit-portfolio-rescore, credit-risk",
            "POST, /api/v1/jobs/monitoring-daily, monitoring"})
    void routesByPrefixToTheOwningService(String method, String path, String owner) {
        client.method(org.springframework.http.HttpMethod.valueOf(method)).uri(path).exchange()
                .expectStatus().isOk()
                .expectBody().jsonPath("$.service").isEqualTo(owner);

        assertThat(SERVICES.get(owner).received()).anySatisfy(r -> assertThat(r.path()).isEqualTo(path));
    }

    @Test
    void pathOutsideTheApiIsNotRouted() {
        client.get().uri("/api/v2/customers/C1").exchange().expectStatus().isNotFound();
        client.post().uri("/api/v1/jobs/unknown-job").exchange().expectStatus().isNotFound();
    }

    @Test
    void wellFormedRequestIdIsForwardedAndEchoed() {
        String requestId = "req-" + UUID.randomUUID();

        client.get().uri("/api/v1/alerts/A-" + requestId).header("X-Request-Id", requestId).exchange()
                .expectStatus().isOk()
                .expectHeader().valueEquals("X-Request-Id", requestId);

        assertThat(SERVICES.get("monitoring").received())
                .anySatisfy(r -> assertThat(r.requestId()).isEqualTo(requestId));
    }

    @Test
    void missingOrMalformedRequestIdIsReplacedByAMintedOne() {
        String path = "/api/v1/tags/" + UUID.randomUUID();

        String echoed = client.get().uri(path).header("X-Request-Id", "bad id\twith spaces").exchange()
                .expectStatus().isOk()
                .returnResult(String.class).getResponseHeaders().getFirst("X-Request-Id");

        assertThat(echoed).isNotEqualTo("bad id\twith spaces").matches("[0-9a-f-]{36}");
        assertThat(SERVICES.get("profile").received())
                .anySatisfy(r -> {
                    assertThat(r.path()).isEqualTo(path);
                    assertThat(r.requestId()).isEqualTo(echoed);
                });
    }

    @Test
    void healthAndPrometheusAreServed() {
        client.get().uri("/actuator/health/readiness").exchange().expectStatus().isOk();
        client.get().uri("/actuator/prometheus").exchange().expectStatus().isOk()
                .expectBody(String.class).value(body -> assertThat(body).contains("jvm_memory_used_bytes"));
    }
}
