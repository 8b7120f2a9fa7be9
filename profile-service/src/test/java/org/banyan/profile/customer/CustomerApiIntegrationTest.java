package org.banyan.profile.customer;

import org.banyan.common.event.Topics;
import org.banyan.common.security.JwtSettings;
import org.banyan.common.security.Role;
import org.banyan.common.testsupport.BanyanIntegrationTest;
import org.banyan.common.testsupport.KafkaTestClient;
import org.banyan.common.testsupport.TestTokens;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

/**
 * GET /api/v1/customers/{id}: the service checks the token and the role matrix itself, keeps an APP
 * token to its own customer, masks personal data for everyone but an ADMIN who asks, and audits that.
 */
@BanyanIntegrationTest
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class CustomerApiIntegrationTest {

    private static final String NATIONAL_ID = "330106198804120028";
    private static final String PHONE = "13812345678";
    private static KafkaTestClient kafka;

    private final HttpClient http = HttpClient.newHttpClient();

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    JwtSettings jwtSettings;

    @BeforeAll
    static void connect() {
        kafka = KafkaTestClient.forSharedBroker();
    }

    @AfterAll
    static void disconnect() {
        kafka.close();
    }

    @Test
    void callWithoutTokenIsRefusedWith401Problem() throws Exception {
        HttpResponse<String> response = get("/api/v1/customers/C1", null);

        assertThat(response.statusCode()).isEqualTo(401);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        assertThat(response.body()).contains("\"code\":\"UNAUTHENTICATED\"");
    }

    @Test
    void roleOutsideTheMatrixIsRefusedWith403Problem() throws Exception {
        HttpResponse<String> response = get("/api/v1/customers/C1", tokens().forRoles(Role.BATCH));

        assertThat(response.statusCode()).isEqualTo(403);
        assertThat(response.body()).contains("\"code\":\"FORBIDDEN\"");
    }

    @Test
    void unknownCustomerIs404Problem() throws Exception {
        HttpResponse<String> response = get("/api/v1/customers/C-nobody", tokens().forRoles(Role.FRONTLINE));

        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(response.body()).contains("\"code\":\"NOT_FOUND\"", "C-nobody");
    }

    @Test
    void frontlineAndAnalystSeePersonalDataMasked() throws Exception {
        String customerId = givenCustomer();

        for (Role role : new Role[] {Role.FRONTLINE, Role.ANALYST}) {
            HttpResponse<String> response = get("/api/v1/customers/" + customerId, tokens().forRoles(role));

            assertThat(response.statusCode()).isEqualTo(200);
            assertThat(response.body()).contains("\"nationalId\":\"330106********0028\"",
                    "\"phone\":\"138****5678\"", "\"masked\":true", "\"city\":\"Hangzhou\"");
            assertThat(response.body()).doesNotContain(NATIONAL_ID, PHONE);
        }
    }

    @Test
    void askingToUnmaskWithoutAdminIsRefused() throws Exception {
        String customerId = givenCustomer();

        HttpResponse<String> response = get("/api/v1/customers/" + customerId + "?unmask=true",
                tokens().forRoles(Role.FRONTLINE));

        assertThat(response.statusCode()).isEqualTo(403);
        assertThat(response.body()).doesNotContain(NATIONAL_ID, PHONE);
    }

    @Test
    void adminSeesMaskedDataUnlessAskingExplicitly() throws Exception {
        String customerId = givenCustomer();

        HttpResponse<String> response = get("/api/v1/customers/" + customerId, tokens().forRoles(Role.ADMIN));

        assertThat(response.body()).contains("\"masked\":true").doesNotContain(NATIONAL_ID);
        assertThat(auditRows(customerId)).isZero();
    }

    @Test
    void adminUnmaskedReadIsShownInClearAndAudited() throws Exception {
        String customerId = givenCustomer();
        String requestId = "audit-" + UUID.randomUUID();

        HttpResponse<String> response = http.send(request("/api/v1/customers/" + customerId + "?unmask=true",
                        tokens().forRoles(Role.ADMIN)).header("X-Request-Id", requestId).build(),
                HttpResponse.BodyHandlers.ofString());

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).contains(NATIONAL_ID, PHONE, "\"masked\":false");
        Map<String, Object> audit = jdbc.sql("SELECT * FROM banyan_pii_audit WHERE subject_customer_id = :id")
                .param("id", customerId).query().singleRow();
        assertThat(audit).containsEntry("request_id", requestId)
                .containsEntry("fields", "NATIONAL_ID,PHONE")
                .containsEntry("actor_roles", "ADMIN")
                .containsEntry("path", "/api/v1/customers/" + customerId);
    }

    @Test
    void auditLogCannotBeUpdatedOrDeleted() throws Exception {
        String customerId = givenCustomer();
        get("/api/v1/customers/" + customerId + "?unmask=true", tokens().forRoles(Role.ADMIN));

        assertThatThrownBy(() -> jdbc.sql("UPDATE banyan_pii_audit SET actor = 'someone-else'").update())
                .isInstanceOf(DataAccessException.class).hasMessageContaining("append-only");
        assertThatThrownBy(() -> jdbc.sql("DELETE FROM banyan_pii_audit").update())
                .isInstanceOf(DataAccessException.class).hasMessageContaining("append-only");
        assertThat(auditRows(customerId)).isEqualTo(1);
    }

    @Test
    void appTokenReadsOnlyItsOwnCustomer() throws Exception {
        String customerId = givenCustomer();
        String other = givenCustomer();

        assertThat(get("/api/v1/customers/" + customerId, tokens().forApp(customerId)).statusCode()).isEqualTo(200);
        HttpResponse<String> foreign = get("/api/v1/customers/" + other, tokens().forApp(customerId));
        assertThat(foreign.statusCode()).isEqualTo(403);
        assertThat(foreign.body()).doesNotContain("Hangzhou");
    }

    @Test
    void personalDataIsEncryptedAtRest() {
        String customerId = givenCustomer();

        Map<String, Object> row = jdbc.sql("SELECT national_id_enc, phone_enc FROM customer WHERE customer_id = :id")
                .param("id", customerId).query().singleRow();

        assertThat((String) row.get("national_id_enc")).startsWith("enc:v1:test-key:").doesNotContain(NATIONAL_ID);
        assertThat((String) row.get("phone_enc")).startsWith("enc:v1:test-key:").doesNotContain(PHONE);
    }

    private String givenCustomer() {
        String customerId = "C" + UUID.randomUUID().toString().substring(0, 8);
        kafka.send(Topics.CUSTOMERS, customerId, """
                {"eventId":"%s","type":"customer.updated","version":1,"occurredAt":"2026-11-20T08:00:00Z",
                 "producer":"core-banking","customerId":"%s",
                 "payload":{"birthDate":"1988-04-12","gender":"FEMALE","city":"Hangzhou","cityTier":2,
                   "occupation":"ENGINEER","education":"MASTER","maritalStatus":"MARRIED","incomeMonthly":18500.00,
                   "kycLevel":3,"consent":{"marketingEmail":true,"marketingSms":false,"marketingPush":true,
                   "dataSharing":true},"joinDate":"2015-06-01","nationalId":"%s","phone":"%s"}}
                """.formatted(UUID.randomUUID(), customerId, NATIONAL_ID, PHONE));
        await().atMost(Duration.ofSeconds(30)).until(() -> jdbc.sql(
                "SELECT count(*) FROM customer WHERE customer_id = :id").param("id", customerId)
                .query(Long.class).single() == 1);
        return customerId;
    }

    private long auditRows(String customerId) {
        return jdbc.sql("SELECT count(*) FROM banyan_pii_audit WHERE subject_customer_id = :id")
                .param("id", customerId).query(Long.class).single();
    }

    private TestTokens tokens() {
        return new TestTokens(jwtSettings);
    }

    private HttpRequest.Builder request(String path, String token) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).GET();
        return token == null ? builder : builder.header("Authorization", "Bearer " + token);
    }

    private HttpResponse<String> get(String path, String token) throws IOException, InterruptedException {
        return http.send(request(path, token).build(), HttpResponse.BodyHandlers.ofString());
    }
}
