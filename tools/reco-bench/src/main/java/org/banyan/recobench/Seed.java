package org.banyan.recobench;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;
import org.banyan.common.event.EventContracts;
import org.banyan.common.event.Topics;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyManager;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.JsonNode;

import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;

/**
 * Loads a prepared population into a running service: the simulator's catalogue through the product API,
 * profile tags as profile-service would publish them ({@code profile.tag-changes.v1}) or, for a million
 * customers, straight into the feature table with COPY, interactions through the bulk import endpoint,
 * then trains the models with the training job.
 */
@Command(name = "seed", description = "Load catalogue, features and interactions into a running service")
final class Seed implements Callable<Integer> {

    /** The simulator's offerable catalogue with eligibility like the simulator's own rules. */
    static final List<String> CATALOGUE = List.of(
            product("DEP-SAVINGS", "Savings account", "SAVINGS", null, "{}"),
            product("DEP-TIME-1Y", "One-year time deposit", "TIME_DEPOSIT", null, "{}"),
            product("CC-CLASSIC", "Classic credit card", "CREDIT_CARD", null, "{\"minAge\":18,\"maxAge\":60,\"minKycLevel\":2}"),
            product("CC-TRAVEL-GOLD", "Travel gold card", "CREDIT_CARD", null,
                    "{\"minAge\":18,\"maxAge\":60,\"minKycLevel\":2,\"minMonthlyIncome\":8000}"),
            product("CC-PLATINUM", "Platinum card", "CREDIT_CARD", null,
                    "{\"minAge\":18,\"maxAge\":60,\"minKycLevel\":2,\"minMonthlyIncome\":20000}"),
            product("PL-CONSUMER", "Personal consumer loan", "PERSONAL_LOAN", null, "{\"minAge\":18,\"maxAge\":60,\"minKycLevel\":2}"),
            product("MTG-HOME", "Home mortgage", "MORTGAGE", null, "{\"minAge\":18,\"maxAge\":60,\"minKycLevel\":2}"),
            product("WM-R1-CASH", "Money-market fund", "WEALTH", "R1", "{}"),
            product("WM-R2-BOND", "Bond fund", "WEALTH", "R2", "{}"),
            product("WM-R3-BALANCED", "Balanced fund", "WEALTH", "R3", "{}"),
            product("WM-R4-EQUITY", "Equity fund", "WEALTH", "R4", "{}"),
            product("WM-R5-STRUCTURED", "Structured product", "WEALTH", "R5", "{}"),
            product("INS-HEALTH", "Health insurance", "INSURANCE", null, "{}"),
            product("INS-TERM-LIFE", "Term life insurance", "INSURANCE", null, "{}"),
            product("INS-TRAVEL-ACCIDENT", "Travel and accident insurance", "INSURANCE", null, "{}"));

    @Option(names = "--service", required = true, description = "recommendation-service base URL")
    String serviceUrl;
    @Option(names = "--secret", required = true, description = "the service's HMAC token secret")
    String secret;
    @Option(names = "--prepared", required = true, description = "folder written by 'prepare'")
    Path prepared;
    @Option(names = "--features-via", description = "kafka (tag-change events) or copy (straight into the table)")
    String featuresVia = "kafka";
    @Option(names = "--kafka", description = "Kafka bootstrap servers, for --features-via kafka")
    String kafka = "localhost:9092";
    @Option(names = "--jdbc", description = "the service's database, for --features-via copy")
    String jdbc = "jdbc:postgresql://127.0.0.1:5432/recommendation?user=postgres";
    @Option(names = "--skip-training", description = "do not run the training job")
    boolean skipTraining;

    @Override
    public Integer call() throws Exception {
        Service service = new Service(serviceUrl, secret);
        String admin = service.token("ADMIN");
        for (String product : CATALOGUE) {
            service.post("/api/v1/products", admin, product);
        }
        long started = System.nanoTime();
        long customers = "copy".equals(featuresVia) ? copyFeatures() : publishFeatures();
        System.out.printf("features of %d customers %s in %d ms%n", customers,
                "copy".equals(featuresVia) ? "copied" : "published", (System.nanoTime() - started) / 1_000_000);
        started = System.nanoTime();
        JsonNode imported = service.postFile("/api/v1/jobs/recommendation-interactions-import?skipUnknownProducts=true",
                service.token("BATCH"), "text/csv", prepared.resolve("interactions.csv"));
        System.out.printf("interactions imported in %d ms: %s%n", (System.nanoTime() - started) / 1_000_000, imported);
        if (!skipTraining) {
            System.out.println("training: " + service.runJob("recommendation-model-training", "{}"));
        }
        return 0;
    }

    private long publishFeatures() throws Exception {
        Map<String, Object> config = Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, kafka, ProducerConfig.ACKS_CONFIG, "all",
                ProducerConfig.LINGER_MS_CONFIG, 20, ProducerConfig.COMPRESSION_TYPE_CONFIG, "lz4",
                ProducerConfig.BATCH_SIZE_CONFIG, 256 * 1024);
        long count = 0;
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(config, new StringSerializer(), new StringSerializer());
             CSVParser rows = features()) {
            for (CSVRecord row : rows) {
                producer.send(new ProducerRecord<>(Topics.TAG_CHANGES, row.get(0), envelope(row.get(0), row.get(1))));
                count++;
            }
            producer.flush();
        }
        return count;
    }

    private static String envelope(String customerId, String tagsJson) {
        Map<String, Object> tags = Service.JSON.readValue(tagsJson, new TypeReference<Map<String, Object>>() {
        });
        List<Map<String, Object>> changes = new ArrayList<>();
        tags.forEach((tag, value) -> {
            Map<String, Object> change = new LinkedHashMap<>();
            change.put("tag", tag);
            change.put("oldValue", null);
            change.put("newValue", value);
            changes.add(change);
        });
        Map<String, Object> envelope = new LinkedHashMap<>();
        envelope.put("eventId", UUID.randomUUID().toString());
        envelope.put("type", EventContracts.TAG_CHANGES.eventType());
        envelope.put("version", EventContracts.TAG_CHANGES.version());
        envelope.put("occurredAt", Instant.now().toString());
        envelope.put("producer", "reco-bench");
        envelope.put("customerId", customerId);
        envelope.put("payload", Map.of("profileVersion", 1, "changes", changes));
        return Service.JSON.writeValueAsString(envelope);
    }

    /** Bench set-up for a million profiles: what the tag-change stream would have built, written at once. */
    private long copyFeatures() throws Exception {
        try (Connection connection = DriverManager.getConnection(jdbc);
             Reader reader = Files.newBufferedReader(prepared.resolve("features.csv"), StandardCharsets.UTF_8)) {
            CopyManager copy = connection.unwrap(PGConnection.class).getCopyAPI();
            connection.createStatement().execute("CREATE TEMP TABLE f (customer_id text, tags jsonb)");
            copy.copyIn("COPY f FROM STDIN (FORMAT csv)", reader);
            return connection.createStatement().executeUpdate("""
                    INSERT INTO customer_features (customer_id, profile_version, tags, updated_at)
                    SELECT customer_id, 1, tags, now() FROM f ON CONFLICT (customer_id) DO NOTHING""");
        }
    }

    private CSVParser features() throws Exception {
        return CSVFormat.DEFAULT.parse(Files.newBufferedReader(prepared.resolve("features.csv"), StandardCharsets.UTF_8));
    }

    private static String product(String id, String name, String type, String risk, String eligibility) {
        return """
                {"productId":"%s","name":"%s","type":"%s",%s"eligibility":%s,
                 "channels":["MOBILE","WEB","BRANCH","SMS","EMAIL","PUSH"]}""".formatted(id, name, type,
                risk == null ? "" : "\"riskLevel\":\"" + risk + "\",", eligibility);
    }
}
