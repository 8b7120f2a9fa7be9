package org.banyan.profile.customer;

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
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.net.http.HttpResponse;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

/** The profile read API: tags by dimension, history as of an instant, external tags, coverage. */
@BanyanIntegrationTest
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ProfileApiIntegrationTest {

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
    void profileGroupsTagsByDimensionWithVersionAndUpdateTime() {
        String customerId = customers.create("R", "Chengdu", 1990, "25000.00", true);

        JsonNode profile = read(customerId, Role.FRONTLINE);

        assertThat(profile.get("profileVersion").asLong()).isEqualTo(1);
        assertThat(profile.get("updatedAt").asString()).isNotBlank();
        JsonNode dimensions = profile.get("dimensions");
        assertThat(dimensions.propertyNames()).containsExactlyInAnyOrder("BASIC", "BEHAVIOUR", "RISK", "VALUE");
        assertThat(dimensions.get("BASIC").get("city").get("value").asString()).isEqualTo("Chengdu");
        assertThat(dimensions.get("BASIC").get("city").get("tagVersion").asInt()).isEqualTo(1);
        assertThat(dimensions.get("BASIC").get("income_annual_est").get("value").decimalValue())
                .isEqualByComparingTo("300000");
        assertThat(dimensions.get("VALUE").get("value_tier").get("value").asString()).isEqualTo("BRONZE");
        assertThat(dimensions.get("RISK").get("risk_level").get("value").asString()).isEqualTo("LOW");
    }

    @Test
    void birthDateIsMaskedToTheYearUnlessAnAdminUnmasks() {
        String customerId = customers.create("R", "Chengdu", 1990, "25000.00", true);

        assertThat(read(customerId, Role.ANALYST).get("basic").get("birth_date").asString()).isEqualTo("1990-**-**");
        HttpResponse<String> unmasked = api.get("/api/v1/customers/" + customerId + "?unmask=true", Role.ADMIN);
        assertThat(unmasked.body()).contains("\"birth_date\":\"1990-04-12\"", "\"nationalId\":\"330106198804120028\"");
    }

    @Test
    void profileAsOfAPastInstantShowsTheTagsThen() throws Exception {
        String customerId = customers.create("H", "Chengdu", 1990, "25000.00", true);
        Instant between = Instant.now();
        Thread.sleep(50);
        api.put("/api/v1/customers/" + customerId + "/tags/service_segment", "{\"value\":\"AFFLUENT\"}", Role.FRONTLINE);

        JsonNode now = read(customerId, Role.ANALYST);
        JsonNode then = mapper.readTree(api.get("/api/v1/customers/" + customerId + "?asOf=" + between,
                Role.ANALYST).body());

        assertThat(now.get("profileVersion").asLong()).isEqualTo(2);
        assertThat(now.get("basic").get("service_segment").asString()).isEqualTo("AFFLUENT");
        assertThat(then.get("profileVersion").asLong()).isEqualTo(1);
        assertThat(then.get("basic").has("service_segment")).isFalse();
        assertThat(then.get("basic").get("city").asString()).isEqualTo("Chengdu");
        assertThat(api.get("/api/v1/customers/" + customerId + "?asOf=2000-01-01T00:00:00Z", Role.ANALYST)
                .statusCode()).isEqualTo(404);
    }

    @Test
    void externalTagsAreCheckedAgainstTheCatalog() {
        String customerId = customers.create("X", "Chengdu", 1990, "25000.00", true);

        assertThat(api.put("/api/v1/customers/" + customerId + "/tags/service_segment", "{\"value\":\"ROYAL\"}",
                Role.FRONTLINE).statusCode()).isEqualTo(400);
        assertThat(api.put("/api/v1/customers/" + customerId + "/tags/city", "{\"value\":\"Paris\"}",
                Role.ADMIN).statusCode()).isEqualTo(400);
        assertThat(api.putAsApp("/api/v1/customers/" + customerId + "/tags/preferred_language", "{\"value\":\"EN\"}",
                customerId).statusCode()).isEqualTo(200);
        assertThat(engine.find(customerId).orElseThrow().tags()).containsEntry("preferred_language", "EN");
        assertThat(api.putAsApp("/api/v1/customers/" + customerId + "/tags/service_segment", "{\"value\":\"PRIVATE\"}",
                customerId).statusCode()).isEqualTo(403);
    }

    @Test
    void coverageIsReportedPerTagAndExportedToPrometheus() {
        customers.create("V", "Chengdu", 1990, "25000.00", true);

        HttpResponse<String> coverage = api.get("/api/v1/tags/coverage?refresh=true", Role.ANALYST);

        assertThat(coverage.statusCode()).isEqualTo(200);
        JsonNode report = mapper.readTree(coverage.body());
        assertThat(report.get("customers").asLong()).isPositive();
        JsonNode city = null;
        for (JsonNode row : report.get("tags")) {
            if (row.get("tag").asString().equals("city")) {
                city = row;
            }
        }
        assertThat(city).isNotNull();
        assertThat(city.get("coverage").decimalValue()).isEqualByComparingTo("1");
        String metrics = api.get("/actuator/prometheus", Role.OPS).body();
        assertThat(metrics).contains("banyan_profile_tag_coverage_ratio{", "tag=\"city\"");
    }

    private JsonNode read(String customerId, Role role) {
        HttpResponse<String> response = api.get("/api/v1/customers/" + customerId, role);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return mapper.readTree(response.body());
    }
}
