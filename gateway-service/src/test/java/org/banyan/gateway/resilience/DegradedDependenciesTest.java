package org.banyan.gateway.resilience;

import io.micrometer.core.instrument.MeterRegistry;
import org.banyan.gateway.testsupport.RecordingService;
import org.banyan.gateway.testsupport.Tokens;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.webtestclient.autoconfigure.AutoConfigureWebTestClient;
import org.springframework.http.MediaType;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.ServerSocket;
import java.net.Socket;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The gateway when what it depends on misbehaves: a stopped service (nothing listens on its port), a
 * slow one (answers after 3 s), and a Redis that accepts connections but never answers. Every request
 * still gets a fast answer: 503, 504, or, for the rate limiter, the request let through.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureWebTestClient
class DegradedDependenciesTest {

    private static final Duration SLOW = Duration.ofSeconds(3);
    /** Well under the slow service's 3 s, with room for a busy 2-core machine; a hang never fits. */
    private static final Duration FAST = Duration.ofMillis(1500);
    private static final RecordingService SLOW_CREDIT = new RecordingService("credit-risk", SLOW);
    private static final RecordingService SLOW_MONITORING = new RecordingService("monitoring", SLOW);
    private static final RecordingService RECOMMENDATION = new RecordingService("recommendation");
    private static final int STOPPED_PORT = freePort();
    private static final SilentServer SILENT_REDIS = new SilentServer();

    @Autowired
    WebTestClient client;

    @Autowired
    MeterRegistry meters;

    @LocalServerPort
    int port;

    @DynamicPropertySource
    static void degraded(DynamicPropertyRegistry registry) {
        registry.add("PROFILE_SERVICE_URL", () -> "http://127.0.0.1:" + STOPPED_PORT);
        registry.add("RECOMMENDATION_SERVICE_URL", RECOMMENDATION::url);
        registry.add("CREDIT_RISK_SERVICE_URL", SLOW_CREDIT::url);
        registry.add("MONITORING_SERVICE_URL", SLOW_MONITORING::url);
        registry.add("banyan.security.jwt.secret", () -> Tokens.SECRET);
        registry.add("REDIS_HOST", () -> "127.0.0.1");
        registry.add("REDIS_PORT", SILENT_REDIS::port);
        registry.add("banyan.gateway.rate-limits.APP.replenish-rate", () -> "1");
        registry.add("banyan.gateway.rate-limits.APP.burst-capacity", () -> "1");
        // credit-risk: a short timeout, a breaker that does not open within this test
        registry.add("banyan.gateway.resilience.routes.credit-risk.timeout", () -> "300ms");
        registry.add("banyan.gateway.resilience.routes.credit-risk.minimum-number-of-calls", () -> "100");
        registry.add("banyan.gateway.resilience.routes.credit-risk.sliding-window-size", () -> "100");
        registry.add("banyan.gateway.resilience.routes.credit-risk.max-concurrent-calls", () -> "1");
        // monitoring: a breaker that opens after three failures out of three
        registry.add("banyan.gateway.resilience.routes.monitoring.timeout", () -> "200ms");
        registry.add("banyan.gateway.resilience.routes.monitoring.minimum-number-of-calls", () -> "3");
        registry.add("banyan.gateway.resilience.routes.monitoring.sliding-window-size", () -> "3");
        registry.add("banyan.gateway.resilience.routes.monitoring.wait-in-open-state", () -> "60s");
    }

    @AfterAll
    static void stop() {
        SLOW_CREDIT.close();
        SLOW_MONITORING.close();
        RECOMMENDATION.close();
        SILENT_REDIS.close();
    }

    @Test
    void stoppedServiceAnswers503Fast() {
        long started = System.nanoTime();

        client.get().uri("/api/v1/customers/C1/profile").header("Authorization", "Bearer " + Tokens.withRoles("ADMIN"))
                .exchange()
                .expectStatus().isEqualTo(503)
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectHeader().exists("X-Request-Id")
                .expectBody()
                .jsonPath("$.code").isEqualTo("UNAVAILABLE")
                .jsonPath("$.requestId").exists();

        assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(FAST);
    }

    @Test
    void slowServiceAnswers504AtItsRouteTimeout() {
        long started = System.nanoTime();

        client.get().uri("/api/v1/credit/accounts/A1").header("Authorization", "Bearer " + Tokens.withRoles("ANALYST"))
                .exchange()
                .expectStatus().isEqualTo(504)
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody()
                .jsonPath("$.code").isEqualTo("TIMEOUT")
                .jsonPath("$.requestId").exists();

        Duration took = Duration.ofNanos(System.nanoTime() - started);
        assertThat(took).isGreaterThanOrEqualTo(Duration.ofMillis(300)).isLessThan(FAST);
    }

    @Test
    void callsBeyondTheRoutesConcurrencyLimitAnswer503AtOnce() throws Exception {
        String token = Tokens.withRoles("ANALYST");
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/v1/credit/accounts/A2"))
                .header("Authorization", "Bearer " + token).build();
        try (HttpClient http = HttpClient.newHttpClient()) {
            var first = http.sendAsync(request, HttpResponse.BodyHandlers.ofString());
            Awaitility.await().atMost(Duration.ofSeconds(5))
                    .until(() -> !SLOW_CREDIT.receivedFor("/api/v1/credit/accounts/A2").isEmpty());

            HttpResponse<String> second = http.send(request, HttpResponse.BodyHandlers.ofString());

            assertThat(second.statusCode()).isEqualTo(503);
            assertThat(second.body()).contains("\"code\":\"UNAVAILABLE\"", "too many calls in flight");
            assertThat(first.get().statusCode()).isEqualTo(504);
        }
        assertThat(SLOW_CREDIT.receivedFor("/api/v1/credit/accounts/A2")).hasSize(1);
    }

    @Test
    void breakerOpensAfterRepeatedTimeoutsAndThenAnswers503WithoutCallingTheService() {
        String path = "/api/v1/alerts/A-breaker";
        for (int i = 0; i < 3; i++) {
            client.get().uri(path).header("Authorization", "Bearer " + Tokens.withRoles("OPS")).exchange()
                    .expectStatus().isEqualTo(504);
        }
        int calls = SLOW_MONITORING.receivedFor(path).size();
        long started = System.nanoTime();

        client.get().uri(path).header("Authorization", "Bearer " + Tokens.withRoles("OPS")).exchange()
                .expectStatus().isEqualTo(503)
                .expectBody().jsonPath("$.code").isEqualTo("UNAVAILABLE");

        assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(FAST);
        assertThat(SLOW_MONITORING.receivedFor(path)).as("calls that reached the service").hasSize(calls);
        assertThat(calls).isEqualTo(3);
    }

    @Test
    void rateLimitingFailsOpenWhenRedisDoesNotAnswer() {
        String app = Tokens.app("C0000001");

        for (int i = 0; i < 6; i++) {
            long started = System.nanoTime();
            client.get().uri("/api/v1/products/P1").header("Authorization", "Bearer " + app).exchange()
                    .expectStatus().isOk()
                    .expectHeader().doesNotExist("X-RateLimit-Remaining");
            assertThat(Duration.ofNanos(System.nanoTime() - started)).as("request " + i).isLessThan(FAST);
        }

        assertThat(meters.counter("banyan.gateway.ratelimit.unchecked").count()).isGreaterThanOrEqualTo(6);
        assertThat(SILENT_REDIS.connections()).as("Redis was tried").isNotEmpty();
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Accepts TCP connections and never sends a byte: a hung Redis. */
    static final class SilentServer implements AutoCloseable {
        private final ServerSocket socket;
        private final List<Socket> connections = new CopyOnWriteArrayList<>();

        SilentServer() {
            try {
                socket = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            Thread.ofVirtual().start(() -> {
                while (!socket.isClosed()) {
                    try {
                        connections.add(socket.accept());
                    } catch (IOException closed) {
                        return;
                    }
                }
            });
        }

        String port() {
            return Integer.toString(socket.getLocalPort());
        }

        List<Socket> connections() {
            return connections;
        }

        @Override
        public void close() {
            try {
                socket.close();
                for (Socket connection : connections) {
                    connection.close();
                }
            } catch (IOException ignored) {
                // best effort
            }
        }
    }
}
