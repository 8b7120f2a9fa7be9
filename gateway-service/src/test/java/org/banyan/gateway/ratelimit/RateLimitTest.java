package org.banyan.gateway.ratelimit;

import org.banyan.gateway.testsupport.GatewayTestBase;
import org.banyan.gateway.testsupport.Tokens;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.EntityExchangeResult;

import java.io.IOException;
import java.net.InetAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Per-client token buckets in the real Redis. The test context sets APP to 1/s with a burst of 2,
 * BATCH to 1/s with a burst of 1, ANONYMOUS to 2/s with a burst of 4; the others keep their defaults
 * (ADMIN 20/s, burst 40). Redis refills by whole seconds, so a burst sent at once may see at most one
 * second's refill: each test asserts the burst passes and a few requests beyond it do not all pass.
 */
class RateLimitTest extends GatewayTestBase {

    @Test
    void clientOverItsBurstGets429ProblemWithRetryAfter() {
        String app = Tokens.app("C0000009");

        List<EntityExchangeResult<byte[]>> results = send(app, "/api/v1/products/P1", 6);

        assertThat(results.subList(0, 2)).allSatisfy(r -> assertThat(r.getStatus().value()).isEqualTo(200));
        EntityExchangeResult<byte[]> refused = results.stream().filter(r -> r.getStatus().value() == 429).findFirst()
                .orElseThrow(() -> new AssertionError("no request refused after the burst of 2"));
        assertThat(refused.getResponseHeaders().getFirst("Retry-After")).isEqualTo("1");
        assertThat(refused.getResponseHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
        assertThat(new String(refused.getResponseBodyContent()))
                .contains("\"code\":\"RATE_LIMITED\"")
                .contains("\"requestId\":\"" + refused.getResponseHeaders().getFirst("X-Request-Id") + "\"");
    }

    @Test
    void eachClientHasItsOwnBucket() {
        String first = Tokens.app("C0000010");
        String second = Tokens.app("C0000010");
        send(first, "/api/v1/products/P2", 6);

        assertThat(send(second, "/api/v1/products/P2", 2))
                .allSatisfy(r -> assertThat(r.getStatus().value()).isEqualTo(200));
    }

    @Test
    void limitsFollowTheCallersRole() {
        String batch = Tokens.withRoles("BATCH");
        String admin = Tokens.withRoles("ADMIN");

        assertThat(send(batch, "/api/v1/jobs/profile-recompute/runs", 4))
                .anySatisfy(r -> assertThat(r.getStatus().value()).isEqualTo(429));
        assertThat(send(admin, "/api/v1/jobs/profile-recompute/runs", 8))
                .allSatisfy(r -> assertThat(r.getStatus().value()).isEqualTo(200));
    }

    @Test
    void aCallerWithSeveralRolesGetsItsMostGenerousLimit() {
        String appAndAnalyst = Tokens.signed(Tokens.claims("APP,ANALYST", "C0000011"));

        assertThat(send(appAndAnalyst, "/api/v1/products/P3", 8))
                .allSatisfy(r -> assertThat(r.getStatus().value()).isEqualTo(200));
    }

    @Test
    void allowedResponsesTellTheClientItsRemainingBudget() {
        client.get().uri("/api/v1/products/P4").header("Authorization", bearer(Tokens.withRoles("ANALYST"))).exchange()
                .expectStatus().isOk()
                .expectHeader().valueEquals("X-RateLimit-Remaining", "39")
                .expectHeader().valueEquals("X-RateLimit-Replenish-Rate", "20")
                .expectHeader().valueEquals("X-RateLimit-Burst-Capacity", "40");
    }

    @Test
    void anonymousClientsAreLimitedPerIpAddress() throws Exception {
        // A loopback address of its own, so other tests' anonymous requests do not share this bucket.
        InetAddress address = randomLoopbackAddress();
        InetAddress another = randomLoopbackAddress();
        List<Integer> statuses = new ArrayList<>();
        try (HttpClient http = HttpClient.newBuilder().localAddress(address).build()) {
            for (int i = 0; i < 10; i++) {
                statuses.add(anonymousDocumentRequest(http));
            }
        }
        try (HttpClient other = HttpClient.newBuilder().localAddress(another).build()) {
            assertThat(anonymousDocumentRequest(other)).as("another address").isEqualTo(200);
        }

        assertThat(statuses.subList(0, 4)).containsOnly(200);
        assertThat(statuses).contains(429);
    }

    private static InetAddress randomLoopbackAddress() throws IOException {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        return InetAddress.getByName("127." + random.nextInt(1, 255) + "." + random.nextInt(0, 255) + "." + random.nextInt(2, 255));
    }

    private int anonymousDocumentRequest(HttpClient http) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/v3/api-docs/profile")).build(),
                HttpResponse.BodyHandlers.discarding()).statusCode();
    }

    private List<EntityExchangeResult<byte[]>> send(String token, String path, int times) {
        List<EntityExchangeResult<byte[]>> results = new ArrayList<>();
        for (int i = 0; i < times; i++) {
            results.add(client.get().uri(path).header("Authorization", bearer(token)).exchange()
                    .expectBody().returnResult());
        }
        return results;
    }
}
