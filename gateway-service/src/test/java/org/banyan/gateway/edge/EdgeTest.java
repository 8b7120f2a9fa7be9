package org.banyan.gateway.edge;

import org.banyan.gateway.testsupport.GatewayTestBase;
import org.banyan.gateway.testsupport.Tokens;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** What the gateway does to a request before any service sees it, and to every response. */
class EdgeTest extends GatewayTestBase {

    @Test
    void bodyDeclaredOverTheLimitIsRefusedWith413BeforeReachingTheService() {
        String path = "/api/v1/segments/S-" + UUID.randomUUID();

        client.post().uri(path).header("Authorization", bearer(Tokens.withRoles("ANALYST")))
                .contentType(MediaType.APPLICATION_JSON).bodyValue(new byte[MAX_BODY + 1]).exchange()
                .expectStatus().isEqualTo(413)
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody().jsonPath("$.code").isEqualTo("PAYLOAD_TOO_LARGE");

        assertThat(service("profile").receivedFor(path)).isEmpty();
    }

    @Test
    void bodyAtTheLimitIsForwarded() {
        String path = "/api/v1/segments/S-" + UUID.randomUUID();

        client.post().uri(path).header("Authorization", bearer(Tokens.withRoles("ANALYST")))
                .contentType(MediaType.APPLICATION_JSON).bodyValue(new byte[MAX_BODY]).exchange()
                .expectStatus().isOk();

        assertThat(service("profile").receivedFor(path)).singleElement()
                .satisfies(r -> assertThat(r.bodyBytes()).isEqualTo(MAX_BODY));
    }

    @Test
    void bulkUploadPathAcceptsABodyUpToItsOwnLargerLimit() {
        String path = "/api/v1/jobs/recommendation-interactions-import";
        int before = service("recommendation").receivedFor(path).size();

        client.post().uri(path).header("Authorization", bearer(Tokens.withRoles("ADMIN")))
                .contentType(MediaType.TEXT_PLAIN).bodyValue(new byte[UPLOAD_LIMIT]).exchange()
                .expectStatus().isOk();

        assertThat(service("recommendation").receivedFor(path)).hasSize(before + 1);
    }

    @Test
    void bulkUploadPathStillRefusesABodyOverItsLimit() {
        client.post().uri("/api/v1/jobs/recommendation-interactions-import")
                .header("Authorization", bearer(Tokens.withRoles("ADMIN")))
                .contentType(MediaType.TEXT_PLAIN).bodyValue(new byte[UPLOAD_LIMIT + 1]).exchange()
                .expectStatus().isEqualTo(413)
                .expectBody().jsonPath("$.detail").value(detail -> assertThat(detail.toString()).contains(
                        String.valueOf(UPLOAD_LIMIT)));
    }

    @Test
    void chunkedBodyGrowingOverTheLimitIsCutOffWith413() throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/v1/segments/S-chunked"))
                .header("Authorization", bearer(Tokens.withRoles("ANALYST")))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(new byte[4 * MAX_BODY])))
                .build();

        try (HttpClient http = HttpClient.newHttpClient()) {
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());

            assertThat(response.statusCode()).isEqualTo(413);
            assertThat(response.body()).contains("\"code\":\"PAYLOAD_TOO_LARGE\"");
        }
    }

    @Test
    void spoofableIdentityAndForwardingHeadersNeverReachTheService() {
        String token = Tokens.withRoles("FRONTLINE");
        String path = "/api/v1/customers/C5/profile-" + UUID.randomUUID();

        client.get().uri(path)
                .header("Authorization", bearer(token))
                .header("X-User-Id", "admin")
                .header("X-Customer-Id", "C1")
                .header("X-Roles", "ADMIN")
                .header("X-Forwarded-User", "admin")
                .header("X-Forwarded-For", "6.6.6.6")
                .header("X-Forwarded-Host", "evil.example")
                .header("Forwarded", "for=6.6.6.6;host=evil.example")
                .header("X-Real-IP", "6.6.6.6")
                .header("X-Auth-Request-User", "admin")
                .header("X-Authenticated-Userid", "admin")
                .header("X-HTTP-Method-Override", "DELETE")
                .header("X-Original-URL", "/api/v1/customers/C1")
                .header("Proxy", "http://evil.example")
                .exchange()
                .expectStatus().isOk();

        assertThat(service("profile").receivedFor(path)).singleElement().satisfies(received -> {
            assertThat(received.headers()).doesNotContainKeys("x-user-id", "x-customer-id", "x-roles",
                    "x-forwarded-user", "x-real-ip", "x-auth-request-user", "x-authenticated-userid",
                    "x-http-method-override", "x-original-url", "proxy");
            assertThat(received.headers().toString()).doesNotContain("6.6.6.6", "evil.example");
            assertThat(received.header("Authorization")).isEqualTo("Bearer " + token);
            assertThat(received.headers().keySet()).noneMatch(name -> name.startsWith("x-forwarded-") || name.equals("forwarded"));
        });
    }

    @Test
    void corsPreflightFromAFrontEndOriginIsAnsweredWithoutAToken() {
        int before = service("credit-risk").received().size();

        client.options().uri("/api/v1/credit/applications")
                .header("Origin", FRONT_END)
                .header("Access-Control-Request-Method", "POST")
                .header("Access-Control-Request-Headers", "authorization, content-type, idempotency-key")
                .exchange()
                .expectStatus().isOk()
                .expectHeader().valueEquals("Access-Control-Allow-Origin", FRONT_END)
                .expectHeader().value("Access-Control-Allow-Methods", methods -> assertThat(methods).contains("POST"))
                .expectHeader().value("Access-Control-Allow-Headers",
                        headers -> assertThat(headers.toLowerCase()).contains("authorization", "idempotency-key"));

        assertThat(service("credit-risk").received()).hasSize(before);
    }

    @Test
    void crossOriginCallFromAFrontEndOriginMayReadTheResponseAndItsRequestId() {
        client.get().uri("/api/v1/products/P9").header("Origin", FRONT_END)
                .header("Authorization", bearer(Tokens.withRoles("APP"))).exchange()
                .expectStatus().isOk()
                .expectHeader().valueEquals("Access-Control-Allow-Origin", FRONT_END)
                .expectHeader().value("Access-Control-Expose-Headers", exposed -> assertThat(exposed).contains("X-Request-Id"));
    }

    @Test
    void corsFromAnyOtherOriginIsRefusedWith403Problem() {
        client.options().uri("/api/v1/credit/applications")
                .header("Origin", "https://phishing.example")
                .header("Access-Control-Request-Method", "POST")
                .exchange()
                .expectStatus().isForbidden()
                .expectHeader().doesNotExist("Access-Control-Allow-Origin")
                .expectBody().jsonPath("$.code").isEqualTo("FORBIDDEN");
    }

    @Test
    void securityHeadersAreOnServiceResponsesAndOnErrors() {
        for (var spec : new org.springframework.test.web.reactive.server.WebTestClient.ResponseSpec[]{
                client.get().uri("/api/v1/products/P10").header("Authorization", bearer(Tokens.withRoles("ANALYST"))).exchange()
                        .expectStatus().isOk(),
                client.get().uri("/api/v1/products/P10").exchange().expectStatus().isUnauthorized()}) {
            spec.expectHeader().valueEquals("X-Content-Type-Options", "nosniff")
                    .expectHeader().valueEquals("X-Frame-Options", "DENY")
                    .expectHeader().valueEquals("Strict-Transport-Security", "max-age=31536000 ; includeSubDomains")
                    .expectHeader().valueEquals("Referrer-Policy", "no-referrer")
                    .expectHeader().value("Content-Security-Policy", csp -> assertThat(csp).startsWith("default-src 'none'"))
                    .expectHeader().value("Cache-Control", cache -> assertThat(cache).contains("no-store"));
        }
    }

    @ParameterizedTest(name = "{0} {1} ({2}): X-Request-Id echoed in header and body")
    @CsvSource({
            "GET,    /api/v1/products/P11,     '',        401",
            "DELETE, /api/v1/customers/C1,     FRONTLINE, 403",
            "POST,   /api/v1/jobs/unknown-job, ADMIN,     404",
            "GET,    /api/v1/no-such-api,      ADMIN,     403",
            "GET,    /actuator/gateway/routes, APP,       403"})
    void errorsCarryTheRequestIdInHeaderAndBody(String method, String path, String roles, int status) {
        String requestId = "err-" + UUID.randomUUID();
        var request = client.method(HttpMethod.valueOf(method)).uri(path).header("X-Request-Id", requestId);
        if (!roles.isEmpty()) {
            request.header("Authorization", bearer(Tokens.withRoles(roles)));
        }

        request.exchange()
                .expectStatus().isEqualTo(status)
                .expectHeader().valueEquals("X-Request-Id", requestId)
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody()
                .jsonPath("$.requestId").isEqualTo(requestId)
                .jsonPath("$.status").isEqualTo(status)
                .jsonPath("$.instance").isEqualTo(path);
    }

    @Test
    void pathTricksAreRejectedWith400ProblemBeforeAuthorization() {
        for (String path : new String[]{"/api/v1/customers/C1/..%2FC2", "/api/v1/customers/C1;x=y", "/api/v1//customers/C2"}) {
            client.get().uri(URI.create("http://localhost:" + port + path))
                    .header("Authorization", bearer(Tokens.app("C1"))).exchange()
                    .expectStatus().isBadRequest()
                    .expectBody().jsonPath("$.code").isEqualTo("MALFORMED_REQUEST");
        }
    }
}
