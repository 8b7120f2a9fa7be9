package org.banyan.gateway.routing;

import org.banyan.gateway.testsupport.GatewayTestBase;
import org.banyan.gateway.testsupport.Tokens;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

import java.time.Duration;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** The gateway sends each /api/v1 prefix, each batch job by its name, and each OpenAPI document to the service that owns it. */
class GatewayRoutingTest extends GatewayTestBase {

    /** A fresh subject each time, so these requests never meet a rate limit. */
    private static String everyRole() {
        return Tokens.withRoles(Tokens.ALL_ROLES);
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
        client.method(HttpMethod.valueOf(method)).uri(path).header("Authorization", bearer(everyRole())).exchange()
                .expectStatus().isOk()
                .expectBody().jsonPath("$.service").isEqualTo(owner);

        assertThat(service(owner).received()).anySatisfy(r -> assertThat(r.path()).isEqualTo(path));
    }

    @Test
    void permittedPathWithoutARouteIsA404Problem() {
        client.post().uri("/api/v1/jobs/unknown-job").header("Authorization", bearer(everyRole())).exchange()
                .expectStatus().isNotFound()
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody().jsonPath("$.code").isEqualTo("NOT_FOUND");
    }

    @Test
    void pathOutsideTheRoleMatrixIsRefused() {
        client.get().uri("/api/v2/customers/C1").header("Authorization", bearer(everyRole())).exchange()
                .expectStatus().isForbidden()
                .expectBody().jsonPath("$.code").isEqualTo("FORBIDDEN");
    }

    @Test
    void wellFormedRequestIdIsForwardedAndEchoed() {
        String requestId = "req-" + UUID.randomUUID();

        client.get().uri("/api/v1/alerts/A-" + requestId).header("X-Request-Id", requestId)
                .header("Authorization", bearer(everyRole())).exchange()
                .expectStatus().isOk()
                .expectHeader().values("X-Request-Id", ids -> assertThat(ids).containsExactly(requestId));

        assertThat(service("monitoring").received())
                .anySatisfy(r -> assertThat(r.requestId()).isEqualTo(requestId));
    }

    @Test
    @ExtendWith(OutputCaptureExtension.class)
    void everyRequestLeavesOneAccessLogLineWithRouteStatusSubjectAndRequestId(CapturedOutput output) {
        String requestId = "log-" + UUID.randomUUID();
        String token = Tokens.signed(Tokens.claims("ANALYST", null).subject("analyst-7"));

        client.get().uri("/api/v1/tags/T1").header("X-Request-Id", requestId).header("Authorization", bearer(token))
                .exchange().expectStatus().isOk();
        client.get().uri("/api/v1/tags/T1").header("X-Request-Id", requestId + "-anonymous").exchange()
                .expectStatus().isUnauthorized();

        Awaitility.await().atMost(Duration.ofSeconds(5)).untilAsserted(() -> assertThat(output.getOut())
                .containsOnlyOnce("GET /api/v1/tags/T1 route=profile status=200 durationMs=")
                .containsPattern("route=profile status=200 durationMs=[0-9.]+ requestId=" + requestId
                        + " subject=analyst-7 client=127.0.0.1")
                .containsPattern("route=- status=401 durationMs=[0-9.]+ requestId=" + requestId
                        + "-anonymous subject=- client=127.0.0.1"));
    }

    @Test
    void missingOrMalformedRequestIdIsReplacedByAMintedOne() {
        String path = "/api/v1/tags/" + UUID.randomUUID();

        String echoed = client.get().uri(path).header("X-Request-Id", "bad id\twith spaces")
                .header("Authorization", bearer(everyRole())).exchange()
                .expectStatus().isOk()
                .returnResult(String.class).getResponseHeaders().getFirst("X-Request-Id");

        assertThat(echoed).isNotEqualTo("bad id\twith spaces").matches("[0-9a-f-]{36}");
        assertThat(service("profile").receivedFor(path)).singleElement()
                .satisfies(r -> assertThat(r.requestId()).isEqualTo(echoed));
    }

    @ParameterizedTest(name = "/v3/api-docs/{0} is the {0} service's /v3/api-docs, open")
    @ValueSource(strings = {"profile", "recommendation", "credit-risk", "monitoring"})
    void openApiDocumentOfEachServiceIsServedWithoutAToken(String owner) {
        int before = service(owner).receivedFor("/v3/api-docs").size();

        client.get().uri("/v3/api-docs/" + owner).exchange()
                .expectStatus().isOk()
                .expectBody().jsonPath("$.service").isEqualTo(owner);

        assertThat(service(owner).receivedFor("/v3/api-docs")).hasSize(before + 1);
    }

    @Test
    @SuppressWarnings("unchecked")
    void swaggerUiListsEveryServiceDocument() {
        client.get().uri("/v3/api-docs/swagger-config").exchange()
                .expectStatus().isOk()
                .expectBody()
                .jsonPath("$.urls[*].url").value(urls -> assertThat((java.util.List<Object>) urls)
                        .containsExactlyInAnyOrder("/v3/api-docs/profile", "/v3/api-docs/recommendation",
                                "/v3/api-docs/credit-risk", "/v3/api-docs/monitoring"));
        client.get().uri("/webjars/swagger-ui/index.html").exchange()
                .expectStatus().isOk();
    }

    @Test
    void healthAndPrometheusAreServedWithoutAToken() {
        client.get().uri("/actuator/health/readiness").exchange().expectStatus().isOk();
        bigBodies().get().uri("/actuator/prometheus").exchange().expectStatus().isOk()
                .expectBody(String.class).value(body -> assertThat(body).contains("jvm_memory_used_bytes"));
    }

    @Test
    void eachRouteHasRateLatencyHistogramAndStatusMetrics() {
        client.get().uri("/api/v1/products/METRICS-1").header("Authorization", bearer(everyRole())).exchange()
                .expectStatus().isOk();

        bigBodies().get().uri("/actuator/prometheus").exchange().expectStatus().isOk()
                .expectBody(String.class).value(body -> assertThat(body.lines()
                        .filter(line -> line.startsWith("spring_cloud_gateway_requests_seconds_bucket{"))
                        .filter(line -> line.contains("routeId=\"recommendation\"") && line.contains("status=\"OK\"")))
                        .isNotEmpty());
    }

    /** Prometheus output with latency histograms is larger than WebTestClient buffers by default. */
    private WebTestClient bigBodies() {
        return client.mutate().codecs(codecs -> codecs.defaultCodecs().maxInMemorySize(16 * 1024 * 1024)).build();
    }
}
