package org.banyan.credit.application;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.banyan.common.event.Topics;
import org.banyan.common.security.JwtSettings;
import org.banyan.common.security.Role;
import org.banyan.common.testsupport.BanyanIntegrationTest;
import org.banyan.common.testsupport.KafkaTestClient;
import org.banyan.credit.CreditApi;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Loan applications end to end against PostgreSQL and Kafka: the decision over HTTP, everything stored,
 * the event through the outbox; policy rules, affordability, linked applications, the review queue,
 * idempotency, bad input, access rules, profile tags, and shadow scoring and promotion on live traffic.
 */
@BanyanIntegrationTest
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class CreditDecisioningIntegrationTest {

    private static final String APPLICATIONS = "/api/v1/credit/applications";
    private static final String REVIEWS = "/api/v1/credit/reviews";
    private static final String MODELS = "/api/v1/credit/models";
    private static KafkaTestClient kafka;

    @LocalServerPort
    int port;

    @Autowired
    JwtSettings jwtSettings;

    @Autowired
    JsonMapper json;

    @Autowired
    JdbcClient jdbc;

    CreditApi api;
    String frontline;
    String admin;

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
        api = new CreditApi(port, jwtSettings, json);
        frontline = api.token(Role.FRONTLINE);
        admin = api.token(Role.ADMIN);
        await().atMost(Duration.ofSeconds(120)).pollInterval(Duration.ofMillis(250)).until(() ->
                jdbc.sql("SELECT count(*) FROM model_version WHERE status = 'CHAMPION'").query(Long.class).single() == 1);
    }

    // --- the decision, stored and published ---

    @Test
    void strongApplicantIsApprovedAndTheDecisionGoesOutThroughTheOutbox() {
        String customer = customerWithCleanBureauFile();

        CreditApi.Response response = apply(strongApplication(customer), frontline);

        assertThat(response.status()).as(response.body()).isEqualTo(201);
        JsonNode decision = response.json();
        assertThat(decision.get("decision").asString()).isEqualTo("APPROVE");
        assertThat(decision.get("approvedAmount").decimalValue()).isEqualByComparingTo("2500");
        assertThat(decision.get("interestRate").decimalValue()).isPositive();
        assertThat(decision.get("monthlyInstallment").decimalValue()).isBetween(
                new java.math.BigDecimal("200"), new java.math.BigDecimal("230"));
        assertThat(decision.get("score").asInt()).isGreaterThanOrEqualTo(530);
        assertThat(decision.get("modelVersion").asString()).startsWith("german-credit-");
        assertThat(decision.get("reasons").size()).isLessThanOrEqualTo(4);
        assertThat(response.header("Location")).endsWith(decision.get("applicationId").asString());

        String applicationId = decision.get("applicationId").asString();
        ConsumerRecord<String, String> event = decisionEvents(applicationId, 1).getFirst();
        assertThat(event.key()).isEqualTo(customer);
        assertThat(event.value()).contains("\"type\":\"credit.decision-made\"", "\"decision\":\"APPROVE\"",
                "\"manual\":false", "\"decisionId\":\"" + decision.get("decisionId").asString() + "\"");
        Map<String, Object> stored = jdbc.sql("SELECT decision, model_version, rule_set_version, features::text AS f, "
                + "explanation::text AS e FROM credit_application WHERE application_id = :id")
                .param("id", UUID.fromString(applicationId)).query().singleRow();
        assertThat(stored).containsEntry("decision", "APPROVE").containsEntry("rule_set_version", 1);
        assertThat((String) stored.get("f")).contains("\"term_months\": 12", "\"credit_history\": \"PAID_DULY\"");
        assertThat((String) stored.get("e")).contains("\"contributions\"", "\"bias\"");
    }

    @Test
    void storedApplicationShowsItsFeaturesAndExplanationToStaffButNotToTheApp() {
        String customer = customerWithCleanBureauFile();
        String applicationId = apply(strongApplication(customer), frontline).json().get("applicationId").asString();

        JsonNode staffView = api.get(APPLICATIONS + "/" + applicationId, api.token(Role.ANALYST)).json();
        JsonNode appView = api.get(APPLICATIONS + "/" + applicationId, api.appToken(customer)).json();

        assertThat(staffView.at("/automaticDecision/applicationId").asString()).isEqualTo(applicationId);
        assertThat(staffView.at("/features/purpose").asString()).isEqualTo("CAR_USED");
        assertThat(staffView.at("/explanation/contributions").size()).isGreaterThan(10);
        assertThat(appView.at("/automaticDecision/decision").asString()).isEqualTo("APPROVE");
        assertThat(appView.get("features").isNull()).isTrue();
    }

    @Test
    void minorIsDeclinedByPolicyWithTheRulesReasonFirst() {
        ObjectNode application = strongApplication(customerWithCleanBureauFile());
        application.put("birthDate", java.time.LocalDate.now().minusYears(17).toString());

        JsonNode decision = apply(application, frontline).json();

        assertThat(decision.get("decision").asString()).isEqualTo("DECLINE");
        assertThat(decision.at("/reasons/0/code").asString()).isEqualTo("P01");
        assertThat(decision.at("/reasons/0/text").asString()).contains("minimum age");
        assertThat(decision.get("rulesFired").toString()).contains("\"code\":\"MIN_AGE\"", "\"action\":\"DECLINE\"");
        assertThat(decision.get("approvedAmount").isNull()).isTrue();
    }

    @Test
    void amountBeyondAffordabilityIsReducedToWhatIncomeAllows() {
        ObjectNode application = strongApplication(customerWithCleanBureauFile());
        application.put("amount", 4000).put("monthlyIncome", 700);

        JsonNode decision = apply(application, frontline).json();

        assertThat(decision.get("decision").asString()).as(decision.toString()).isEqualTo("APPROVE");
        assertThat(decision.get("approvedAmount").decimalValue()).isLessThan(new java.math.BigDecimal("4000"))
                .isGreaterThan(new java.math.BigDecimal("3000"));
        assertThat(decision.get("monthlyInstallment").decimalValue())
                .isLessThanOrEqualTo(new java.math.BigDecimal("315.00"));
        assertThat(decision.at("/reasons/0/code").asString()).isEqualTo("R22");
    }

    @Test
    void blockedCustomerIsDeclined() {
        String customer = customerWithCleanBureauFile();
        assertThat(api.put("/api/v1/credit/rules/blocked-customers/" + customer, admin, "{\"reason\": \"fraud case 77\"}")
                .status()).isEqualTo(204);

        JsonNode decision = apply(strongApplication(customer), frontline).json();

        assertThat(decision.get("decision").asString()).isEqualTo("DECLINE");
        assertThat(decision.at("/reasons/0/code").asString()).isEqualTo("P02");
    }

    @Test
    void bureauSnapshotLoadsAsCsvAndRepeatedDelinquencyDeclines() {
        String delinquent = "C" + UUID.randomUUID().toString().substring(0, 8);
        String clean = "C" + UUID.randomUUID().toString().substring(0, 8);
        CreditApi.Response loaded = api.postCsv("/api/v1/credit/bureau/files", admin, """
                customer_id,delinquencies_24m,inquiries_6m,external_loans,external_debt_monthly,oldest_account_months
                %s,4,2,1,350.00,80
                %s,0,0,0,0.00,36
                """.formatted(delinquent, clean));

        assertThat(loaded.status()).as(loaded.body()).isEqualTo(200);
        assertThat(loaded.json().get("files").asInt()).isEqualTo(2);
        JsonNode decision = apply(strongApplication(delinquent), frontline).json();
        assertThat(decision.get("decision").asString()).isEqualTo("DECLINE");
        assertThat(decision.get("rulesFired").toString()).contains("BUREAU_DELINQUENT");
    }

    @Test
    void bureauSnapshotWithBadCellsLoadsNothingAndNamesEachCell() {
        String customer = "C" + UUID.randomUUID().toString().substring(0, 8);

        CreditApi.Response response = api.postCsv("/api/v1/credit/bureau/files", admin, """
                customer_id,delinquencies_24m,inquiries_6m,external_loans,external_debt_monthly,oldest_account_months
                %s,0,0,0,0.00,36
                C-neg,-1,0,0,0.00,36
                C-text,0,lots,0,0.00,36
                """.formatted(customer));

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.body()).contains("row 2.delinquencies24m", "\"field\":\"row 3\"");
        assertThat(api.get("/api/v1/credit/bureau/files/" + customer, admin).json().get("hit").asBoolean()).isFalse();
    }

    // --- linked applications and the review queue ---

    @Test
    void applicationSharingAPhoneWithTwoOtherCustomersIsReferredAndAnAnalystDecidesIt() {
        String phone = "+86 139 " + (1000_0000 + new java.util.Random().nextInt(8999_9999));
        apply(strongApplication(customerWithCleanBureauFile()).put("phone", phone), frontline);
        apply(strongApplication(customerWithCleanBureauFile()).put("phone", phone.replace(" ", "")), frontline);
        String customer = customerWithCleanBureauFile();

        JsonNode referred = apply(strongApplication(customer).put("phone", phone), frontline).json();

        assertThat(referred.get("decision").asString()).as(referred.toString()).isEqualTo("REFER");
        assertThat(referred.get("rulesFired").toString()).contains("LINKED_GROUP");
        assertThat(referred.at("/reasons/0/code").asString()).isEqualTo("P08");
        String applicationId = referred.get("applicationId").asString();
        JsonNode queue = api.get(REVIEWS + "?status=OPEN&limit=500", api.token(Role.ANALYST)).json();
        assertThat(queue.get("items").toString()).contains(applicationId);

        CreditApi.Response decided = api.post(REVIEWS + "/" + applicationId + "/decision", api.token(Role.ANALYST),
                "{\"decision\": \"APPROVE\", \"comment\": \"Flatmates, verified by phone\", \"approvedAmount\": 2000}");

        assertThat(decided.status()).as(decided.body()).isEqualTo(200);
        assertThat(decided.json().at("/manualDecision/approvedAmount").decimalValue()).isEqualByComparingTo("2000");
        List<ConsumerRecord<String, String>> events = decisionEvents(applicationId, 2);
        assertThat(events.get(0).value()).contains("\"decision\":\"REFER\"", "\"manual\":false");
        assertThat(events.get(1).value()).contains("\"decision\":\"APPROVE\"", "\"manual\":true", "\"approvedAmount\":2000");
        JsonNode stored = api.get(APPLICATIONS + "/" + applicationId, admin).json();
        assertThat(stored.at("/automaticDecision/decision").asString()).isEqualTo("REFER");
        assertThat(stored.at("/manualDecision/decision").asString()).isEqualTo("APPROVE");
        assertThat(stored.at("/manualDecision/comment").asString()).isEqualTo("Flatmates, verified by phone");
        assertThat(stored.get("reviewStatus").asString()).isEqualTo("DECIDED");
    }

    @Test
    void referralCanBeDecidedOnlyOnceAndOnlyByReviewers() {
        String applicationId = referredApplication();

        assertThat(api.post(REVIEWS + "/" + applicationId + "/decision", frontline,
                "{\"decision\": \"APPROVE\", \"comment\": \"ok\"}").status()).isEqualTo(403);
        assertThat(api.post(REVIEWS + "/" + applicationId + "/decision", api.token(Role.ANALYST),
                "{\"decision\": \"DECLINE\", \"comment\": \"ring\"}").status()).isEqualTo(200);
        CreditApi.Response again = api.post(REVIEWS + "/" + applicationId + "/decision", admin,
                "{\"decision\": \"APPROVE\", \"comment\": \"overrule\"}");
        assertThat(again.status()).isEqualTo(409);
        assertThat(again.body()).contains("\"code\":\"CONFLICT\"");
    }

    @Test
    void reviewDecisionNeedsACommentAndCannotReferAgain() {
        String applicationId = referredApplication();

        CreditApi.Response response = api.post(REVIEWS + "/" + applicationId + "/decision", api.token(Role.ANALYST),
                "{\"decision\": \"REFER\", \"approvedAmount\": -1}");

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.body()).contains("\"field\":\"comment\"", "\"field\":\"decision\"",
                "\"field\":\"approvedAmount\"");
    }

    // --- idempotency ---

    @Test
    void sameIdempotencyKeyReturnsTheFirstDecisionAndStoresOneApplication() {
        String customer = customerWithCleanBureauFile();
        Map<String, String> key = Map.of("Idempotency-Key", "apply-" + UUID.randomUUID());
        String body = strongApplication(customer).toString();

        CreditApi.Response first = api.post(APPLICATIONS, frontline, body, key);
        CreditApi.Response second = api.post(APPLICATIONS, frontline, body, key);

        assertThat(second.status()).isEqualTo(201);
        assertThat(second.json().get("applicationId")).isEqualTo(first.json().get("applicationId"));
        assertThat(second.json().get("decisionId")).isEqualTo(first.json().get("decisionId"));
        assertThat(first.header("Idempotent-Replayed")).isEqualTo("false");
        assertThat(second.header("Idempotent-Replayed")).isEqualTo("true");
        assertThat(jdbc.sql("SELECT count(*) FROM credit_application WHERE customer_id = :c").param("c", customer)
                .query(Long.class).single()).isEqualTo(1);
    }

    @Test
    void idempotencyKeyReusedForADifferentApplicationIsAConflict() {
        String customer = customerWithCleanBureauFile();
        Map<String, String> key = Map.of("Idempotency-Key", "apply-" + UUID.randomUUID());
        api.post(APPLICATIONS, frontline, strongApplication(customer).toString(), key);

        CreditApi.Response other = api.post(APPLICATIONS, frontline,
                strongApplication(customer).put("amount", 3000).toString(), key);

        assertThat(other.status()).isEqualTo(409);
        assertThat(other.body()).contains("\"code\":\"CONFLICT\"", "Idempotency-Key");
    }

    // --- bad input ---

    @Test
    void everyBadFieldIsNamedInOne400Problem() {
        ObjectNode application = strongApplication("C-bad");
        application.remove("customerId");
        application.put("amount", -5).put("termMonths", "twelve").put("purpose", "YACHT")
                .put("birthDate", "yesterday").put("dependents", 99).put("housing", 3);

        CreditApi.Response response = apply(application, frontline);

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.header("Content-Type")).isEqualTo("application/problem+json");
        JsonNode problem = response.json();
        assertThat(problem.get("code").asString()).isEqualTo("VALIDATION_FAILED");
        assertThat(problem.get("errors").findValuesAsString("field")).containsExactlyInAnyOrder(
                "amount", "birthDate", "customerId", "dependents", "housing", "purpose", "termMonths");
        assertThat(problem.get("errors").toString()).contains("CAR_NEW", "a whole number", "a date (YYYY-MM-DD)");
    }

    @Test
    void absurdAmountIsRefused() {
        CreditApi.Response response = apply(strongApplication("C-absurd").put("amount", 1e12), frontline);

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.body()).contains("\"field\":\"amount\"");
    }

    @Test
    void bodyThatIsNotJsonIsAMalformedRequest() {
        CreditApi.Response response = api.post(APPLICATIONS, frontline, "{\"amount\": ");

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.body()).contains("\"code\":\"MALFORMED_REQUEST\"");
    }

    // --- who may apply ---

    @Test
    void appTokenAppliesOnlyForItsOwnCustomer() {
        String customer = customerWithCleanBureauFile();

        assertThat(apply(strongApplication(customer), api.appToken(customer)).status()).isEqualTo(201);
        CreditApi.Response foreign = apply(strongApplication("C-someone-else"), api.appToken(customer));
        assertThat(foreign.status()).isEqualTo(403);
        assertThat(jdbc.sql("SELECT count(*) FROM credit_application WHERE customer_id = 'C-someone-else'")
                .query(Long.class).single()).isZero();
    }

    @Test
    void analystMayReadButNotApply() {
        assertThat(apply(strongApplication("C-analyst"), api.token(Role.ANALYST)).status()).isEqualTo(403);
        assertThat(apply(strongApplication("C-anon"), null).status()).isEqualTo(401);
    }

    // --- features from other services ---

    @Test
    void profileTagsBecomeFeaturesButProtectedOnesAreNeverKept() {
        String customer = customerWithCleanBureauFile();
        kafka.send(Topics.TAG_CHANGES, customer, """
                {"eventId":"%s","type":"profile.tags-changed","version":1,"occurredAt":"2026-11-20T08:00:00Z",
                 "producer":"profile-service","customerId":"%s",
                 "payload":{"profileVersion":3,"changes":[{"tag":"city_tier","oldValue":null,"newValue":2},
                   {"tag":"gender","oldValue":null,"newValue":"FEMALE"},
                   {"tag":"marital_status","oldValue":null,"newValue":"MARRIED"}]}}
                """.formatted(UUID.randomUUID(), customer));
        await().atMost(Duration.ofSeconds(30)).until(() -> jdbc.sql(
                "SELECT count(*) FROM customer_tag WHERE customer_id = :c").param("c", customer).query(Long.class).single() == 1);

        String applicationId = apply(strongApplication(customer), frontline).json().get("applicationId").asString();

        JsonNode features = api.get(APPLICATIONS + "/" + applicationId, admin).json().get("features");
        assertThat(features.at("/tags/city_tier").asDouble()).isEqualTo(2.0);
        assertThat(features.toString()).doesNotContain("gender", "FEMALE", "marital_status");
    }

    @Test
    void customerWhoDefaultedHereIsDeclined() {
        String customer = customerWithCleanBureauFile();
        kafka.send(Topics.LOAN_EVENTS, customer, """
                {"eventId":"%s","type":"loan.event","version":1,"occurredAt":"2026-11-20T08:00:00Z",
                 "producer":"core-lending","customerId":"%s",
                 "payload":{"loanId":"L-%s","eventType":"CHARGED_OFF","productType":"PERSONAL_LOAN","amount":1200.00,
                   "daysPastDue":120,"outstanding":1200.00}}
                """.formatted(UUID.randomUUID(), customer, customer));
        await().atMost(Duration.ofSeconds(30)).until(() -> jdbc.sql(
                "SELECT count(*) FROM customer_credit_history WHERE customer_id = :c AND defaulted")
                .param("c", customer).query(Long.class).single() == 1);

        JsonNode decision = apply(strongApplication(customer), frontline).json();

        assertThat(decision.get("decision").asString()).isEqualTo("DECLINE");
        assertThat(decision.get("rulesFired").toString()).contains("PREVIOUS_DEFAULT");
    }

    // --- policy rules as data ---

    @Test
    void ruleAddedByAdminAppliesToTheNextApplicationUnderANewRuleSetVersion() {
        JsonNode current = api.get("/api/v1/credit/rules", admin).json();
        ObjectNode update = json.createObjectNode();
        update.put("basedOnVersion", current.get("version").asInt()).put("comment", "review round amounts");
        var rules = update.putArray("rules");
        current.get("rules").forEach(rules::add);
        rules.addObject().put("code", "ODD_AMOUNT").put("description", "amounts of exactly 2345.67")
                .put("expression", "amount == 2345.67 and tags['city_tier'] == null").put("action", "REFER")
                .put("reasonCode", "P50").put("reasonText", "The amount needs a check");

        CreditApi.Response saved = api.put("/api/v1/credit/rules", admin, update.toString());

        assertThat(saved.status()).as(saved.body()).isEqualTo(200);
        int version = saved.json().get("version").asInt();
        assertThat(version).isEqualTo(current.get("version").asInt() + 1);
        JsonNode decision = apply(strongApplication(customerWithCleanBureauFile()).put("amount", 2345.67), frontline).json();
        assertThat(decision.get("decision").asString()).isEqualTo("REFER");
        assertThat(decision.get("ruleSetVersion").asInt()).isEqualTo(version);
        assertThat(decision.at("/reasons/0/code").asString()).isEqualTo("P50");
    }

    @Test
    void unsafeOrProtectedRuleExpressionsAreRefusedEachNamed() {
        JsonNode current = api.get("/api/v1/credit/rules", admin).json();
        String body = """
                {"basedOnVersion": %d, "rules": [
                  {"code": "A1", "description": "d", "expression": "T(java.lang.Runtime).getRuntime().exec('id')",
                   "action": "DECLINE", "reasonCode": "P90", "reasonText": "t"},
                  {"code": "A2", "description": "d", "expression": "tags['gender'] == 'FEMALE'",
                   "action": "DECLINE", "reasonCode": "P91", "reasonText": "t"},
                  {"code": "A3", "description": "d", "expression": "new java.io.File('/etc/passwd').exists()",
                   "action": "REFER", "reasonCode": "P92", "reasonText": "t"},
                  {"code": "A4", "description": "d", "expression": "amount >", "action": "REFER",
                   "reasonCode": "P93", "reasonText": "t"},
                  {"code": "A5", "description": "d", "expression": "nationality != 'DE'", "action": "SHRUG",
                   "reasonCode": "P94", "reasonText": "t"}]}""".formatted(current.get("version").asInt());

        CreditApi.Response response = api.put("/api/v1/credit/rules", admin, body);

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.body()).contains("rules[0].expression", "type references", "rules[1].expression",
                "'gender' is a protected attribute", "rules[2].expression", "rules[3].expression", "does not parse",
                "rules[4].action");
        assertThat(api.get("/api/v1/credit/rules", admin).json().get("version")).isEqualTo(current.get("version"));
    }

    @Test
    void ruleEditBasedOnAStaleVersionIsAConflictAndOnlyAdminEdits() {
        JsonNode current = api.get("/api/v1/credit/rules", api.token(Role.ANALYST)).json();
        String body = "{\"basedOnVersion\": %d, \"rules\": %s}".formatted(current.get("version").asInt() - 1,
                current.get("rules").toString());

        assertThat(api.put("/api/v1/credit/rules", admin, body).status()).isEqualTo(409);
        assertThat(api.put("/api/v1/credit/rules", api.token(Role.ANALYST), body).status()).isEqualTo(403);
    }

    // --- shadow scoring and promotion on live applications ---

    @Test
    void shadowChallengerScoresLiveApplicationsWithoutDecidingAndPromotionSwitchesTheNextDecision() {
        String champion = api.get(MODELS, admin).json().findValues("version").stream()
                .map(JsonNode::asString).filter(v -> isChampion(v)).findFirst().orElseThrow();
        String challenger = trainGermanChallenger();
        assertThat(api.put(MODELS + "/" + challenger + "/shadow", admin, "{\"enabled\": true}").status()).isEqualTo(200);

        JsonNode decided = apply(strongApplication(customerWithCleanBureauFile()), frontline).json();

        assertThat(decided.get("modelVersion").asString()).isEqualTo(champion);
        JsonNode comparison = api.get(MODELS + "/" + challenger + "/shadow-comparison", api.token(Role.ANALYST)).json();
        assertThat(comparison.get("applications").asLong()).isGreaterThanOrEqualTo(1);
        assertThat(comparison.get("meanPd").asDouble()).isBetween(0.0, 1.0);
        assertThat(jdbc.sql("SELECT count(*) FROM shadow_score WHERE application_id = :id AND model_version = :v")
                .param("id", UUID.fromString(decided.get("applicationId").asString())).param("v", challenger)
                .query(Long.class).single()).isEqualTo(1);

        assertThat(api.post(MODELS + "/" + challenger + "/promote", admin, null).status()).isEqualTo(200);
        JsonNode afterPromotion = apply(strongApplication(customerWithCleanBureauFile()), frontline).json();
        assertThat(afterPromotion.get("modelVersion").asString()).isEqualTo(challenger);

        assertThat(api.post(MODELS + "/rollback", admin, null).status()).isEqualTo(200);
        JsonNode afterRollback = apply(strongApplication(customerWithCleanBureauFile()), frontline).json();
        assertThat(afterRollback.get("modelVersion").asString()).isEqualTo(champion);
    }

    // --- helpers ---

    private boolean isChampion(String version) {
        return "CHAMPION".equals(api.get(MODELS + "/" + version, admin).json().get("status").asString());
    }

    private String trainGermanChallenger() {
        JsonNode job = api.post("/api/v1/jobs/credit-model-training", admin, """
                {"modelName": "german-challenger", "dataset": "german-credit",
                 "params": {"maxDepth": 2, "eta": 0.1}, "validation": {"folds": 3}}""").json();
        AtomicReference<JsonNode> done = new AtomicReference<>();
        await().atMost(Duration.ofSeconds(120)).pollInterval(Duration.ofMillis(250)).until(() -> {
            done.set(api.get("/api/v1/jobs/credit-model-training/" + job.get("jobId").asString(), admin).json());
            return !done.get().get("status").asString().matches("QUEUED|RUNNING");
        });
        assertThat(done.get().get("status").asString()).as(done.get().toString()).isEqualTo("SUCCEEDED");
        return done.get().get("modelVersion").asString();
    }

    private String referredApplication() {
        String address = "Flat " + UUID.randomUUID() + ", 1 Harbour Road";
        apply(strongApplication(customerWithCleanBureauFile()).put("address", address), frontline);
        apply(strongApplication(customerWithCleanBureauFile()).put("address", address.toUpperCase()), frontline);
        JsonNode referred = apply(strongApplication(customerWithCleanBureauFile()).put("address", address), frontline).json();
        assertThat(referred.get("decision").asString()).as(referred.toString()).isEqualTo("REFER");
        return referred.get("applicationId").asString();
    }

    private List<ConsumerRecord<String, String>> decisionEvents(String applicationId, int count) {
        List<ConsumerRecord<String, String>> events = kafka.await(Topics.CREDIT_DECISIONS,
                r -> r.value().contains("\"applicationId\":\"" + applicationId + "\""), count, Duration.ofSeconds(30));
        assertThat(events).hasSize(count);
        return events;
    }

    private CreditApi.Response apply(ObjectNode application, String token) {
        return api.post(APPLICATIONS, token, application.toString());
    }

    private String customerWithCleanBureauFile() {
        String customer = "C" + UUID.randomUUID().toString().substring(0, 8);
        CreditApi.Response filed = api.put("/api/v1/credit/bureau/files/" + customer, admin, """
                {"delinquencies24m": 0, "inquiries6m": 1, "externalLoans": 0, "externalDebtMonthly": 0,
                 "oldestAccountMonths": 120}""");
        assertThat(filed.status()).as(filed.body()).isEqualTo(200);
        return customer;
    }

    /** A strong applicant by the German champion: short small loan for a used car, long employment, own home. */
    private ObjectNode strongApplication(String customerId) {
        ObjectNode a = json.createObjectNode();
        a.put("customerId", customerId).put("amount", 2500).put("termMonths", 12).put("purpose", "CAR_USED")
                .put("monthlyIncome", 4200).put("monthlyDebtPayments", 0).put("employmentStatus", "EMPLOYED")
                .put("employmentYears", 12).put("housing", "OWN").put("residenceYears", 6)
                .put("birthDate", java.time.LocalDate.now().minusYears(45).toString()).put("dependents", 1)
                .put("existingCredits", 0).put("property", "REAL_ESTATE").put("job", "SKILLED")
                .put("channel", "BRANCH");
        return a;
    }
}
