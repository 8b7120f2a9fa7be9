package org.banyan.recommendation.campaign;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.banyan.common.event.Topics;
import org.banyan.common.security.JwtSettings;
import org.banyan.common.security.Role;
import org.banyan.common.testsupport.BanyanIntegrationTest;
import org.banyan.common.testsupport.KafkaTestClient;
import org.banyan.recommendation.support.Api;
import org.banyan.recommendation.support.Events;
import org.banyan.recommendation.support.ProfileServiceStub;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Campaigns end to end against a real HTTP stand-in for profile-service's segments: defined with checks,
 * run by the scheduler's job (once), the best eligible customers messaged within the budget through the
 * outbox, a random hold-out kept out, and a report of conversions against the hold-out.
 */
@BanyanIntegrationTest
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "banyan.recommendation.eligibility.caps.SMS=1")
class CampaignIntegrationTest {

    static final ProfileServiceStub PROFILE = new ProfileServiceStub();
    static final String PRODUCT = "CMP-TRAVEL-INS";
    private static KafkaTestClient kafka;

    @LocalServerPort
    int port;
    @Autowired
    JwtSettings jwtSettings;
    @Autowired
    JdbcClient jdbc;

    Api api;
    Events events;

    @DynamicPropertySource
    static void profileService(DynamicPropertyRegistry registry) {
        registry.add("banyan.recommendation.segments.base-url", PROFILE::baseUrl);
    }

    @BeforeAll
    static void connect() {
        kafka = KafkaTestClient.forSharedBroker();
    }

    @AfterAll
    static void disconnect() {
        kafka.close();
        PROFILE.close();
    }

    @BeforeEach
    void catalogue() {
        api = new Api(port, jwtSettings);
        events = new Events(kafka);
        api.post("/api/v1/products", api.token(Role.ADMIN), """
                {"productId":"%s","name":"Travel insurance","type":"INSURANCE","channels":["SMS","MOBILE"],
                 "interestSignals":[{"tag":"travel_spend_share","atLeast":0.3,"reason":"Based on your travel spending"}]}
                """.formatted(PRODUCT));
    }

    @Test
    void runMessagesTheBestEligibleCustomersWithinBudgetAndKeepsTheHoldOutOut() {
        Population people = givenSegment(60);
        String campaignId = createCampaign(people.segmentId(), 10, 20);

        JsonNode run = runCampaign(campaignId);

        assertThat(run.at("/result/0/status").asString()).as(run.toString()).isEqualTo("COMPLETED");
        List<ConsumerRecord<String, String>> messages = kafka.await(Topics.CAMPAIGN_MESSAGES,
                r -> r.value().contains(campaignId), 10, Duration.ofSeconds(30));
        assertThat(messages).hasSize(10);
        Set<String> recipients = messages.stream().map(ConsumerRecord::key).collect(Collectors.toSet());
        assertThat(recipients).hasSize(10).allMatch(people.interestedAndConsenting()::contains)
                .doesNotContain(people.capped()).doesNotContainAnyElementsOf(holdoutOf(campaignId));
        assertThat(messages.getFirst().value()).contains("\"type\":\"marketing.campaign-message\"",
                "\"productId\":\"" + PRODUCT + "\"", "\"channel\":\"SMS\"");
        JsonNode outcome = api.get("/api/v1/campaigns/" + campaignId, api.token(Role.ANALYST)).json().get("outcome");
        assertThat(outcome.get("members").asLong()).isEqualTo(60);
        assertThat(outcome.get("sent").asLong()).isEqualTo(10);
        assertThat(outcome.at("/excludedByFilter/MARKETING_CONSENT").asLong()).isEqualTo(10);
        assertThat(outcome.at("/excludedByFilter/FREQUENCY_CAP").asLong()).isEqualTo(1);
    }

    @Test
    void triggeringACompletedCampaignAgainSendsNothingMore() {
        Population people = givenSegment(20);
        String campaignId = createCampaign(people.segmentId(), 5, 10);
        runCampaign(campaignId);

        JsonNode again = runCampaign(campaignId);

        assertThat(again.at("/result/0/ranNow").asBoolean()).isFalse();
        assertThat(again.at("/result/0/status").asString()).isEqualTo("COMPLETED");
        assertThat(kafka.await(Topics.CAMPAIGN_MESSAGES, r -> r.value().contains(campaignId), 6, Duration.ofSeconds(5)))
                .hasSize(5);
    }

    @Test
    void reportComparesRecipientsConversionsWithTheHoldOuts() {
        Population people = givenSegment(60);
        String campaignId = createCampaign(people.segmentId(), 10, 30);
        runCampaign(campaignId);
        List<String> messaged = group(campaignId, "selected");
        List<String> comparable = group(campaignId, "comparable");
        assertThat(comparable).isNotEmpty();
        for (String customer : messaged.subList(0, 3)) {
            events.send(Topics.MARKETING_FEEDBACK, customer, "marketing.feedback", "sms-gateway", Map.of(
                    "campaignId", campaignId, "productId", PRODUCT, "action", "CONVERSION", "channel", "SMS"));
        }
        events.appEvent(comparable.getFirst(), "product_opened", PRODUCT);

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            JsonNode report = api.get("/api/v1/campaigns/" + campaignId + "/report", api.token(Role.ANALYST)).json();
            assertThat(report.at("/messaged/customers").asLong()).isEqualTo(10);
            assertThat(report.at("/messaged/converted").asLong()).isEqualTo(3);
            assertThat(report.at("/messaged/conversionRate").asDouble()).isEqualTo(0.3);
            assertThat(report.at("/holdout/customers").asLong()).isEqualTo(comparable.size());
            assertThat(report.at("/holdout/converted").asLong()).isEqualTo(1);
            assertThat(report.at("/uplift/pValue").asDouble()).isBetween(0.0, 1.0);
        });
    }

    @Test
    void randomTargetingMessagesEligibleCustomersWithoutRegardToScore() {
        Population people = givenSegment(40);
        var created = api.post("/api/v1/campaigns", api.token(Role.ANALYST), """
                {"name":"random","segmentId":"%s","productIds":["%s"],"channel":"SMS","budget":25,
                 "holdoutPercent":0,"targeting":"RANDOM"}""".formatted(people.segmentId(), PRODUCT));
        String campaignId = created.json().get("campaignId").asString();

        runCampaign(campaignId);

        List<String> messaged = group(campaignId, "selected");
        // 29 are eligible (30 consent, one is at the cap), 19 of them interested: 25 of 29 must include others
        assertThat(messaged).hasSize(25).allMatch(people.consenting()::contains)
                .anyMatch(c -> !people.interestedAndConsenting().contains(c));
    }

    @Test
    void serviceCallsProfileServiceWithItsOwnTokenAndTheCallersRequestId() {
        Population people = givenSegment(5);
        String requestId = "req-" + UUID.randomUUID();

        api.postWithHeader("/api/v1/campaigns", api.token(Role.ANALYST), campaign(people.segmentId(), 2, 10),
                "X-Request-Id", requestId);

        ProfileServiceStub.Recorded call = PROFILE.requests().stream()
                .filter(r -> r.request().equals("GET /api/v1/segments/" + people.segmentId() + "/count"))
                .findFirst().orElseThrow();
        assertThat(call.requestId()).isEqualTo(requestId);
        String claims = new String(Base64.getUrlDecoder().decode(call.authorization().substring(7).split("\\.")[1]),
                StandardCharsets.UTF_8);
        assertThat(claims).contains("\"sub\":\"recommendation-service\"", "\"roles\":[\"BATCH\"]");
    }

    @Test
    void theSameIdempotencyKeyReturnsTheFirstCampaign() {
        Population people = givenSegment(5);
        String key = UUID.randomUUID().toString();

        var first = api.postWithHeader("/api/v1/campaigns", api.token(Role.ANALYST), campaign(people.segmentId(), 2, 10),
                "Idempotency-Key", key);
        var again = api.postWithHeader("/api/v1/campaigns", api.token(Role.ANALYST), campaign(people.segmentId(), 2, 10),
                "Idempotency-Key", key);

        assertThat(first.status()).isEqualTo(201);
        assertThat(again.status()).isEqualTo(200);
        assertThat(again.json().get("campaignId").asString()).isEqualTo(first.json().get("campaignId").asString());
    }

    @Test
    void unknownAndEmptySegmentsAndUnknownProductsAre400() {
        PROFILE.segment("seg-empty", List.of());
        Population people = givenSegment(3);

        var unknownSegment = api.post("/api/v1/campaigns", api.token(Role.ANALYST), campaign("seg-nope", 1, 10));
        var emptySegment = api.post("/api/v1/campaigns", api.token(Role.ANALYST), campaign("seg-empty", 1, 10));
        var unknownProduct = api.post("/api/v1/campaigns", api.token(Role.ANALYST),
                campaign(people.segmentId(), 1, 10).replace(PRODUCT, "NO-SUCH-PRODUCT"));

        assertThat(unknownSegment.status()).isEqualTo(400);
        assertThat(unknownSegment.body()).contains("seg-nope");
        assertThat(emptySegment.status()).isEqualTo(400);
        assertThat(emptySegment.body()).contains("has no members");
        assertThat(unknownProduct.status()).isEqualTo(400);
        assertThat(unknownProduct.body()).contains("NO-SUCH-PRODUCT");
    }

    @Test
    void malformedCampaignsAre400NamingTheFields() {
        var response = api.post("/api/v1/campaigns", api.token(Role.ANALYST), """
                {"name":"bad","segmentId":"s","productIds":[],"channel":"SMS","budget":0,"holdoutPercent":80}""");

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.body()).contains("productIds", "budget", "holdoutPercent");
    }

    @Test
    void aSegmentThatIsEmptyWhenFrozenFailsTheRunWithTheReason() {
        PROFILE.segmentEmptiedBeforeFreezing("seg-emptied", 4);
        String campaignId = createCampaign("seg-emptied", 2, 10);

        runCampaign(campaignId);

        JsonNode campaign = api.get("/api/v1/campaigns/" + campaignId, api.token(Role.ANALYST)).json();
        assertThat(campaign.get("status").asString()).isEqualTo("FAILED");
        assertThat(campaign.get("failure").asString()).contains("empty");
    }

    @Test
    void frontlineMayNotManageCampaigns() {
        assertThat(api.post("/api/v1/campaigns", api.token(Role.FRONTLINE), campaign("s", 1, 10)).status()).isEqualTo(403);
    }

    /**
     * A segment of n customers: the first 20 spend on travel, the last 10 refuse SMS marketing, and the
     * first was already messaged by SMS this week (at the cap of 1).
     */
    private Population givenSegment(int n) {
        List<String> members = new ArrayList<>();
        List<String> interested = new ArrayList<>();
        List<String> consenting = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            String customer = "C" + UUID.randomUUID().toString().substring(0, 8);
            boolean consents = i < n - Math.min(10, n / 4);
            events.tagsChanged(customer, 1, "consent_marketing_sms", consents, "travel_spend_share", i < 20 ? 0.5 : 0.0);
            members.add(customer);
            if (consents) {
                consenting.add(customer);
                if (i < 20 && i > 0) {
                    interested.add(customer);
                }
            }
        }
        events.send(Topics.MARKETING_FEEDBACK, members.getFirst(), "marketing.feedback", "sms-gateway",
                Map.of("campaignId", "CMP-EARLIER-" + UUID.randomUUID(), "productId", PRODUCT, "action", "IMPRESSION",
                        "channel", "SMS"));
        await().atMost(Duration.ofSeconds(30)).until(() -> known(members) == n && contacts(members.getFirst()) == 1);
        String segmentId = "seg-" + UUID.randomUUID();
        PROFILE.segment(segmentId, members);
        return new Population(segmentId, members.getFirst(), Set.copyOf(interested), Set.copyOf(consenting));
    }

    private String createCampaign(String segmentId, int budget, int holdout) {
        var created = api.post("/api/v1/campaigns", api.token(Role.ANALYST), campaign(segmentId, budget, holdout));
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        assertThat(created.json().get("status").asString()).isEqualTo("SCHEDULED");
        return created.json().get("campaignId").asString();
    }

    private static String campaign(String segmentId, int budget, int holdout) {
        return """
                {"name":"travel season","segmentId":"%s","productIds":["%s"],"channel":"SMS","budget":%d,
                 "holdoutPercent":%d,"attributionDays":14}""".formatted(segmentId, PRODUCT, budget, holdout);
    }

    private JsonNode runCampaign(String campaignId) {
        var started = api.post("/api/v1/jobs/campaign-run", api.token(Role.BATCH), "{\"campaignId\":\"" + campaignId + "\"}");
        assertThat(started.status()).as(started.toString()).isEqualTo(202);
        String path = "/api/v1/jobs/campaign-run/runs/" + started.json().get("runId").asString();
        await().atMost(Duration.ofSeconds(60)).until(() -> !"RUNNING".equals(api.get(path, api.token(Role.OPS)).json()
                .get("status").asString()));
        return api.get(path, api.token(Role.OPS)).json();
    }

    private List<String> holdoutOf(String campaignId) {
        return jdbc.sql("SELECT customer_id FROM campaign_member WHERE campaign_id = :id AND holdout")
                .param("id", campaignId).query(String.class).list();
    }

    private List<String> group(String campaignId, String flag) {
        return jdbc.sql("SELECT customer_id FROM campaign_member WHERE campaign_id = :id AND " + flag + " ORDER BY score DESC, customer_id")
                .param("id", campaignId).query(String.class).list();
    }

    private long known(List<String> customers) {
        return jdbc.sql("SELECT count(*) FROM customer_features WHERE customer_id = ANY(:ids)")
                .param("ids", customers.toArray(String[]::new)).query(Long.class).single();
    }

    private long contacts(String customer) {
        return jdbc.sql("SELECT count(*) FROM contact_event WHERE customer_id = :id").param("id", customer)
                .query(Long.class).single();
    }

    record Population(String segmentId, String capped, Set<String> interestedAndConsenting, Set<String> consenting) {
    }
}
