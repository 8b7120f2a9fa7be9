package org.banyan.recommendation.experiment;

import org.banyan.common.security.JwtSettings;
import org.banyan.common.security.Role;
import org.banyan.common.testsupport.BanyanIntegrationTest;
import org.banyan.recommendation.support.Api;
import org.banyan.recommendation.support.Products;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

import java.util.HashMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Experiments through the API: defined with a valid split, started and stopped, customers assigned
 * deterministically, and results per variant computed from the feedback on their offers.
 */
@BanyanIntegrationTest
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ExperimentIntegrationTest {

    static final String AB = """
            {"name":"popularity vs hybrid","variants":[
              {"name":"control","strategy":"POPULARITY","allocationPercent":50},
              {"name":"hybrid","strategy":"HYBRID","allocationPercent":50}]}
            """;

    @LocalServerPort
    int port;
    @Autowired
    JwtSettings jwtSettings;

    Api api;

    @BeforeEach
    void setUp() {
        api = new Api(port, jwtSettings);
        api.post("/api/v1/products", api.token(Role.ADMIN), Products.simple("EX-SAVINGS", "SAVINGS"));
        api.post("/api/v1/products", api.token(Role.ADMIN), Products.simple("EX-INSURANCE", "INSURANCE"));
    }

    @AfterEach
    void stopWhatRuns() {
        for (JsonNode experiment : api.get("/api/v1/experiments", api.token(Role.ADMIN)).json()) {
            if ("RUNNING".equals(experiment.get("status").asString())) {
                api.post("/api/v1/experiments/" + experiment.get("experimentId").asString() + "/stop",
                        api.token(Role.ADMIN), "");
            }
        }
    }

    @Test
    void splitThatDoesNotAddUpTo100Is400() {
        var response = api.post("/api/v1/experiments", api.token(Role.ANALYST), """
                {"name":"bad","variants":[{"name":"a","strategy":"POPULARITY","allocationPercent":50},
                                          {"name":"b","strategy":"HYBRID","allocationPercent":40}]}
                """);

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.contentType()).startsWith("application/problem+json");
        assertThat(response.body()).contains("allocations must add up to 100");
    }

    @Test
    void singleVariantDuplicateNamesAndUnknownStrategiesAre400() {
        assertThat(api.post("/api/v1/experiments", api.token(Role.ANALYST), """
                {"name":"one","variants":[{"name":"a","strategy":"HYBRID","allocationPercent":100}]}
                """).status()).isEqualTo(400);
        assertThat(api.post("/api/v1/experiments", api.token(Role.ANALYST), """
                {"name":"dup","variants":[{"name":"a","strategy":"HYBRID","allocationPercent":50},
                                          {"name":"a","strategy":"ITEM_CF","allocationPercent":50}]}
                """).body()).contains("variant names must be unique");
        assertThat(api.post("/api/v1/experiments", api.token(Role.ANALYST), """
                {"name":"x","variants":[{"name":"a","strategy":"MAGIC","allocationPercent":50},
                                        {"name":"b","strategy":"HYBRID","allocationPercent":50}]}
                """).status()).isEqualTo(400);
    }

    @Test
    void frontlineMayNotManageExperiments() {
        assertThat(api.post("/api/v1/experiments", api.token(Role.FRONTLINE), AB).status()).isEqualTo(403);
    }

    @Test
    void runningExperimentAssignsEachCustomerToOneVariantForGood() {
        String id = started(AB);

        Map<String, Integer> perVariant = new HashMap<>();
        for (int i = 0; i < 40; i++) {
            String customer = "C-exp-" + i;
            JsonNode first = recommend(customer);
            JsonNode again = recommend(customer);
            assertThat(first.at("/experiment/experimentId").asString()).isEqualTo(id);
            assertThat(again.at("/experiment/variant").asString()).isEqualTo(first.at("/experiment/variant").asString());
            assertThat(first.get("strategy").asString())
                    .isEqualTo("control".equals(first.at("/experiment/variant").asString()) ? "POPULARITY" : "HYBRID");
            perVariant.merge(first.at("/experiment/variant").asString(), 1, Integer::sum);
        }
        assertThat(perVariant).containsOnlyKeys("control", "hybrid");
    }

    @Test
    void onlyOneExperimentRunsAtATime() {
        started(AB);
        String second = api.post("/api/v1/experiments", api.token(Role.ANALYST), AB).json().get("experimentId").asString();

        var response = api.post("/api/v1/experiments/" + second + "/start", api.token(Role.ANALYST), "");

        assertThat(response.status()).isEqualTo(409);
    }

    @Test
    void stoppedExperimentNoLongerAssignsAndCannotRestart() {
        String id = started(AB);

        assertThat(api.post("/api/v1/experiments/" + id + "/stop", api.token(Role.ANALYST), "").status()).isEqualTo(200);

        assertThat(recommend("C-after-stop").has("experiment")).isFalse();
        assertThat(api.post("/api/v1/experiments/" + id + "/start", api.token(Role.ANALYST), "").status()).isEqualTo(409);
    }

    @Test
    void resultsCountCustomersPerVariantAndCompareThemWithTheControl() {
        String id = started(AB);
        for (int i = 0; i < 60; i++) {
            String customer = "C-res-" + i;
            JsonNode offer = recommend(customer).get("recommendations").get(0);
            feedback(offer, "IMPRESSION");
            if (i % 3 == 0) {
                feedback(offer, "CLICK");
            }
            if (i % 6 == 0) {
                feedback(offer, "CONVERSION");
            }
        }

        JsonNode results = api.get("/api/v1/experiments/" + id + "/results", api.token(Role.ANALYST)).json();

        long exposed = results.get("variants").get(0).get("exposedCustomers").asLong()
                + results.get("variants").get(1).get("exposedCustomers").asLong();
        long conversions = results.get("variants").get(0).get("conversions").asLong()
                + results.get("variants").get(1).get("conversions").asLong();
        assertThat(exposed).isEqualTo(60);
        assertThat(conversions).isEqualTo(10);
        JsonNode comparison = results.get("comparisons").get(0);
        assertThat(comparison.get("variant").asString()).isEqualTo("hybrid");
        assertThat(comparison.get("control").asString()).isEqualTo("control");
        assertThat(comparison.at("/conversion/pValue").asDouble()).isBetween(0.0, 1.0);
        assertThat(comparison.at("/conversion/differenceLow").asDouble())
                .isLessThanOrEqualTo(comparison.at("/conversion/differenceHigh").asDouble());
        assertThat(results.at("/sampleRatio/pValue").asDouble()).isBetween(0.0, 1.0);
    }

    @Test
    void unknownExperimentIs404() {
        assertThat(api.get("/api/v1/experiments/nope/results", api.token(Role.ANALYST)).status()).isEqualTo(404);
    }

    private String started(String definition) {
        var created = api.post("/api/v1/experiments", api.token(Role.ANALYST), definition);
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        String id = created.json().get("experimentId").asString();
        var started = api.post("/api/v1/experiments/" + id + "/start", api.token(Role.ANALYST), "");
        assertThat(started.json().get("status").asString()).isEqualTo("RUNNING");
        return id;
    }

    private JsonNode recommend(String customerId) {
        return api.get("/api/v1/recommendations?customerId=" + customerId + "&channel=MOBILE", api.token(Role.FRONTLINE))
                .json();
    }

    private void feedback(JsonNode offer, String action) {
        var response = api.post("/api/v1/feedback", api.token(Role.FRONTLINE), "{\"recommendationId\":\""
                + offer.get("recommendationId").asString() + "\",\"action\":\"" + action + "\"}");
        assertThat(response.status()).isEqualTo(201);
    }
}
