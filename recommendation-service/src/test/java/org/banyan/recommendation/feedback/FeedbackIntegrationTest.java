package org.banyan.recommendation.feedback;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.banyan.common.event.Topics;
import org.banyan.common.security.JwtSettings;
import org.banyan.common.security.Role;
import org.banyan.common.testsupport.BanyanIntegrationTest;
import org.banyan.common.testsupport.KafkaTestClient;
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

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Feedback on served offers: published on marketing.feedback.v1 through the outbox, recorded once, and
 * feeding the hard filters (cool-down after a dismissal, frequency caps, holdings after a conversion).
 */
@BanyanIntegrationTest
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "banyan.recommendation.eligibility.caps.WEB=3")
class FeedbackIntegrationTest {

    private static KafkaTestClient kafka;

    @LocalServerPort
    int port;
    @Autowired
    JwtSettings jwtSettings;
    @Autowired
    JdbcClient jdbc;

    Api api;

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
        for (String id : List.of("FB-SAVINGS", "FB-DEPOSIT", "FB-INSURANCE")) {
            api.post("/api/v1/products", api.token(Role.ADMIN), Products.simple(id, "SAVINGS"));
        }
    }

    @Test
    void feedbackIsPublishedOnTheFeedbackTopicThroughTheOutbox() {
        String customerId = newCustomer();
        JsonNode offer = firstOffer(customerId, "MOBILE");

        var response = feedback(offer, "IMPRESSION", api.appToken(customerId));

        assertThat(response.status()).as(response.toString()).isEqualTo(201);
        List<ConsumerRecord<String, String>> published = kafka.await(Topics.MARKETING_FEEDBACK,
                r -> customerId.equals(r.key()), 1, Duration.ofSeconds(30));
        assertThat(published).hasSize(1);
        assertThat(published.getFirst().value()).contains("\"type\":\"marketing.feedback\"",
                "\"action\":\"IMPRESSION\"", "\"channel\":\"MOBILE\"",
                "\"recommendationId\":\"" + offer.get("recommendationId").asString() + "\"",
                "\"productId\":\"" + offer.get("productId").asString() + "\"",
                "\"eventId\":\"" + response.json().get("feedbackId").asString() + "\"");
    }

    @Test
    void repeatingTheSameFeedbackRecordsAndPublishesItOnce() {
        String customerId = newCustomer();
        JsonNode offer = firstOffer(customerId, "MOBILE");

        var first = feedback(offer, "CLICK", api.token(Role.FRONTLINE));
        var again = feedback(offer, "CLICK", api.token(Role.FRONTLINE));

        assertThat(first.status()).isEqualTo(201);
        assertThat(again.status()).isEqualTo(200);
        assertThat(again.json().get("duplicate").asBoolean()).isTrue();
        assertThat(again.json().get("feedbackId").asString()).isEqualTo(first.json().get("feedbackId").asString());
        assertThat(kafka.await(Topics.MARKETING_FEEDBACK, r -> customerId.equals(r.key()), 2, Duration.ofSeconds(5)))
                .hasSize(1);
        assertThat(contactRows(customerId)).isEqualTo(1);
    }

    @Test
    void dismissedProductIsNotOfferedAgainDuringTheCoolDown() {
        String customerId = newCustomer();
        JsonNode offer = firstOffer(customerId, "MOBILE");

        feedback(offer, "DISMISS", api.appToken(customerId));

        var next = explain(customerId, "MOBILE");
        String dismissed = offer.get("productId").asString();
        assertThat(productIds(next)).doesNotContain(dismissed);
        assertThat(exclusions(next)).containsEntry(dismissed, "COOL_DOWN");
    }

    @Test
    void conversionMeansTheCustomerHoldsTheProduct() {
        String customerId = newCustomer();
        JsonNode offer = firstOffer(customerId, "MOBILE");

        feedback(offer, "CONVERSION", api.appToken(customerId));

        assertThat(exclusions(explain(customerId, "MOBILE"))).containsEntry(offer.get("productId").asString(), "ALREADY_HELD");
    }

    @Test
    void impressionsCountTowardsTheChannelsFrequencyCap() {
        String customerId = newCustomer();
        for (int i = 0; i < 3; i++) {
            assertThat(feedback(firstOffer(customerId, "WEB"), "IMPRESSION", api.appToken(customerId)).status())
                    .isEqualTo(201);
        }

        JsonNode capped = explain(customerId, "WEB");

        assertThat(capped.get("recommendations").size()).isZero();
        assertThat(capped.at("/excluded/0/filter").asString()).isEqualTo("FREQUENCY_CAP");
        assertThat(explain(customerId, "MOBILE").get("recommendations").size()).isPositive();
    }

    @Test
    void appMaySendFeedbackOnlyOnItsOwnCustomersOffers() {
        JsonNode offer = firstOffer(newCustomer(), "MOBILE");

        var response = feedback(offer, "CLICK", api.appToken("C-someone-else"));

        assertThat(response.status()).isEqualTo(403);
    }

    @Test
    void feedbackOnAnUnknownRecommendationIs404() {
        var response = api.post("/api/v1/feedback", api.token(Role.FRONTLINE),
                "{\"recommendationId\":\"" + UUID.randomUUID() + "\",\"action\":\"CLICK\"}");

        assertThat(response.status()).isEqualTo(404);
        assertThat(response.body()).contains("\"code\":\"NOT_FOUND\"");
    }

    @Test
    void malformedFeedbackIs400ProblemNamingTheField() {
        var missing = api.post("/api/v1/feedback", api.token(Role.FRONTLINE), "{\"action\":\"CLICK\"}");
        var badAction = api.post("/api/v1/feedback", api.token(Role.FRONTLINE),
                "{\"recommendationId\":\"" + UUID.randomUUID() + "\",\"action\":\"LIKE\"}");
        var notUuid = api.post("/api/v1/feedback", api.token(Role.FRONTLINE),
                "{\"recommendationId\":\"rec-1\",\"action\":\"CLICK\"}");
        var future = api.post("/api/v1/feedback", api.token(Role.FRONTLINE),
                "{\"recommendationId\":\"" + UUID.randomUUID() + "\",\"action\":\"CLICK\",\"occurredAt\":\"2999-01-01T00:00:00Z\"}");

        assertThat(missing.status()).isEqualTo(400);
        assertThat(missing.body()).contains("recommendationId");
        assertThat(badAction.status()).isEqualTo(400);
        assertThat(notUuid.status()).isEqualTo(400);
        assertThat(future.status()).isEqualTo(400);
        assertThat(future.body()).contains("occurredAt");
        assertThat(missing.contentType()).startsWith("application/problem+json");
    }

    @Test
    void feedbackFromAnotherProducerJoinsTheContactHistory() {
        String customerId = newCustomer();

        new Events(kafka).send(Topics.MARKETING_FEEDBACK, customerId, "marketing.feedback", "sms-gateway",
                Map.of("campaignId", "CMP-9", "productId", "FB-DEPOSIT", "action", "CONVERSION", "channel", "SMS"));

        await().atMost(Duration.ofSeconds(30)).until(() -> contactRows(customerId) == 1);
        var history = api.get("/api/v1/feedback?customerId=" + customerId, api.token(Role.ANALYST));
        assertThat(history.json().get(0).get("campaignId").asString()).isEqualTo("CMP-9");
        assertThat(exclusions(explain(customerId, "MOBILE"))).containsEntry("FB-DEPOSIT", "ALREADY_HELD");
    }

    @Test
    void feedbackEventBreakingItsContractIsDeadLettered() {
        String customerId = newCustomer();

        new Events(kafka).send(Topics.MARKETING_FEEDBACK, customerId, "marketing.feedback", "sms-gateway",
                Map.of("productId", "FB-DEPOSIT", "action", "SHRUG", "channel", "SMS"));

        assertThat(kafka.await(Topics.dlq(Topics.MARKETING_FEEDBACK), r -> customerId.equals(r.key()), 1,
                Duration.ofSeconds(30))).hasSize(1);
    }

    private JsonNode firstOffer(String customerId, String channel) {
        var response = api.get("/api/v1/recommendations?customerId=" + customerId + "&channel=" + channel,
                api.appToken(customerId));
        assertThat(response.status()).as(response.toString()).isEqualTo(200);
        return response.json().get("recommendations").get(0);
    }

    private JsonNode explain(String customerId, String channel) {
        return api.get("/api/v1/recommendations?customerId=" + customerId + "&channel=" + channel
                + "&limit=20&explain=true", api.token(Role.ANALYST)).json();
    }

    private Api.Response feedback(JsonNode offer, String action, String token) {
        return api.post("/api/v1/feedback", token, "{\"recommendationId\":\"" + offer.get("recommendationId").asString()
                + "\",\"action\":\"" + action + "\"}");
    }

    private long contactRows(String customerId) {
        return jdbc.sql("SELECT count(*) FROM contact_event WHERE customer_id = :id").param("id", customerId)
                .query(Long.class).single();
    }

    private static List<String> productIds(JsonNode response) {
        List<String> ids = new ArrayList<>();
        response.get("recommendations").forEach(o -> ids.add(o.get("productId").asString()));
        return ids;
    }

    private static Map<String, String> exclusions(JsonNode response) {
        Map<String, String> byProduct = new HashMap<>();
        response.get("excluded").forEach(e -> byProduct.put(e.get("productId").asString(), e.get("filter").asString()));
        return byProduct;
    }

    private static String newCustomer() {
        return "C" + UUID.randomUUID().toString().substring(0, 8);
    }
}
