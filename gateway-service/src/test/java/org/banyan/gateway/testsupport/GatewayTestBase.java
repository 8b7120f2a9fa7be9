package org.banyan.gateway.testsupport;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.webtestclient.autoconfigure.AutoConfigureWebTestClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient;

import java.util.Map;

/**
 * The gateway as deployed (application.yml), on a random port, in front of four real HTTP
 * downstreams, against the real Redis on this machine, with small rate limits the tests can exhaust.
 * Every test class extending this shares one application context.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureWebTestClient
public abstract class GatewayTestBase {

    public static final Map<String, RecordingService> SERVICES = Map.of(
            "profile", new RecordingService("profile"),
            "recommendation", new RecordingService("recommendation"),
            "credit-risk", new RecordingService("credit-risk"),
            "monitoring", new RecordingService("monitoring"));

    public static final String FRONT_END = "https://app.bank.example";
    public static final int MAX_BODY = 64 * 1024;
    /** The larger limit configured for the interaction import path. */
    public static final int UPLOAD_LIMIT = 4 * MAX_BODY;

    @Autowired
    protected WebTestClient client;

    @LocalServerPort
    protected int port;

    @DynamicPropertySource
    static void gateway(DynamicPropertyRegistry registry) {
        registry.add("PROFILE_SERVICE_URL", () -> SERVICES.get("profile").url());
        registry.add("RECOMMENDATION_SERVICE_URL", () -> SERVICES.get("recommendation").url());
        registry.add("CREDIT_RISK_SERVICE_URL", () -> SERVICES.get("credit-risk").url());
        registry.add("MONITORING_SERVICE_URL", () -> SERVICES.get("monitoring").url());
        registry.add("banyan.security.jwt.secret", () -> Tokens.SECRET);
        registry.add("REDIS_HOST", () -> System.getenv().getOrDefault("BANYAN_TEST_REDIS_HOST", "127.0.0.1"));
        registry.add("REDIS_PORT", () -> System.getenv().getOrDefault("BANYAN_TEST_REDIS_PORT", "6379"));
        registry.add("banyan.gateway.rate-limits.APP.replenish-rate", () -> "1");
        registry.add("banyan.gateway.rate-limits.APP.burst-capacity", () -> "2");
        registry.add("banyan.gateway.rate-limits.BATCH.replenish-rate", () -> "1");
        registry.add("banyan.gateway.rate-limits.BATCH.burst-capacity", () -> "1");
        registry.add("banyan.gateway.rate-limits.ANONYMOUS.replenish-rate", () -> "2");
        registry.add("banyan.gateway.rate-limits.ANONYMOUS.burst-capacity", () -> "4");
        // Generous on a busy test machine: a Redis answer later than this lets the request through unchecked.
        registry.add("banyan.gateway.rate-limiter.timeout", () -> "2s");
        registry.add("banyan.gateway.cors.allowed-origins", () -> FRONT_END);
        registry.add("banyan.gateway.edge.max-request-size", () -> MAX_BODY + "B");
        registry.add("banyan.gateway.edge.upload-limits[/api/v1/jobs/recommendation-interactions-import]",
                () -> UPLOAD_LIMIT + "B");
    }

    protected static RecordingService service(String name) {
        return SERVICES.get(name);
    }

    protected static String bearer(String token) {
        return "Bearer " + token;
    }
}
