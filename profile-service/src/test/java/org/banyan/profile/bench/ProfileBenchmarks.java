package org.banyan.profile.bench;

import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;
import org.banyan.common.event.EventContracts;
import org.banyan.common.event.EventEnvelope;
import org.banyan.common.event.Topics;
import org.banyan.common.event.payload.TransactionPosted;
import org.banyan.common.security.JwtSettings;
import org.banyan.common.security.Role;
import org.banyan.common.testsupport.BanyanIntegrationTest;
import org.banyan.common.testsupport.KafkaTestClient;
import org.banyan.common.testsupport.TestTokens;
import org.banyan.profile.tagging.HotTags;
import org.banyan.profile.tagging.ProfileEngine;
import org.banyan.profile.tagging.SimulatedEvents;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.math.BigDecimal;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import java.util.stream.IntStream;

import static org.awaitility.Awaitility.await;

/**
 * The performance figures, measured in-process against the same PostgreSQL and Kafka the
 * integration tests use. Not part of the build: run with
 * {@code ./mvnw -pl profile-service -am verify -Dbench=true -Dtest=ProfileBenchmarks -Dsurefire.failIfNoSpecifiedTests=false}
 * (system properties bench.rate, bench.seconds, bench.profiles tune the load). Results are appended to
 * {@code profile-service/target/bench-results.md}.
 */
@Tag("bench")
@BanyanIntegrationTest
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"banyan.profile.listener-concurrency=6", "spring.datasource.hikari.maximum-pool-size=20"})
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ProfileBenchmarks {

    private static final Path RESULTS = Path.of("target", "bench-results.md");
    private static KafkaTestClient kafka;
    private static final List<String> customers = new ArrayList<>();

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    JsonMapper mapper;

    @Autowired
    ProfileEngine engine;

    @Autowired
    JwtSettings jwt;

    @BeforeAll
    static void connect() {
        kafka = KafkaTestClient.forSharedBroker();
    }

    @AfterAll
    static void disconnect() {
        kafka.close();
    }

    @Test
    @Order(1)
    void realTimeLatencyAtSustainedRate() throws Exception {
        int rate = Integer.getInteger("bench.rate", 2000);
        int seconds = Integer.getInteger("bench.seconds", 30);
        int population = Integer.getInteger("bench.customers", 2000);
        givenCustomers(population);
        Map<String, List<Long>> sentAt = new HashMap<>();
        customers.forEach(c -> sentAt.put(c, Collections.synchronizedList(new ArrayList<>())));
        int total = rate * seconds;
        List<UUID> ids = new ArrayList<>(total);
        try (KafkaProducer<String, String> producer = producer()) {
            long start = System.nanoTime();
            long wallStart = System.currentTimeMillis();
            for (int i = 0; i < total; i++) {
                long due = start + (long) i * 1_000_000_000L / rate;
                while (System.nanoTime() < due) {
                    LockSupport.parkNanos(Math.max(1, due - System.nanoTime()));
                }
                String customer = customers.get(i % customers.size());
                EventEnvelope<TransactionPosted> event = purchase(customer, i);
                ids.add(event.eventId());
                sentAt.get(customer).add(System.currentTimeMillis());
                producer.send(new ProducerRecord<>(Topics.TRANSACTIONS, customer, mapper.writeValueAsString(event)));
            }
            producer.flush();
            double sendSeconds = (System.currentTimeMillis() - wallStart) / 1000.0;
            await().atMost(Duration.ofMinutes(10)).pollInterval(Duration.ofSeconds(1))
                    .until(() -> processed(ids) >= total);
            List<Long> latencies = new ArrayList<>();
            OffsetDateTime last = OffsetDateTime.MIN;
            for (String customer : customers) {
                List<Map<String, Object>> rows = jdbc.sql("SELECT profile_version, changed_at FROM profile_change "
                        + "WHERE customer_id = :id AND profile_version > 1 ORDER BY profile_version")
                        .param("id", customer).query().listOfRows();
                List<Long> sends = sentAt.get(customer);
                for (Map<String, Object> row : rows) {
                    int k = (int) ((Long) row.get("profile_version") - 2);
                    OffsetDateTime changed = ((java.sql.Timestamp) row.get("changed_at")).toInstant()
                            .atOffset(java.time.ZoneOffset.UTC);
                    if (k < sends.size()) {
                        latencies.add(changed.toInstant().toEpochMilli() - sends.get(k));
                    }
                    last = changed.isAfter(last) ? changed : last;
                }
            }
            double elapsed = (last.toInstant().toEpochMilli() - wallStart) / 1000.0;
            report("Real time: event published → tag committed (visible to the API)",
                    "%d events at %d/s target (sent in %.1f s) over %d customers; processed %d in %.1f s = %.0f events/s; "
                            + "latency %s (target p99 < 1000 ms)",
                    total, rate, sendSeconds, customers.size(), total, elapsed, total / elapsed, percentiles(latencies));
        }
    }

    @Test
    @Order(2)
    void profileReadLatencyAtThousandRequestsPerSecond() throws Exception {
        givenCustomers(200);
        int rate = Integer.getInteger("bench.read-rate", 1000);
        int seconds = Integer.getInteger("bench.seconds", 30);
        String token = new TestTokens(jwt).forRoles(Role.FRONTLINE);
        HttpClient http = HttpClient.newHttpClient();
        warmUp(http, token);
        ConcurrentLinkedQueue<Long> latencies = new ConcurrentLinkedQueue<>();
        ConcurrentLinkedQueue<Long> serviceTimes = new ConcurrentLinkedQueue<>();
        int total = rate * seconds;
        int clients = Integer.getInteger("bench.read-clients", 32);
        java.util.concurrent.atomic.AtomicInteger next = new java.util.concurrent.atomic.AtomicInteger();
        java.util.concurrent.atomic.AtomicInteger failed = new java.util.concurrent.atomic.AtomicInteger();
        long start = System.nanoTime();
        // Each request has a scheduled start; latency counts from it, so a slow server cannot hide
        // queueing (no coordinated omission). A fixed set of clients bounds the open connections.
        List<Thread> threads = IntStream.range(0, clients).mapToObj(t -> Thread.ofPlatform().start(() -> {
            for (int i = next.getAndIncrement(); i < total; i = next.getAndIncrement()) {
                long due = start + (long) i * 1_000_000_000L / rate;
                while (System.nanoTime() < due) {
                    LockSupport.parkNanos(Math.max(1, due - System.nanoTime()));
                }
                try {
                    long sent = System.nanoTime();
                    HttpResponse<Void> r = http.send(get(customers.get(i % customers.size()), token),
                            HttpResponse.BodyHandlers.discarding());
                    if (r.statusCode() == 200) {
                        latencies.add((System.nanoTime() - due) / 1000);
                        serviceTimes.add((System.nanoTime() - sent) / 1000);
                    } else {
                        failed.incrementAndGet();
                    }
                } catch (IOException | InterruptedException e) {
                    failed.incrementAndGet();
                }
            }
        })).toList();
        for (Thread thread : threads) {
            thread.join();
        }
        double elapsed = (System.nanoTime() - start) / 1e9;
        List<Long> micros = new ArrayList<>(latencies);
        report("Profile read: GET /api/v1/customers/{id} (FRONTLINE token, masked)",
                "%d requests at %d/s target in %.1f s (%.0f/s achieved), %d OK, %d failed; latency from scheduled "
                        + "start %s; request time alone %s (target p99 < 10 ms)", total, rate, elapsed, total / elapsed,
                micros.size(), failed.get(), percentilesMicros(micros),
                percentilesMicros(new ArrayList<>(serviceTimes)));
    }

    @Test
    @Order(3)
    void segmentCountOverManyProfiles() throws Exception {
        int profiles = Integer.getInteger("bench.profiles", 1_000_000);
        long loadStart = System.nanoTime();
        loadSyntheticProfiles(profiles);
        double loadSeconds = (System.nanoTime() - loadStart) / 1e9;
        long total = jdbc.sql("SELECT count(*) FROM profile").query(Long.class).single();
        String token = new TestTokens(jwt).forRoles(Role.ANALYST);
        HttpClient http = HttpClient.newHttpClient();
        segmentCounts(http, token, total, loadSeconds, "typed hot-tag columns (profile_hot)",
                "spend_total_amount_90d > 500", Integer.getInteger("bench.segment-runs", 30));
        segmentCounts(http, token, total, loadSeconds, "JSONB tag map (a non-hot tag in the segment)",
                "spend_dining_amount_90d > 500", Integer.getInteger("bench.jsonb-runs", 3));
    }

    private void segmentCounts(HttpClient http, String token, long total, double loadSeconds, String path,
            String fifth, int runs) throws Exception {
        String body = "{\"expression\":\"age BETWEEN 25 AND 45 AND income_band IN ('HIGH','VERY_HIGH') "
                + "AND " + fifth + " AND NOT gambling_flag AND consent_marketing_sms\"}";
        List<Long> millis = new ArrayList<>();
        String last = "";
        for (int i = 0; i < runs; i++) {
            long t = System.nanoTime();
            HttpResponse<String> response = http.send(HttpRequest.newBuilder(uri("/api/v1/segments/preview"))
                    .header("Authorization", "Bearer " + token).header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
            millis.add((System.nanoTime() - t) / 1_000_000);
            last = response.body();
        }
        report("Segment count: 5-condition preview, " + path,
                "%d profiles (synthetic rows loaded in %.0f s); %d runs; latency %s (target p50 < 50 ms, p99 < 200 ms); "
                        + "last answer %s", total, loadSeconds, millis.size(), percentiles(millis),
                last.length() > 120 ? last.substring(0, 120) : last);
    }

    @Test
    @Order(4)
    void batchRecomputeThroughput() throws Exception {
        long profiles = jdbc.sql("SELECT count(*) FROM profile").query(Long.class).single();
        String token = new TestTokens(jwt).forRoles(Role.BATCH);
        HttpClient http = HttpClient.newHttpClient();
        long start = System.nanoTime();
        HttpResponse<String> run = http.send(HttpRequest.newBuilder(uri("/api/v1/jobs/profile-recompute"))
                .header("Authorization", "Bearer " + token).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"businessDate\":\"2026-12-31\",\"publishChanges\":false}"))
                .build(), HttpResponse.BodyHandlers.ofString());
        String id = mapper.readTree(run.body()).get("id").asString();
        long peakHeap = 0;
        String status = "";
        while (!status.contains("SUCCEEDED") && !status.contains("FAILED")) {
            Thread.sleep(2000);
            Runtime rt = Runtime.getRuntime();
            peakHeap = Math.max(peakHeap, rt.totalMemory() - rt.freeMemory());
            String fresh = new TestTokens(jwt).forRoles(Role.BATCH);
            status = http.send(HttpRequest.newBuilder(uri("/api/v1/jobs/profile-recompute/" + id))
                    .header("Authorization", "Bearer " + fresh).GET().build(), HttpResponse.BodyHandlers.ofString()).body();
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        report("Batch: recompute every tag of every profile as of a new business date",
                "%d profiles in %.1f s = %.0f profiles/s (extrapolated 1,000,000: %.1f min; target < 10 min); "
                        + "peak JVM heap in use %d MB; %s", profiles, seconds, profiles / seconds,
                1_000_000 / (profiles / seconds) / 60, peakHeap / (1024 * 1024), status);
    }

    /** Synthetic profiles: real tag maps and states of simulated customers, repeated under new ids. */
    private void loadSyntheticProfiles(int profiles) {
        long existing = jdbc.sql("SELECT count(*) FROM profile WHERE customer_id LIKE 'B%'").query(Long.class).single();
        if (existing >= profiles) {
            return;
        }
        List<String> seeds = IntStream.range(0, 500).mapToObj(i -> "SEED" + i).toList();
        List<EventEnvelope<?>> events = new SimulatedEvents(99, LocalDate.of(2026, 8, 1), 90).generate(seeds);
        Map<String, List<EventEnvelope<?>>> byCustomer = new HashMap<>();
        events.forEach(e -> byCustomer.computeIfAbsent(e.customerId(), c -> new ArrayList<>()).add(e));
        engine.rebuildAll(byCustomer, LocalDate.of(2026, 10, 29), false);
        jdbc.sql("CREATE TEMP TABLE IF NOT EXISTS bench_seed AS SELECT row_number() OVER () - 1 AS i, tags, state, as_of "
                + "FROM profile WHERE customer_id LIKE 'SEED%'").update();
        for (int from = (int) existing; from < profiles; from += 100_000) {
            jdbc.sql("""
                    INSERT INTO profile (customer_id, profile_version, as_of, updated_at, tags, state)
                    SELECT 'B' || lpad(g::text, 8, '0'), 1, s.as_of, now(), s.tags, s.state
                    FROM generate_series(:from, :to) g JOIN bench_seed s ON s.i = g % 500
                    ON CONFLICT DO NOTHING""").param("from", from).param("to", Math.min(profiles, from + 100_000) - 1)
                    .update();
        }
        jdbc.sql("INSERT INTO profile_hot SELECT customer_id, " + String.join(", ", HotTags.CODES.stream()
                .map(ProfileBenchmarks::typed).toList()) + " FROM profile WHERE customer_id LIKE 'B%' ON CONFLICT DO NOTHING")
                .update();
        jdbc.sql("VACUUM ANALYZE profile").update();
        jdbc.sql("VACUUM ANALYZE profile_hot").update();
    }

    private static String typed(String code) {
        return switch (org.banyan.profile.catalog.BuiltInTags.definitions().stream().filter(t -> t.code().equals(code))
                .findFirst().orElseThrow().valueType()) {
            case NUMBER -> "(tags -> '" + code + "')::numeric";
            case BOOLEAN -> "(tags -> '" + code + "')::boolean";
            case DATE -> "(tags ->> '" + code + "')::date";
            case CATEGORY -> "tags ->> '" + code + "'";
        };
    }

    private void givenCustomers(int count) {
        if (customers.size() >= count) {
            return;
        }
        String run = UUID.randomUUID().toString().substring(0, 4);
        List<String> created = new ArrayList<>();
        List<java.util.concurrent.Future<?>> acks = new ArrayList<>();
        try (KafkaProducer<String, String> producer = producer()) {
            for (int i = customers.size(); i < count; i++) {
                String id = "L" + run + String.format("%05d", i);
                created.add(id);
                var payload = org.banyan.common.testsupport.ContractSamples.payload(EventContracts.CUSTOMERS);
                acks.add(producer.send(new ProducerRecord<>(Topics.CUSTOMERS, id, mapper.writeValueAsString(
                        new EventEnvelope<>(UUID.randomUUID(), "customer.updated", 1, Instant.now(), "bench", id,
                                payload)))));
            }
            for (java.util.concurrent.Future<?> ack : acks) {
                try {
                    ack.get();
                } catch (Exception e) {
                    throw new IllegalStateException("Bench customer not sent", e);
                }
            }
        }
        await().atMost(Duration.ofMinutes(5)).until(() -> created.stream().allMatch(c -> engine.find(c).isPresent()));
        customers.addAll(created);
    }

    private static EventEnvelope<TransactionPosted> purchase(String customer, int i) {
        String[] mccs = {"5411", "5812", "5541", "5732", "4111", "5964", "7832", "5912"};
        return new EventEnvelope<>(UUID.randomUUID(), EventContracts.TRANSACTIONS.eventType(), 1, Instant.now(), "bench",
                customer, new TransactionPosted("T-" + i, "A-" + customer, BigDecimal.valueOf(1000 + i % 50_000, 2),
                "CNY", TransactionPosted.Direction.DEBIT, TransactionPosted.Kind.CARD_PURCHASE,
                TransactionPosted.Channel.POS, mccs[i % mccs.length], "M-1", "CN", null, BigDecimal.valueOf(100_000)));
    }

    private long processed(List<UUID> ids) {
        long n = 0;
        for (int i = 0; i < ids.size(); i += 10_000) {
            n += jdbc.sql("SELECT count(*) FROM banyan_processed_event WHERE event_id IN (:ids)")
                    .param("ids", ids.subList(i, Math.min(ids.size(), i + 10_000))).query(Long.class).single();
        }
        return n;
    }

    private KafkaProducer<String, String> producer() {
        return new KafkaProducer<>(Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG,
                org.banyan.common.testsupport.TestInfrastructure.shared().kafkaBootstrapServers(),
                ProducerConfig.ACKS_CONFIG, "all", ProducerConfig.LINGER_MS_CONFIG, 2),
                new StringSerializer(), new StringSerializer());
    }

    private void warmUp(HttpClient http, String token) throws Exception {
        for (int i = 0; i < 2000; i++) {
            http.send(get(customers.get(i % customers.size()), token), HttpResponse.BodyHandlers.discarding());
        }
    }

    private HttpRequest get(String customer, String token) {
        return HttpRequest.newBuilder(uri("/api/v1/customers/" + customer)).header("Authorization", "Bearer " + token)
                .GET().build();
    }

    private URI uri(String path) {
        return URI.create("http://localhost:" + port + path);
    }

    private static String percentiles(List<Long> millis) {
        List<Long> sorted = new ArrayList<>(millis);
        Collections.sort(sorted);
        return sorted.isEmpty() ? "n/a" : "p50 %d ms, p95 %d ms, p99 %d ms, max %d ms (n=%d)".formatted(at(sorted, 0.5),
                at(sorted, 0.95), at(sorted, 0.99), sorted.getLast(), sorted.size());
    }

    private static String percentilesMicros(List<Long> micros) {
        List<Long> sorted = new ArrayList<>(micros);
        Collections.sort(sorted);
        return sorted.isEmpty() ? "n/a" : "p50 %.1f ms, p95 %.1f ms, p99 %.1f ms, max %.1f ms (n=%d)".formatted(
                at(sorted, 0.5) / 1000.0, at(sorted, 0.95) / 1000.0, at(sorted, 0.99) / 1000.0,
                sorted.getLast() / 1000.0, sorted.size());
    }

    private static long at(List<Long> sorted, double quantile) {
        return sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(quantile * sorted.size()) - 1));
    }

    private static void report(String title, String format, Object... args) throws IOException {
        String line = "- **" + title + "** (" + Instant.now() + "): " + format.formatted(args) + "\n";
        System.out.println("BENCH " + line);
        Files.createDirectories(RESULTS.getParent());
        Files.writeString(RESULTS, line, StandardCharsets.UTF_8, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
    }
}
