package org.banyan.gateway.security;

import com.nimbusds.jose.JWSAlgorithm;
import org.banyan.gateway.testsupport.GatewayTestBase;
import org.banyan.gateway.testsupport.Tokens;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.http.MediaType;

import java.nio.file.Path;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** What the gateway accepts as a bearer token, and what a valid one is allowed to reach. */
class TokenValidationTest extends GatewayTestBase {

    private static final String ANY_READ = "/api/v1/products/CC-1";

    static Stream<Arguments> invalidTokens() {
        Date anHourAgo = Date.from(Instant.now().minusSeconds(3600));
        return Stream.of(
                Arguments.of("expired", Tokens.with("ADMIN", c -> c.issueTime(anHourAgo).expirationTime(
                        Date.from(Instant.now().minusSeconds(600))))),
                Arguments.of("not yet valid", Tokens.with("ADMIN", c -> c.notBeforeTime(
                        Date.from(Instant.now().plusSeconds(600))))),
                Arguments.of("signed with another key", Tokens.signed(Tokens.claims("ADMIN", null),
                        "another-secret-that-is-long-enough-0123456789", JWSAlgorithm.HS256)),
                Arguments.of("signed with HS512 (only HS256 is accepted)", Tokens.signed(Tokens.claims("ADMIN", null),
                        Tokens.SECRET + Tokens.SECRET, JWSAlgorithm.HS512)),
                Arguments.of("alg=none", Tokens.unsigned(Tokens.claims("ADMIN", null))),
                Arguments.of("another issuer", Tokens.with("ADMIN", c -> c.issuer("https://evil.example"))),
                Arguments.of("another audience", Tokens.with("ADMIN", c -> c.audience("someone-else"))),
                Arguments.of("malformed", "not-a-jwt"),
                Arguments.of("three garbage parts", "abc.def.ghi"),
                Arguments.of("payload tampered", tamper(Tokens.withRoles("APP"))));
    }

    @ParameterizedTest(name = "{0} token: 401")
    @MethodSource("invalidTokens")
    void invalidTokenIsRefusedWith401Problem(String kind, String token) {
        client.get().uri(ANY_READ).header("Authorization", bearer(token)).exchange()
                .expectStatus().isUnauthorized()
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectHeader().valueEquals("WWW-Authenticate", "Bearer error=\"invalid_token\"")
                .expectBody().jsonPath("$.code").isEqualTo("UNAUTHENTICATED");
    }

    @ParameterizedTest(name = "Authorization: {0}")
    @ValueSource(strings = {"", "Bearer", "Basic YWRtaW46YWRtaW4=", "Token abc"})
    void requestWithoutABearerTokenIsRefusedWith401(String authorization) {
        var request = client.get().uri(ANY_READ);
        if (!authorization.isEmpty()) {
            request.header("Authorization", authorization);
        }
        request.exchange()
                .expectStatus().isUnauthorized()
                .expectBody().jsonPath("$.code").isEqualTo("UNAUTHENTICATED");
    }

    @ParameterizedTest(name = "roles {0} on DELETE /api/v1/customers/C1: 403")
    @ValueSource(strings = {"SUPERUSER", "ROLE_ADMIN", "admin", "Admin", "SUPERUSER,ROLE_ADMIN,admin,root,*"})
    void roleNamesThatAreNotOursGainNothing(String foreignRoles) {
        client.delete().uri("/api/v1/customers/C1").header("Authorization", bearer(Tokens.withRoles(foreignRoles)))
                .exchange()
                .expectStatus().isForbidden()
                .expectBody().jsonPath("$.code").isEqualTo("FORBIDDEN");
        client.get().uri("/actuator/gateway/routes").header("Authorization", bearer(Tokens.withRoles(foreignRoles)))
                .exchange()
                .expectStatus().isForbidden();
    }

    @Test
    void foreignRoleNamesNextToARealRoleAddNothingToIt() {
        String frontlinePlus = Tokens.withRoles("FRONTLINE,ROLE_ADMIN,admin,SUPERUSER");

        client.get().uri("/api/v1/customers/C1/profile").header("Authorization", bearer(frontlinePlus)).exchange()
                .expectStatus().isOk();
        client.delete().uri("/api/v1/customers/C1").header("Authorization", bearer(frontlinePlus)).exchange()
                .expectStatus().isForbidden();
    }

    @Test
    void appTokenReachesItsOwnCustomerInThePath() {
        client.get().uri("/api/v1/customers/C42/profile").header("Authorization", bearer(Tokens.app("C42"))).exchange()
                .expectStatus().isOk();
    }

    @Test
    void appTokenForAnotherCustomerInThePathIsRefused() {
        client.get().uri("/api/v1/customers/C43/accounts").header("Authorization", bearer(Tokens.app("C42"))).exchange()
                .expectStatus().isForbidden()
                .expectBody()
                .jsonPath("$.code").isEqualTo("FORBIDDEN")
                .jsonPath("$.detail").isEqualTo("An app token may only reach its own customer's data");
        assertThat(service("profile").receivedFor("/api/v1/customers/C43/accounts")).isEmpty();
    }

    @Test
    void appTokenForAnotherCustomerInTheQueryIsRefused() {
        String app = Tokens.app("C42");

        client.get().uri("/api/v1/recommendations?customerId=C43").header("Authorization", bearer(app)).exchange()
                .expectStatus().isForbidden();
        client.get().uri("/api/v1/recommendations?customerId=C42&customerId=C43").header("Authorization", bearer(app))
                .exchange()
                .expectStatus().isForbidden();
        client.get().uri("/api/v1/recommendations?customerId=C42").header("Authorization", bearer(Tokens.app("C42")))
                .exchange()
                .expectStatus().isOk();
    }

    @Test
    void appTokenWithoutCustomerClaimActsForItsSubject() {
        String token = Tokens.with("APP", c -> c.subject("C77"));

        client.get().uri("/api/v1/customers/C77/profile").header("Authorization", bearer(token)).exchange()
                .expectStatus().isOk();
        client.get().uri("/api/v1/customers/C78/profile").header("Authorization", bearer(token)).exchange()
                .expectStatus().isForbidden();
    }

    @Test
    void staffRoleNextToAppIsNotLimitedToOneCustomer() {
        String appAndFrontline = Tokens.signed(Tokens.claims("APP,FRONTLINE", "C42"));

        client.get().uri("/api/v1/customers/C43/profile").header("Authorization", bearer(appAndFrontline)).exchange()
                .expectStatus().isOk();
    }

    @Test
    void devTokenMintedByTokenShIsAcceptedAndScopedToItsCustomer() throws Exception {
        Path script = Path.of(System.getProperty("basedir", ".")).resolve("../scripts/token.sh").normalize();
        ProcessBuilder mint = new ProcessBuilder("bash", script.toString(), "APP", "C4242");
        mint.environment().put("BANYAN_SECURITY_JWT_SECRET", Tokens.SECRET);
        mint.environment().put("TOKEN_SUBJECT", "dev-app-" + UUID.randomUUID());
        Process process = mint.start();
        String token = new String(process.getInputStream().readAllBytes()).trim();
        assertThat(process.waitFor()).isZero();

        client.get().uri("/api/v1/customers/C4242/profile").header("Authorization", bearer(token)).exchange()
                .expectStatus().isOk();
        client.get().uri("/api/v1/customers/C4243/profile").header("Authorization", bearer(token)).exchange()
                .expectStatus().isForbidden();
    }

    @Test
    void tokenIsForwardedToTheServiceUnchanged() {
        String token = Tokens.withRoles("ANALYST");
        String path = "/api/v1/tags/T-" + UUID.randomUUID();

        client.get().uri(path).header("Authorization", bearer(token)).exchange().expectStatus().isOk();

        assertThat(service("profile").receivedFor(path)).singleElement()
                .satisfies(r -> assertThat(r.header("Authorization")).isEqualTo("Bearer " + token));
    }

    @Test
    void managementEndpointsBeyondHealthAndMetricsNeedOpsOrAdmin() {
        client.get().uri("/actuator/gateway/routes").exchange().expectStatus().isUnauthorized();
        client.get().uri("/actuator/gateway/routes").header("Authorization", bearer(Tokens.withRoles("APP"))).exchange()
                .expectStatus().isForbidden();
        client.get().uri("/actuator/gateway/routes").header("Authorization", bearer(Tokens.withRoles("OPS"))).exchange()
                .expectStatus().isOk();
        client.get().uri("/actuator/metrics").header("Authorization", bearer(Tokens.withRoles("ADMIN"))).exchange()
                .expectStatus().isOk();
    }

    @Test
    void pathsOutsideTheApiAndDocsAreRefused() {
        client.get().uri("/internal/anything").exchange().expectStatus().isUnauthorized();
        client.get().uri("/internal/anything").header("Authorization", bearer(Tokens.withRoles(Tokens.ALL_ROLES)))
                .exchange()
                .expectStatus().isForbidden();
    }

    private static String tamper(String token) {
        String[] parts = token.split("\\.");
        String payload = new String(java.util.Base64.getUrlDecoder().decode(parts[1]));
        String forged = payload.replace("\"APP\"", "\"ADMIN\"");
        assertThat(forged).isNotEqualTo(payload);
        return parts[0] + "." + java.util.Base64.getUrlEncoder().withoutPadding().encodeToString(forged.getBytes())
                + "." + parts[2];
    }

}
