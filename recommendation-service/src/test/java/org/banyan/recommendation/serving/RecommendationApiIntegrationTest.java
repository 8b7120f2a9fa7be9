package org.banyan.recommendation.serving;

import org.banyan.common.event.Topics;
import org.banyan.common.kafka.DeadLetterPolicy;
import org.banyan.common.security.JwtSettings;
import org.banyan.common.security.Role;
import org.banyan.common.testsupport.BanyanIntegrationTest;
import org.banyan.common.testsupport.KafkaTestClient;
import org.banyan.recommendation.candidates.CandidateModels;
import org.banyan.recommendation.support.Api;
import org.banyan.recommendation.support.Events;
import org.banyan.recommendation.support.Products;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Real-time recommendations: from features kept locally from Kafka (tag changes, risk signals, app
 * events), candidates from collaborative filtering and segment popularity, hard filters applied, each
 * offer with an id, score, reason and the experiment variant.
 */
@BanyanIntegrationTest
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class RecommendationApiIntegrationTest {

    private static KafkaTestClient kafka;

    @LocalServerPort
    int port;
    @Autowired
    JwtSettings jwtSettings;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    CandidateModels candidateModels;

    Api api;
    Events events;

    @BeforeAll
    static void connect() {
        kafka = KafkaTestClient.forSharedBroker();
    }

    @AfterAll
    static void disconnect() {
        kafka.close();
    }

    @BeforeEach
    void catalogue() {
        api = new Api(port, jwtSettings);
        events = new Events(kafka);
        for (String product : List.of(Products.simple("RT-SAVINGS", "SAVINGS"), Products.simple("RT-CARD", "CREDIT_CARD"),
                Products.simple("RT-LOAN", "PERSONAL_LOAN"), Products.simple("RT-INSURANCE", "INSURANCE"),
                Products.wealth("RT-FUND-R2", "R2"), Products.wealth("RT-FUND-R4", "R4"))) {
            api.post("/api/v1/products", api.token(Role.ADMIN), product);
        }
    }

    @Test
    void unknownCustomerGetsAColdStartAnswerNotAnError() {
        var response = recommend("C-never-seen", "MOBILE", Role.FRONTLINE);

        assertThat(response.status()).as(response.toString()).isEqualTo(200);
        assertThat(response.json().get("coldStart").asBoolean()).isTrue();
        assertThat(productIds(response.json())).isNotEmpty().doesNotContain("RT-FUND-R2", "RT-FUND-R4");
    }

    @Test
    void everyOfferCarriesAnIdARankAScoreAndAReason() {
        var offers = recommend(newCustomer(), "MOBILE", Role.FRONTLINE).json().get("recommendations");

        assertThat(offers.size()).isBetween(1, 5);
        for (int i = 0; i < offers.size(); i++) {
            JsonNode offer = offers.get(i);
            assertThat(UUID.fromString(offer.get("recommendationId").asString())).isNotNull();
            assertThat(offer.get("rank").asInt()).isEqualTo(i + 1);
            assertThat(offer.get("score").asDouble()).isBetween(0.0, 1.0);
            assertThat(offer.get("reason").asString()).isNotBlank();
        }
    }

    @Test
    void servedOffersAreLoggedForFeedback() {
        var offers = recommend(newCustomer(), "WEB", Role.FRONTLINE).json().get("recommendations");

        String id = offers.get(0).get("recommendationId").asString();
        await().atMost(Duration.ofSeconds(10)).until(() -> jdbc.sql(
                        "SELECT channel FROM recommendation WHERE recommendation_id = CAST(:id AS uuid)")
                .param("id", id).query(String.class).optional().filter("WEB"::equals).isPresent());
    }

    @Test
    void limitCapsTheNumberOfOffers() {
        var response = api.get("/api/v1/recommendations?customerId=C-lim&channel=MOBILE&limit=2",
                api.token(Role.FRONTLINE));

        assertThat(response.json().get("recommendations").size()).isEqualTo(2);
    }

    @Test
    void riskToleranceFromProfileTagChangesGovernsSuitability() {
        String customerId = newCustomer();
        events.tagsChanged(customerId, 1, "risk_tolerance", "R3");
        awaitProfileVersion(customerId, 1);

        var response = api.get("/api/v1/recommendations?customerId=" + customerId + "&channel=MOBILE&limit=20&explain=true",
                api.token(Role.ANALYST));

        assertThat(productIds(response.json())).contains("RT-FUND-R2").doesNotContain("RT-FUND-R4");
        assertThat(excluded(response.json(), "RT-FUND-R4")).isEqualTo("SUITABILITY");
    }

    @Test
    void riskSignalFromCreditRiskRulesOutCreditOffers() {
        String customerId = newCustomer();
        events.riskSignal(customerId, "COLLECTIONS_ENTERED", "HIGH");
        await().atMost(Duration.ofSeconds(30)).until(() -> jdbc.sql(
                "SELECT count(*) FROM customer_features WHERE customer_id = :id AND jsonb_array_length(risk_signals) = 1")
                .param("id", customerId).query(Long.class).single() == 1);

        var response = api.get("/api/v1/recommendations?customerId=" + customerId + "&channel=MOBILE&limit=20&explain=true",
                api.token(Role.ANALYST));

        assertThat(productIds(response.json())).doesNotContain("RT-CARD", "RT-LOAN").contains("RT-SAVINGS");
        assertThat(excluded(response.json(), "RT-CARD")).isEqualTo("CREDIT_ELIGIBILITY");
    }

    @Test
    void staleTagChangeNeverRollsTheProfileBack() {
        String customerId = newCustomer();
        events.tagsChanged(customerId, 2, "risk_tolerance", "R4");
        awaitProfileVersion(customerId, 2);

        events.tagsChanged(customerId, 1, "risk_tolerance", "R1");
        events.tagsChanged(customerId, 3, "kyc_level", 3);
        awaitProfileVersion(customerId, 3);

        assertThat(jdbc.sql("SELECT tags ->> 'risk_tolerance' FROM customer_features WHERE customer_id = :id")
                .param("id", customerId).query(String.class).single()).isEqualTo("R4");
    }

    @Test
    void productViewsInTheAppDriveCollaborativeFilteringCandidates() {
        // Given customers who looked at the card also looked at the loan, and a model trained on them
        for (int i = 0; i < 5; i++) {
            String peer = newCustomer();
            events.appEvent(peer, "product_view", "RT-CARD");
            events.appEvent(peer, "apply_start", "RT-LOAN");
        }
        String customerId = newCustomer();
        events.appEvent(customerId, "product_view", "RT-CARD");
        events.appEvent(customerId, "login", null);
        await().atMost(Duration.ofSeconds(30)).until(() -> interactions() >= 11);
        candidateModels.train();

        var offers = recommend(customerId, "MOBILE", Role.FRONTLINE).json();

        assertThat(offers.get("coldStart").asBoolean()).isFalse();
        JsonNode first = offers.get("recommendations").get(0);
        assertThat(first.get("productId").asString()).isEqualTo("RT-LOAN");
        assertThat(first.get("reason").asString()).isEqualTo("Because you looked at the RT-CARD product");
    }

    @Test
    void appTokenGetsRecommendationsOnlyForItsOwnCustomer() {
        assertThat(api.get("/api/v1/recommendations?customerId=C-app-1&channel=MOBILE", api.appToken("C-app-1"))
                .status()).isEqualTo(200);
        var foreign = api.get("/api/v1/recommendations?customerId=C-app-2&channel=MOBILE", api.appToken("C-app-1"));
        assertThat(foreign.status()).isEqualTo(403);
        assertThat(foreign.body()).contains("\"code\":\"FORBIDDEN\"");
    }

    @Test
    void appTokenIsNotShownWhatTheFiltersExcluded() {
        var response = api.get("/api/v1/recommendations?customerId=C-app-3&channel=MOBILE&explain=true",
                api.appToken("C-app-3"));

        assertThat(response.json().has("excluded")).isFalse();
    }

    @Test
    void unknownChannelIs400Problem() {
        var response = api.get("/api/v1/recommendations?customerId=C1&channel=PIGEON", api.token(Role.FRONTLINE));

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.contentType()).startsWith("application/problem+json");
    }

    @Test
    void missingCustomerIdAndOutOfRangeLimitAre400() {
        assertThat(api.get("/api/v1/recommendations?channel=MOBILE", api.token(Role.FRONTLINE)).status()).isEqualTo(400);
        assertThat(api.get("/api/v1/recommendations?customerId=C1&channel=MOBILE&limit=0", api.token(Role.FRONTLINE))
                .status()).isEqualTo(400);
    }

    @Test
    void tagChangeBreakingItsContractIsDeadLettered() {
        String customerId = newCustomer();
        events.raw(Topics.TAG_CHANGES, customerId, """
                {"eventId":"%s","type":"profile.tags-changed","version":1,"occurredAt":"2026-11-20T08:00:00Z",
                 "producer":"profile-service","customerId":"%s","payload":{"profileVersion":0,"changes":[]}}
                """.formatted(UUID.randomUUID(), customerId));

        var dead = kafka.await(Topics.dlq(Topics.TAG_CHANGES), r -> customerId.equals(r.key()), 1, Duration.ofSeconds(30));
        assertThat(dead).hasSize(1);
        assertThat(new String(dead.getFirst().headers().lastHeader(DeadLetterPolicy.REASON_HEADER).value(),
                StandardCharsets.UTF_8)).contains("payload.profileVersion");
    }

    private Api.Response recommend(String customerId, String channel, Role role) {
        return api.get("/api/v1/recommendations?customerId=" + customerId + "&channel=" + channel, api.token(role));
    }

    private void awaitProfileVersion(String customerId, long version) {
        await().atMost(Duration.ofSeconds(30)).until(() -> jdbc.sql(
                        "SELECT coalesce(max(profile_version), 0) FROM customer_features WHERE customer_id = :id")
                .param("id", customerId).query(Long.class).single() == version);
    }

    private long interactions() {
        return jdbc.sql("SELECT count(*) FROM interaction").query(Long.class).single();
    }

    private static List<String> productIds(JsonNode response) {
        List<String> ids = new ArrayList<>();
        response.get("recommendations").forEach(o -> ids.add(o.get("productId").asString()));
        return ids;
    }

    private static String excluded(JsonNode response, String productId) {
        for (JsonNode exclusion : response.get("excluded")) {
            if (productId.equals(exclusion.get("productId").asString())) {
                return exclusion.get("filter").asString();
            }
        }
        return null;
    }

    private static String newCustomer() {
        return "C" + UUID.randomUUID().toString().substring(0, 8);
    }
}
