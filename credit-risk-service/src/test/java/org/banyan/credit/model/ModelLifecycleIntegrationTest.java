package org.banyan.credit.model;

import org.banyan.common.security.JwtSettings;
import org.banyan.common.security.Role;
import org.banyan.common.testsupport.BanyanIntegrationTest;
import org.banyan.credit.CreditApi;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The model lifecycle through the API, against PostgreSQL: the champion trained at first start, training
 * jobs from uploads and tables, every way a training file can fail (leaving the registry untouched), and
 * promotion, rollback and shadow switching by ADMIN only.
 */
@BanyanIntegrationTest
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ModelLifecycleIntegrationTest {

    private static final String JOBS = "/api/v1/jobs/credit-model-training";
    private static final String MODELS = "/api/v1/credit/models";

    @LocalServerPort
    int port;

    @Autowired
    JwtSettings jwtSettings;

    @Autowired
    JsonMapper json;

    @Autowired
    JdbcClient jdbc;

    CreditApi api;
    String admin;

    @BeforeEach
    void setUp() {
        api = new CreditApi(port, jwtSettings, json);
        admin = api.token(Role.ADMIN);
    }

    @Test
    void championIsTrainedOnGermanCreditAtFirstStartThroughTheTrainingJob() {
        JsonNode champion = awaitChampion();

        assertThat(champion.get("version").asString()).startsWith("german-credit-");
        assertThat(champion.get("auc").asDouble()).isGreaterThanOrEqualTo(0.78);
        assertThat(champion.get("method").asString()).contains("5-fold");
        JsonNode details = api.get(MODELS + "/" + champion.get("version").asString(), api.token(Role.ANALYST)).json();
        assertThat(details.at("/metrics/fairness/personal_status/groups")).hasSizeGreaterThanOrEqualTo(4);
        assertThat(details.at("/featureSpec/groupColumns").toString()).contains("personal_status", "foreign_worker");
        assertThat(details.at("/featureSpec/features").toString()).doesNotContain("personal_status", "\"sex\"");
    }

    @Test
    void uploadedCsvTrainsAChallengerWithHoldOutMetrics() {
        awaitChampion();
        String name = uniqueName();

        JsonNode job = submitUpload(name, syntheticCsv(600, 1), """
                "validation": {"method": "HOLDOUT", "testFraction": 0.25, "validationFraction": 0.2}""");
        JsonNode done = awaitJob(job.get("jobId").asString());

        assertThat(done.get("status").asString()).as(done.toString()).isEqualTo("SUCCEEDED");
        JsonNode model = api.get(MODELS + "/" + done.get("modelVersion").asString(), admin).json();
        assertThat(model.get("status").asString()).isEqualTo("CHALLENGER");
        assertThat(model.at("/metrics/method").asString()).contains("hold-out");
        assertThat(model.at("/metrics/auc").asDouble()).isGreaterThan(0.6);
        assertThat(model.at("/metrics/fairness/gender/groups")).hasSize(2);
        assertThat(model.at("/metrics/calibration")).hasSize(10);
    }

    @Test
    void tableInTrainingSchemaTrainsAModel() {
        jdbc.sql("CREATE TABLE training_data.loans_2026 (amount NUMERIC, term_months INT, purpose TEXT, "
                + "bureau_delinquencies_24m INT, gender TEXT, bad INT)").update();
        String[] lines = new String(syntheticCsv(400, 2), StandardCharsets.UTF_8).split("\n");
        for (int i = 1; i < lines.length; i++) {
            String[] f = lines[i].split(",");
            jdbc.sql("INSERT INTO training_data.loans_2026 VALUES (:a, :t, :p, :d, :g, :b)")
                    .params(Map.of("a", Double.parseDouble(f[0]), "t", Integer.parseInt(f[1]), "p", f[2],
                            "d", Integer.parseInt(f[3]), "g", f[4], "b", Integer.parseInt(f[5])))
                    .update();
        }

        JsonNode job = api.post(JOBS, api.token(Role.BATCH), """
                {"modelName": "%s", "table": "loans_2026", "featureSpec": %s,
                 "validation": {"method": "KFOLD", "folds": 3}}""".formatted(uniqueName(), SPEC)).json();

        assertThat(awaitJob(job.get("jobId").asString()).get("status").asString()).isEqualTo("SUCCEEDED");
    }

    @Test
    void trainingFileWithoutTheLabelColumnFailsWithBadHeader() {
        String csv = "amount,term_months,purpose,bureau_delinquencies_24m,gender,outcome\n1000,12,CAR_NEW,0,MALE,1\n";

        assertJobFails(csv, "bad header", "'bad'");
    }

    @Test
    void trainingFileWithATextInANumericColumnFailsNamingColumnAndRow() {
        String csv = new String(syntheticCsv(300, 3), StandardCharsets.UTF_8).replaceFirst("\n(\\d+\\.\\d+),", "\nlots,");

        assertJobFails(csv, "non-numeric value 'lots'", "column 'amount'", "row 1");
    }

    @Test
    void trainingFileWithOneClassOnlyFails() {
        String csv = new String(syntheticCsv(300, 4), StandardCharsets.UTF_8).replaceAll(",1\n", ",0\n");

        assertJobFails(csv, "one class only");
    }

    @Test
    void trainingFileWithTooFewRowsFails() {
        assertJobFails(new String(syntheticCsv(40, 5), StandardCharsets.UTF_8), "too few rows: 40");
    }

    @Test
    void trainingFileWithRaggedRowsFails() {
        String csv = new String(syntheticCsv(300, 6), StandardCharsets.UTF_8) + "1000,12\n";

        assertJobFails(csv, "fields, the header has 6");
    }

    @Test
    void protectedAttributeAsAFeatureIsRefusedBeforeAnyJobStarts() {
        String spec = SPEC.replace("\"groupColumns\": [\"gender\"]", "\"groupColumns\": []")
                .replace("{\"name\": \"purpose\"", "{\"name\": \"gender\", \"type\": \"CATEGORICAL\"}, {\"name\": \"purpose\"");

        CreditApi.Response response = api.postMultipart(JOBS, admin,
                "{\"modelName\": \"%s\", \"featureSpec\": %s}".formatted(uniqueName(), spec), "loans.csv",
                syntheticCsv(300, 7));

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.body()).contains("\"field\":\"featureSpec\"", "'gender' is a protected attribute");
    }

    @Test
    void jobRequestWithSeveralMistakesNamesEachField() {
        CreditApi.Response response = api.post(JOBS, admin, """
                {"modelName": "Bad Name!", "dataset": "german-credit", "params": {"eta": 7, "maxDepth": "deep"},
                 "validation": {"method": "BOOTSTRAP"}}""");

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.body()).contains("\"code\":\"VALIDATION_FAILED\"", "\"field\":\"modelName\"",
                "\"field\":\"params.maxDepth\"", "\"field\":\"validation.method\"", "KFOLD");
    }

    @Test
    void sameIdempotencyKeyReturnsTheSameJob() {
        String body = "{\"modelName\": \"%s\", \"dataset\": \"german-credit\", \"validation\": {\"folds\": 2}}"
                .formatted(uniqueName());
        Map<String, String> key = Map.of("Idempotency-Key", "job-" + UUID.randomUUID());

        JsonNode first = api.post(JOBS, admin, body, key).json();
        JsonNode second = api.post(JOBS, admin, body, key).json();

        assertThat(second.get("jobId")).isEqualTo(first.get("jobId"));
        awaitJob(first.get("jobId").asString());
    }

    @Test
    void promotionReplacesTheChampionAndRollbackReinstatesIt() {
        String original = awaitChampion().get("version").asString();
        String challenger = trainedChallenger();

        CreditApi.Response promoted = api.post(MODELS + "/" + challenger + "/promote", admin, "{\"reason\": \"better KS\"}");

        assertThat(promoted.status()).as(promoted.body()).isEqualTo(200);
        assertThat(champion().get("version").asString()).isEqualTo(challenger);
        assertThat(api.get(MODELS + "/" + original, admin).json().get("status").asString()).isEqualTo("RETIRED");

        CreditApi.Response rolledBack = api.post(MODELS + "/rollback", admin, "{\"reason\": \"drift\"}");

        assertThat(rolledBack.status()).as(rolledBack.body()).isEqualTo(200);
        assertThat(champion().get("version").asString()).isEqualTo(original);
        assertThat(api.get(MODELS + "/" + challenger, admin).json().get("status").asString()).isEqualTo("RETIRED");
        assertThat(api.get(MODELS + "/promotions", admin).body()).contains("\"action\":\"ROLLBACK\"", "drift");
    }

    @Test
    void rollbackWithoutAnEarlierChampionIsAConflict() {
        awaitChampion();
        if (!api.get(MODELS + "/promotions", admin).json().get(0).get("replacedVersion").isNull()) {
            return; // another test promoted first; its own assertions cover rollback
        }

        CreditApi.Response response = api.post(MODELS + "/rollback", admin, null);

        assertThat(response.status()).isEqualTo(409);
        assertThat(response.body()).contains("\"code\":\"CONFLICT\"");
    }

    @Test
    void onlyAdminChangesTheRegistry() {
        String challenger = trainedChallenger();

        assertThat(api.post(MODELS + "/" + challenger + "/promote", api.token(Role.ANALYST), null).status()).isEqualTo(403);
        assertThat(api.put(MODELS + "/" + challenger + "/shadow", api.token(Role.ANALYST), "{\"enabled\":true}").status())
                .isEqualTo(403);
        assertThat(api.get(MODELS, api.token(Role.ANALYST)).status()).isEqualTo(200);
        assertThat(api.post(JOBS, api.token(Role.BATCH), "{\"modelName\": \"x\", \"dataset\": \"german-credit\", \"promote\": true}")
                .status()).isEqualTo(403);
    }

    @Test
    void onlyAChallengerCanScoreInShadow() {
        String champion = awaitChampion().get("version").asString();
        String challenger = trainedChallenger();

        CreditApi.Response on = api.put(MODELS + "/" + challenger + "/shadow", admin, "{\"enabled\": true}");
        CreditApi.Response onChampion = api.put(MODELS + "/" + champion + "/shadow", admin, "{\"enabled\": true}");

        assertThat(on.status()).isEqualTo(200);
        assertThat(on.json().get("shadow").asBoolean()).isTrue();
        assertThat(onChampion.status()).isEqualTo(409);
        api.put(MODELS + "/" + challenger + "/shadow", admin, "{\"enabled\": false}");
    }

    private static final String SPEC = """
            {"label": "bad", "features": [{"name": "amount", "type": "NUMERIC"},
              {"name": "term_months", "type": "NUMERIC", "monotone": 1},
              {"name": "purpose", "type": "CATEGORICAL"},
              {"name": "bureau_delinquencies_24m", "type": "NUMERIC", "monotone": 1}],
             "groupColumns": ["gender"]}""";

    /** Applications whose default depends on term, delinquencies and purpose, with a protected column aside. */
    static byte[] syntheticCsv(int rows, long seed) {
        Random random = new Random(seed);
        String[] purposes = {"CAR_NEW", "CAR_USED", "FURNITURE", "EDUCATION", "BUSINESS"};
        StringBuilder csv = new StringBuilder("amount,term_months,purpose,bureau_delinquencies_24m,gender,bad\n");
        for (int i = 0; i < rows; i++) {
            double amount = 500 + random.nextInt(20_000);
            int term = 6 + random.nextInt(55);
            int purpose = random.nextInt(purposes.length);
            int delinquencies = random.nextInt(10) < 7 ? 0 : 1 + random.nextInt(4);
            double logit = -2.2 + 0.035 * term + 0.7 * delinquencies + (purpose == 3 ? 0.8 : 0) + amount / 40_000;
            int bad = random.nextDouble() < 1 / (1 + Math.exp(-logit)) ? 1 : 0;
            csv.append("%.2f,%d,%s,%d,%s,%d\n".formatted(amount, term, purposes[purpose], delinquencies,
                    random.nextBoolean() ? "FEMALE" : "MALE", bad));
        }
        return csv.toString().getBytes(StandardCharsets.UTF_8);
    }

    private void assertJobFails(String csv, String... reasonParts) {
        String name = uniqueName();
        JsonNode job = submitUpload(name, csv.getBytes(StandardCharsets.UTF_8), "\"promote\": true");

        JsonNode done = awaitJob(job.get("jobId").asString());

        assertThat(done.get("status").asString()).isEqualTo("FAILED");
        assertThat(done.get("failureReason").asString()).contains(reasonParts);
        assertThat(done.get("modelVersion").isNull()).isTrue();
        assertThat(jdbc.sql("SELECT count(*) FROM model_version WHERE name = :name").param("name", name)
                .query(Long.class).single()).isZero();
    }

    private JsonNode submitUpload(String name, byte[] csv, String extra) {
        CreditApi.Response response = api.postMultipart(JOBS, admin,
                "{\"modelName\": \"%s\", \"featureSpec\": %s, %s}".formatted(name, SPEC, extra), "loans.csv", csv);
        assertThat(response.status()).as(response.body()).isEqualTo(202);
        assertThat(response.header("Location")).endsWith(response.json().get("jobId").asString());
        return response.json();
    }

    private String trainedChallenger() {
        JsonNode job = submitUpload(uniqueName(), syntheticCsv(400, 11), "\"validation\": {\"method\": \"HOLDOUT\"}");
        JsonNode done = awaitJob(job.get("jobId").asString());
        assertThat(done.get("status").asString()).as(done.toString()).isEqualTo("SUCCEEDED");
        return done.get("modelVersion").asString();
    }

    private JsonNode awaitJob(String jobId) {
        AtomicReference<JsonNode> job = new AtomicReference<>();
        await().atMost(Duration.ofSeconds(120)).pollInterval(Duration.ofMillis(200)).until(() -> {
            job.set(api.get(JOBS + "/" + jobId, admin).json());
            String status = job.get().get("status").asString();
            return status.equals("SUCCEEDED") || status.equals("FAILED");
        });
        return job.get();
    }

    private JsonNode awaitChampion() {
        await().atMost(Duration.ofSeconds(120)).pollInterval(Duration.ofMillis(250)).until(() -> champion() != null);
        return champion();
    }

    private JsonNode champion() {
        for (JsonNode model : api.get(MODELS, admin).json()) {
            if (model.get("status").asString().equals("CHAMPION")) {
                return model;
            }
        }
        return null;
    }

    private static String uniqueName() {
        return "m" + UUID.randomUUID().toString().substring(0, 8);
    }
}
