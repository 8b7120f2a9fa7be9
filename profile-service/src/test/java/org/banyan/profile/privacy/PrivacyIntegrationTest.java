package org.banyan.profile.privacy;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.banyan.common.event.Topics;
import org.banyan.common.security.JwtSettings;
import org.banyan.common.security.Role;
import org.banyan.common.testsupport.BanyanIntegrationTest;
import org.banyan.common.testsupport.KafkaTestClient;
import org.banyan.profile.support.ApiClient;
import org.banyan.profile.support.Customers;
import org.banyan.profile.tagging.ProfileEngine;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.json.JsonMapper;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Marketing consent and erasure through the API, with their events and audit. */
@BanyanIntegrationTest
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class PrivacyIntegrationTest {

    private static KafkaTestClient kafka;
    private ApiClient api;
    private Customers customers;

    @LocalServerPort
    int port;

    @Autowired
    JwtSettings jwt;

    @Autowired
    JsonMapper mapper;

    @Autowired
    ProfileEngine engine;

    @Autowired
    JdbcClient jdbc;

    @BeforeAll
    static void connect() {
        kafka = KafkaTestClient.forSharedBroker();
    }

    @AfterAll
    static void disconnect() {
        kafka.close();
    }

    @BeforeEach
    void setUp() {
        api = new ApiClient(port, jwt);
        customers = new Customers(kafka, mapper, engine);
    }

    @Test
    void customerWithdrawsMarketingConsentThroughTheirApp() {
        String customerId = customers.create("K", "Hangzhou", 1988, "9000.00", true);

        HttpResponse<String> response = api.putAsApp("/api/v1/customers/" + customerId + "/consent",
                "{\"marketingEmail\":false,\"marketingSms\":false,\"marketingPush\":false,\"dataSharing\":true}",
                customerId);

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).contains("\"marketingSms\":false", "\"marketingContactable\":false");
        assertThat(engine.find(customerId).orElseThrow().tags()).containsEntry("marketing_contactable", false);
        assertThat(tagChanges(customerId, "\"tag\":\"consent_marketing_sms\",\"oldValue\":true,\"newValue\":false"))
                .hasSize(1);
    }

    @Test
    void appCannotChangeAnotherCustomersConsentAndBodiesAreValidated() {
        String customerId = customers.create("K", "Hangzhou", 1988, "9000.00", true);

        assertThat(api.putAsApp("/api/v1/customers/" + customerId + "/consent", "{\"marketingEmail\":false,"
                + "\"marketingSms\":false,\"marketingPush\":false,\"dataSharing\":false}", "someone-else").statusCode())
                .isEqualTo(403);
        HttpResponse<String> invalid = api.put("/api/v1/customers/" + customerId + "/consent",
                "{\"marketingEmail\":false}", Role.FRONTLINE);
        assertThat(invalid.statusCode()).isEqualTo(400);
        assertThat(invalid.body()).contains("\"field\":\"marketingSms\"");
    }

    @Test
    void erasureRemovesEverythingPublishesTheRemovalAndIsAudited() {
        String customerId = customers.create("E", "Wuhan", 1979, "12000.00", true);

        HttpResponse<String> response = api.delete("/api/v1/customers/" + customerId, Role.ADMIN);

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).contains("\"personalDataRemoved\":true");
        assertThat(engine.find(customerId)).isEmpty();
        assertThat(count("SELECT count(*) FROM customer WHERE customer_id = :id", customerId)).isZero();
        assertThat(count("SELECT count(*) FROM profile_change WHERE customer_id = :id", customerId)).isZero();
        assertThat(tagChanges(customerId, "\"tag\":\"city\",\"oldValue\":\"Wuhan\",\"newValue\":null")).hasSize(1);
        Map<String, Object> audit = jdbc.sql("SELECT * FROM erasure_audit WHERE customer_id = :id")
                .param("id", customerId).query().singleRow();
        assertThat(audit).containsEntry("actor_roles", "ADMIN").containsEntry("personal_data_removed", true);
        assertThatThrownBy(() -> jdbc.sql("DELETE FROM erasure_audit").update())
                .isInstanceOf(DataAccessException.class).hasMessageContaining("append-only");
        assertThat(api.get("/api/v1/customers/" + customerId, Role.ADMIN).statusCode()).isEqualTo(404);
    }

    @Test
    void onlyAdminsEraseAndAnErasedCustomerDoesNotComeBack() {
        String customerId = customers.create("E", "Wuhan", 1979, "12000.00", true);
        assertThat(api.delete("/api/v1/customers/" + customerId, Role.FRONTLINE).statusCode()).isEqualTo(403);
        api.delete("/api/v1/customers/" + customerId, Role.ADMIN);

        kafka.send(Topics.CUSTOMERS, customerId, "{\"eventId\":\"" + java.util.UUID.randomUUID()
                + "\",\"type\":\"customer.updated\",\"version\":1,\"occurredAt\":\"2026-11-20T08:00:00Z\","
                + "\"producer\":\"core-banking\",\"customerId\":\"" + customerId + "\",\"payload\":{\"birthDate\":"
                + "\"1979-01-01\",\"gender\":\"MALE\",\"city\":\"Wuhan\",\"cityTier\":2,\"occupation\":\"X\","
                + "\"education\":\"Y\",\"maritalStatus\":\"SINGLE\",\"incomeMonthly\":1.00,\"kycLevel\":1,"
                + "\"consent\":{\"marketingEmail\":true,\"marketingSms\":true,\"marketingPush\":true,"
                + "\"dataSharing\":true},\"joinDate\":\"2019-06-01\",\"nationalId\":\"330106197901010011\"}}");
        org.awaitility.Awaitility.await().during(Duration.ofSeconds(3)).atMost(Duration.ofSeconds(10))
                .until(() -> engine.find(customerId).isEmpty()
                        && count("SELECT count(*) FROM customer WHERE customer_id = :id", customerId) == 0);
        assertThat(api.delete("/api/v1/customers/" + customerId, Role.ADMIN).statusCode()).isEqualTo(404);
    }

    private long count(String sql, String customerId) {
        return jdbc.sql(sql).param("id", customerId).query(Long.class).single();
    }

    private List<ConsumerRecord<String, String>> tagChanges(String customerId, String content) {
        return kafka.await(Topics.TAG_CHANGES, r -> customerId.equals(r.key()) && r.value().contains(content), 1,
                Duration.ofSeconds(30));
    }
}
