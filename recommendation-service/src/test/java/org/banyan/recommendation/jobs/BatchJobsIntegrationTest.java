package org.banyan.recommendation.jobs;

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
import java.time.Instant;
import java.util.Map;
import java.util.Random;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The batch side: bulk interaction loads, model training with recorded versions, and the offline
 * evaluation, all triggered through /api/v1/jobs the way a scheduler does.
 */
@BanyanIntegrationTest
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class BatchJobsIntegrationTest {

    static final String IMPORT = "/api/v1/jobs/recommendation-interactions-import";
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
        for (int p = 1; p <= 10; p++) {
            api.post("/api/v1/products", api.token(Role.ADMIN), Products.simple("P" + p, "SAVINGS"));
        }
    }

    @Test
    void bulkLoadedHoldingsAreNeverOfferedAgain() {
        String customer = newCustomer();

        var load = csv(customer + ",P1,HOLDING,2019-05-01\n" + customer + ",P2,VIEW,2026-11-01T08:30:00Z\n"
                + customer + ",P3,2.5,1762000000\n");

        assertThat(load.status()).as(load.toString()).isEqualTo(200);
        assertThat(load.json().get("imported").asLong()).isEqualTo(3);
        var offers = api.get("/api/v1/recommendations?customerId=" + customer + "&channel=MOBILE&limit=20&explain=true",
                api.token(Role.ANALYST)).json();
        assertThat(offers.toString()).doesNotContain("\"productId\":\"P1\",\"productName\"");
        assertThat(offers.get("excluded").toString()).contains("\"productId\":\"P1\",\"filter\":\"ALREADY_HELD\"");
    }

    @Test
    void aBadLineRejectsTheWholeFileAndNamesTheLine() {
        String customer = newCustomer();

        var load = csv(customer + ",P1,HOLDING,2019-05-01\n" + customer + ",P2,LOVE,2019-05-01\n");

        assertThat(load.status()).isEqualTo(400);
        assertThat(load.contentType()).startsWith("application/problem+json");
        assertThat(load.body()).contains("Line 3", "LOVE");
        assertThat(interactionsOf(customer)).isZero();
    }

    @Test
    void unknownProductsAreRefusedUnlessAskedToSkipThem() {
        String customer = newCustomer();
        String body = customer + ",P1,VIEW,2024-01-01\n" + customer + ",NOT-IN-CATALOGUE,VIEW,2024-01-01\n";

        var strict = csv(body);
        var lenient = api.post(IMPORT + "?skipUnknownProducts=true", api.token(Role.BATCH), "text/csv",
                "customer_id,product_id,interaction,timestamp\n" + body);

        assertThat(strict.status()).isEqualTo(400);
        assertThat(strict.body()).contains("NOT-IN-CATALOGUE");
        assertThat(lenient.json().get("imported").asLong()).isEqualTo(1);
        assertThat(lenient.json().get("skippedUnknownProducts").asLong()).isEqualTo(1);
    }

    @Test
    void csvWithoutTheExpectedHeaderIs400() {
        var response = api.post(IMPORT, api.token(Role.BATCH), "text/csv", "a,b,c\n1,2,3\n");

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.body()).contains("customer_id,product_id,interaction,timestamp");
    }

    @Test
    void trainingRecordsACandidateVersionAndAPropensityModelWithItsHoldOutMetrics() {
        givenContactedCustomersWhoseIncomePredictsConversion(200);

        JsonNode run = runJob("recommendation-model-training", "{}", null);

        assertThat(run.get("status").asString()).as(run.toString()).isEqualTo("SUCCEEDED");
        assertThat(run.at("/result/candidates/version").asInt()).isPositive();
        JsonNode model = run.at("/result/propensity/trained/0");
        assertThat(model.get("kind").asString()).isEqualTo("propensity");
        assertThat(model.get("key").asString()).isEqualTo("INSURANCE");
        assertThat(model.get("features").toString()).contains("income_monthly");
        assertThat(model.at("/metrics/auc").asDouble()).isGreaterThan(0.8);
        var versions = api.get("/api/v1/jobs/recommendation-model-training/versions", api.token(Role.OPS));
        assertThat(versions.body()).contains("\"kind\":\"candidates\"", "\"kind\":\"propensity\"");
    }

    @Test
    void offlineEvaluationShowsCollaborativeFilteringBeatingPopularityOnATimeSplit() {
        givenCustomersWithTwoTastes(400);

        JsonNode run = runJob("recommendation-evaluation", "{\"protocol\":\"TIME_SPLIT\",\"k\":5}", null);

        assertThat(run.get("status").asString()).as(run.toString()).isEqualTo("SUCCEEDED");
        JsonNode test = run.at("/result/test");
        assertThat(test.at("/ITEM_CF/customers").asLong()).isPositive();
        assertThat(test.at("/ITEM_CF/ndcg").asDouble()).isGreaterThan(test.at("/MOST_POPULAR/ndcg").asDouble() * 1.2);
        assertThat(test.at("/ITEM_CF/recall").asDouble()).isGreaterThan(test.at("/MOST_POPULAR/recall").asDouble());
    }

    @Test
    void offlineEvaluationAlsoRunsWithThePerCustomerRandomProtocol() {
        givenCustomersWithTwoTastes(100);

        JsonNode run = runJob("recommendation-evaluation", "{\"protocol\":\"RANDOM_80_10_10\"}", null);

        assertThat(run.get("status").asString()).isEqualTo("SUCCEEDED");
        assertThat(run.at("/result/protocol").asString()).isEqualTo("RANDOM_80_10_10");
        assertThat(run.at("/result/interactionsPerPart/test").asLong()).isPositive();
    }

    @Test
    void theSameIdempotencyKeyReturnsTheFirstRun() {
        String key = UUID.randomUUID().toString();

        var first = api.post("/api/v1/jobs/recommendation-evaluation", api.token(Role.BATCH), "{}");
        var keyed = post("recommendation-evaluation", "{}", key);
        var again = post("recommendation-evaluation", "{}", key);

        assertThat(first.status()).isEqualTo(202);
        assertThat(keyed.status()).isEqualTo(202);
        assertThat(again.status()).isEqualTo(200);
        assertThat(again.json().get("runId").asString()).isEqualTo(keyed.json().get("runId").asString());
    }

    @Test
    void badJobParametersAre400AndUnknownJobs404() {
        assertThat(api.post("/api/v1/jobs/recommendation-evaluation", api.token(Role.BATCH), "{\"protocol\":\"GUESS\"}")
                .status()).isEqualTo(400);
        assertThat(api.post("/api/v1/jobs/recommendation-nothing", api.token(Role.BATCH), "{}").status()).isEqualTo(404);
    }

    @Test
    void analystsMayNotTriggerJobs() {
        assertThat(api.post("/api/v1/jobs/recommendation-evaluation", api.token(Role.ANALYST), "{}").status())
                .isEqualTo(403);
    }

    private void givenContactedCustomersWhoseIncomePredictsConversion(int customers) {
        api.post("/api/v1/products", api.token(Role.ADMIN), Products.simple("INS-PROP", "INSURANCE"));
        Events events = new Events(kafka);
        Random random = new Random(1);
        for (int i = 0; i < customers; i++) {
            String customer = newCustomer();
            int income = 3_000 + random.nextInt(30_000);
            events.tagsChanged(customer, 1, "income_monthly", income, "kyc_level", 1 + random.nextInt(3));
            events.send(Topics.MARKETING_FEEDBACK, customer, "marketing.feedback", "sms-gateway",
                    Map.of("campaignId", "CMP-P", "productId", "INS-PROP", "action", "IMPRESSION", "channel", "SMS"));
            if (income > 18_000 ^ random.nextInt(10) == 0) {
                events.send(Topics.MARKETING_FEEDBACK, customer, "marketing.feedback", "sms-gateway",
                        Map.of("campaignId", "CMP-P", "productId", "INS-PROP", "action", "CONVERSION", "channel", "SMS"));
            }
        }
        await().atMost(Duration.ofSeconds(60)).until(() -> jdbc.sql(
                "SELECT count(*) FROM contact_event WHERE campaign_id = 'CMP-P' AND action = 'IMPRESSION'")
                .query(Long.class).single() == customers && jdbc.sql("SELECT count(*) FROM customer_features")
                .query(Long.class).single() >= customers);
    }

    /** Half the customers like P1-P5, half P6-P10; each meets three of their kind, then a fourth later on. */
    private void givenCustomersWithTwoTastes(int customers) {
        Random random = new Random(7);
        StringBuilder rows = new StringBuilder();
        Instant start = Instant.parse("2026-01-01T00:00:00Z");
        for (int c = 0; c < customers; c++) {
            String customer = newCustomer();
            int base = c % 2 == 0 ? 1 : 6;
            for (int step = 0; step < 4; step++) {
                int product = base + (random.nextDouble() < 0.5 ? step : random.nextInt(5));
                Instant at = start.plus(Duration.ofDays(step * 30L + random.nextInt(20)));
                rows.append(customer).append(",P").append(product).append(",VIEW,").append(at).append('\n');
            }
        }
        assertThat(csv(rows.toString()).status()).isEqualTo(200);
    }

    private JsonNode runJob(String job, String params, String key) {
        var started = post(job, params, key);
        assertThat(started.status()).as(started.toString()).isEqualTo(202);
        String runId = started.json().get("runId").asString();
        await().atMost(Duration.ofSeconds(90)).until(() -> !"RUNNING".equals(api.get("/api/v1/jobs/" + job + "/runs/" + runId,
                api.token(Role.OPS)).json().get("status").asString()));
        return api.get("/api/v1/jobs/" + job + "/runs/" + runId, api.token(Role.OPS)).json();
    }

    private Api.Response post(String job, String params, String key) {
        return key == null ? api.post("/api/v1/jobs/" + job, api.token(Role.BATCH), params)
                : api.postWithHeader("/api/v1/jobs/" + job, api.token(Role.BATCH), params, "Idempotency-Key", key);
    }

    private Api.Response csv(String rows) {
        return api.post(IMPORT, api.token(Role.BATCH), "text/csv", "customer_id,product_id,interaction,timestamp\n" + rows);
    }

    private long interactionsOf(String customer) {
        return jdbc.sql("SELECT count(*) FROM interaction WHERE customer_id = :id").param("id", customer)
                .query(Long.class).single();
    }

    private static String newCustomer() {
        return "C" + UUID.randomUUID().toString().substring(0, 8);
    }
}
