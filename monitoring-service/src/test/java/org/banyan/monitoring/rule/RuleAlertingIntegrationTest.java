package org.banyan.monitoring.rule;

import org.banyan.common.event.EventContracts;
import org.banyan.common.event.EventEnvelope;
import org.banyan.common.event.Topics;
import org.banyan.common.event.payload.TransactionPosted;
import org.banyan.common.security.JwtSettings;
import org.banyan.common.security.Role;
import org.banyan.common.testsupport.BanyanIntegrationTest;
import org.banyan.common.testsupport.KafkaTestClient;
import org.banyan.common.testsupport.TestTokens;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.kafka.config.KafkaListenerEndpointRegistry;
import org.springframework.kafka.listener.MessageListenerContainer;
import tools.jackson.databind.json.JsonMapper;

import java.math.BigDecimal;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Alert rules over the event streams, end to end: events arrive on Kafka, rules (saved through the API)
 * fire, alerts are deduplicated and published on monitoring.alerts.v1 through the outbox.
 */
@BanyanIntegrationTest
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class RuleAlertingIntegrationTest {

    private static final Duration WAIT = Duration.ofSeconds(45);
    private static KafkaTestClient kafka;

    private final HttpClient http = HttpClient.newHttpClient();
    private final Map<String, Set<UUID>> sent = new HashMap<>();

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    JwtSettings jwtSettings;

    @Autowired
    JsonMapper mapper;

    @Autowired
    KafkaListenerEndpointRegistry listeners;

    @Autowired
    AbsenceSweep absence;

    @BeforeAll
    static void connect() {
        kafka = KafkaTestClient.forSharedBroker();
    }

    @AfterAll
    static void disconnect() {
        kafka.close();
    }

    @Test
    void thresholdRuleRaisesAnAlertThatIsPublishedOnTheAlertsTopic() throws Exception {
        String customer = customer();
        givenRule("big-" + customer, """
                {"kind":"THRESHOLD","topic":"bank.transactions.v1","condition":"#customerId == '%s' and #amount > 10000",
                 "severity":"HIGH","dedupeSeconds":600}""".formatted(customer));

        send(txn(customer, "20000.00", "CN", Instant.now()));

        awaitAlerts("big-" + customer, customer, 1);
        var published = kafka.await(Topics.ALERTS, r -> customer.equals(r.key()), 1, WAIT);
        assertThat(published).hasSize(1);
        assertThat(published.getFirst().value()).contains("\"rule\":\"big-" + customer + "\"", "\"status\":\"OPEN\"",
                "\"severity\":\"HIGH\"");
    }

    @Test
    void eventNotMatchingTheConditionRaisesNothing() throws Exception {
        String customer = customer();
        givenRule("big-" + customer, """
                {"kind":"THRESHOLD","topic":"bank.transactions.v1","condition":"#customerId == '%s' and #amount > 10000",
                 "severity":"HIGH","dedupeSeconds":600}""".formatted(customer));
        String marker = customer();
        givenRule("marker-" + marker, """
                {"kind":"THRESHOLD","topic":"bank.transactions.v1","condition":"#customerId == '%s'",
                 "severity":"LOW","dedupeSeconds":600}""".formatted(customer));

        send(txn(customer, "50.00", "CN", Instant.now()));

        awaitAlerts("marker-" + marker, customer, 1);
        assertThat(alertCount("big-" + customer, customer)).isZero();
    }

    @Test
    void repeatsWithinTheDedupeWindowRaiseTheCountInsteadOfANewAlert() throws Exception {
        String customer = customer();
        givenRule("big-" + customer, """
                {"kind":"THRESHOLD","topic":"bank.transactions.v1","condition":"#customerId == '%s'",
                 "severity":"MEDIUM","dedupeSeconds":3600}""".formatted(customer));
        Instant t = Instant.now();

        send(txn(customer, "1.00", "CN", t), txn(customer, "2.00", "CN", t.plusSeconds(60)),
                txn(customer, "3.00", "CN", t.plusSeconds(120)));

        await().atMost(WAIT).until(() -> totalCount("big-" + customer, customer) == 3);
        assertThat(alertCount("big-" + customer, customer)).isEqualTo(1);
    }

    @Test
    void repeatAfterTheDedupeWindowOpensANewAlert() throws Exception {
        String customer = customer();
        givenRule("big-" + customer, """
                {"kind":"THRESHOLD","topic":"bank.transactions.v1","condition":"#customerId == '%s'",
                 "severity":"MEDIUM","dedupeSeconds":60}""".formatted(customer));
        Instant t = Instant.now().minusSeconds(3600);

        send(txn(customer, "1.00", "CN", t), txn(customer, "2.00", "CN", t.plusSeconds(600)));

        awaitAlerts("big-" + customer, customer, 2);
    }

    @Test
    void fiveForeignCardTransactionsInTenMinutesRaiseOneAlert() throws Exception {
        String customer = customer();
        givenForeignBurstRule(customer);
        Instant t = Instant.now().minusSeconds(300);

        send(foreignBurst(customer, t, 5, 60));

        awaitAlerts("burst-" + customer, customer, 1);
        assertThat(totalCount("burst-" + customer, customer)).isEqualTo(1);
    }

    @Test
    void fourForeignCardTransactionsInTenMinutesRaiseNothing() throws Exception {
        String customer = customer();
        givenForeignBurstRule(customer);
        Instant t = Instant.now().minusSeconds(300);
        List<String> events = new ArrayList<>(List.of(foreignBurst(customer, t, 4, 60)));
        events.add(txn(customer, "5.00", "CN", t.plusSeconds(250)));

        send(events.toArray(String[]::new));

        awaitProcessed(customer, 5);
        assertThat(alertCount("burst-" + customer, customer)).isZero();
    }

    @Test
    void fiveForeignCardTransactionsSpreadOverMoreThanTheWindowRaiseNothing() throws Exception {
        String customer = customer();
        givenForeignBurstRule(customer);

        send(foreignBurst(customer, Instant.now().minusSeconds(7200), 5, 200));

        awaitProcessed(customer, 5);
        assertThat(alertCount("burst-" + customer, customer)).isZero();
    }

    @Test
    void windowCountsEventsFromBeforeAConsumerRestart() throws Exception {
        String customer = customer();
        givenForeignBurstRule(customer);
        Instant t = Instant.now().minusSeconds(300);
        String[] burst = foreignBurst(customer, t, 5, 30);
        send(burst[0], burst[1], burst[2]);
        awaitProcessed(customer, 3);

        MessageListenerContainer container = listeners.getListenerContainer("monitoring-stream");
        container.stop();
        await().atMost(WAIT).until(() -> !container.isRunning());
        container.start();
        send(burst[3], burst[4]);

        awaitAlerts("burst-" + customer, customer, 1);
    }

    @Test
    void replayedEventsAreCountedOnceInTheWindow() throws Exception {
        String customer = customer();
        givenForeignBurstRule(customer);
        Instant t = Instant.now().minusSeconds(300);
        String[] three = foreignBurst(customer, t, 3, 30);

        send(three);
        send(three);
        send(three);

        awaitProcessed(customer, 3);
        Thread.sleep(2000);
        assertThat(alertCount("burst-" + customer, customer)).isZero();
        assertThat(jdbc.sql("SELECT count(*) FROM window_event WHERE subject = :s").param("s", customer)
                .query(Long.class).single()).isEqualTo(3);
    }

    @Test
    void windowedSumRuleFiresWhenTheSumReachesTheThreshold() throws Exception {
        String customer = customer();
        givenRule("cash-" + customer, """
                {"kind":"WINDOW_SUM","topic":"bank.transactions.v1","condition":"#customerId == '%s' and #kind == 'CASH_WITHDRAWAL'",
                 "valueField":"amount","windowSeconds":86400,"threshold":5000,"severity":"MEDIUM","dedupeSeconds":86400}"""
                .formatted(customer));
        Instant t = Instant.now().minusSeconds(600);

        send(txn(customer, "2000.00", "CN", t, TransactionPosted.Kind.CASH_WITHDRAWAL),
                txn(customer, "2999.99", "CN", t.plusSeconds(10), TransactionPosted.Kind.CASH_WITHDRAWAL));
        awaitProcessed(customer, 2);
        assertThat(alertCount("cash-" + customer, customer)).isZero();
        send(txn(customer, "0.01", "CN", t.plusSeconds(20), TransactionPosted.Kind.CASH_WITHDRAWAL));

        awaitAlerts("cash-" + customer, customer, 1);
    }

    @Test
    void changeRuleFiresWhenTheValueJumpsByTheThreshold() throws Exception {
        String customer = customer();
        givenRule("jump-" + customer, """
                {"kind":"CHANGE","topic":"bank.transactions.v1","condition":"#customerId == '%s'",
                 "valueField":"balanceAfter","threshold":1000,"severity":"MEDIUM","dedupeSeconds":86400}"""
                .formatted(customer));
        Instant t = Instant.now().minusSeconds(600);

        send(txnWithBalance(customer, t, "5000.00"), txnWithBalance(customer, t.plusSeconds(10), "4500.00"));
        awaitProcessed(customer, 2);
        assertThat(alertCount("jump-" + customer, customer)).isZero();
        send(txnWithBalance(customer, t.plusSeconds(20), "3000.00"));

        awaitAlerts("jump-" + customer, customer, 1);
    }

    @Test
    void absenceRuleFiresOnceWhenARegularSalaryStops() throws Exception {
        String customer = customer();
        givenRule("salary-stop-" + customer, """
                {"kind":"ABSENCE","topic":"bank.transactions.v1","condition":"#customerId == '%s' and #kind == 'SALARY'",
                 "windowSeconds":3024000,"threshold":3,"severity":"HIGH","dedupeSeconds":86400}""".formatted(customer));
        Instant start = Instant.now().minus(Duration.ofDays(120));
        send(salary(customer, start), salary(customer, start.plus(Duration.ofDays(30))),
                salary(customer, start.plus(Duration.ofDays(60))));
        awaitProcessed(customer, 3);

        int first = absence.sweep(Instant.now());
        int second = absence.sweep(Instant.now());

        assertThat(first).isGreaterThanOrEqualTo(1);
        assertThat(alertCount("salary-stop-" + customer, customer)).isEqualTo(1);
        assertThat(totalCount("salary-stop-" + customer, customer)).isEqualTo(1);
        assertThat(second).isZero();
    }

    @Test
    void absenceRuleIgnoresACustomerWhoseSalaryWasNeverRegular() throws Exception {
        String customer = customer();
        givenRule("salary-stop-" + customer, """
                {"kind":"ABSENCE","topic":"bank.transactions.v1","condition":"#customerId == '%s' and #kind == 'SALARY'",
                 "windowSeconds":3024000,"threshold":3,"severity":"HIGH","dedupeSeconds":86400}""".formatted(customer));
        send(salary(customer, Instant.now().minus(Duration.ofDays(90))));
        awaitProcessed(customer, 1);

        absence.sweep(Instant.now());

        assertThat(alertCount("salary-stop-" + customer, customer)).isZero();
    }

    @Test
    void absenceStormOverThousandsOfCustomersRaisesEveryAlertAndPublishesEach() throws Exception {
        String tag = customer();
        givenRule("storm-" + tag, """
                {"kind":"ABSENCE","topic":"bank.transactions.v1","condition":"#customerId == '%s'",
                 "windowSeconds":86400,"threshold":1,"severity":"LOW","dedupeSeconds":86400}""".formatted(tag));
        jdbc.sql("""
                        INSERT INTO subject_state (rule_name, subject, last_seen, last_value, seen_count)
                        SELECT :rule, :tag || '-' || i, now() - interval '3 days', NULL, 5
                        FROM generate_series(1, 2500) AS i""")
                .param("rule", "storm-" + tag).param("tag", tag).update();

        int raised = absence.sweep(Instant.now());

        assertThat(raised).isEqualTo(2500);
        assertThat(jdbc.sql("SELECT count(*) FROM alert WHERE rule_name = :r").param("r", "storm-" + tag)
                .query(Long.class).single()).isEqualTo(2500);
        assertThat(kafka.await(Topics.ALERTS, r -> r.key().startsWith(tag + "-"), 2500, Duration.ofSeconds(90)))
                .hasSize(2500);
    }

    @Test
    void combinationRuleFiresWhenAllItsRulesHaveLiveAlertsForTheCustomer() throws Exception {
        String customer = customer();
        givenRule("a-" + customer, """
                {"kind":"THRESHOLD","topic":"bank.transactions.v1","condition":"#customerId == '%s' and #country != 'CN'",
                 "severity":"LOW","dedupeSeconds":3600}""".formatted(customer));
        givenRule("b-" + customer, """
                {"kind":"THRESHOLD","topic":"bank.transactions.v1","condition":"#customerId == '%s' and #kind == 'CASH_ADVANCE'",
                 "severity":"LOW","dedupeSeconds":3600}""".formatted(customer));
        givenRule("ab-" + customer, """
                {"kind":"COMBINATION","requires":["a-%s","b-%s"],"windowSeconds":3600,"severity":"CRITICAL",
                 "dedupeSeconds":3600}""".formatted(customer, customer));
        Instant t = Instant.now().minusSeconds(60);

        send(txn(customer, "10.00", "FR", t));
        awaitAlerts("a-" + customer, customer, 1);
        assertThat(alertCount("ab-" + customer, customer)).isZero();
        send(txn(customer, "10.00", "CN", t.plusSeconds(10), TransactionPosted.Kind.CASH_ADVANCE));

        awaitAlerts("ab-" + customer, customer, 1);
    }

    @Test
    void malformedEventOnAMonitoredTopicIsDeadLettered() {
        String key = "poison-" + UUID.randomUUID();

        kafka.send(Topics.TRANSACTIONS, key, "{\"eventId\":");

        assertThat(kafka.await(Topics.dlq(Topics.TRANSACTIONS), r -> key.equals(r.key()), 1, WAIT)).hasSize(1);
    }

    @Test
    void ruleThatDoesNotParseIsRefusedWithTheErrorPosition() throws Exception {
        HttpResponse<String> response = put("/api/v1/monitoring/rules/broken", """
                {"kind":"THRESHOLD","topic":"bank.transactions.v1","condition":"#amount >> ) 5",
                 "severity":"LOW","dedupeSeconds":60}""", Role.ADMIN);

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        assertThat(response.body()).contains("VALIDATION_FAILED", "position");
    }

    @Test
    void savingARuleAgainKeepsEveryVersion() throws Exception {
        String name = "versioned-" + customer();
        String body = """
                {"kind":"THRESHOLD","topic":"bank.transactions.v1","condition":"#amount > %d","severity":"LOW","dedupeSeconds":60}""";
        givenRule(name, body.formatted(100000000));
        HttpResponse<String> second = put("/api/v1/monitoring/rules/" + name, body.formatted(200000000), Role.ADMIN);

        assertThat(second.body()).contains("\"version\":2");
        HttpResponse<String> versions = get("/api/v1/monitoring/rules/" + name + "/versions", Role.OPS);
        assertThat(versions.statusCode()).isEqualTo(200);
        assertThat(versions.body()).contains("100000000", "200000000");
    }

    @Test
    void onlyAdminMayWriteRules() throws Exception {
        HttpResponse<String> response = put("/api/v1/monitoring/rules/x", """
                {"kind":"THRESHOLD","topic":"bank.transactions.v1","condition":"true","severity":"LOW","dedupeSeconds":60}""",
                Role.OPS);

        assertThat(response.statusCode()).isEqualTo(403);
    }

    // --- helpers

    private void givenForeignBurstRule(String customer) throws Exception {
        givenRule("burst-" + customer, """
                {"kind":"WINDOW_COUNT","topic":"bank.transactions.v1",
                 "condition":"#customerId == '%s' and #kind == 'CARD_PURCHASE' and #country != 'CN'",
                 "windowSeconds":600,"threshold":5,"severity":"HIGH","dedupeSeconds":600}""".formatted(customer));
    }

    private void givenRule(String name, String body) throws Exception {
        HttpResponse<String> response = put("/api/v1/monitoring/rules/" + name, body, Role.ADMIN);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    }

    private String[] foreignBurst(String customer, Instant start, int n, long stepSeconds) {
        String[] events = new String[n];
        for (int i = 0; i < n; i++) {
            events[i] = txn(customer, "99.00", "FR", start.plusSeconds(i * stepSeconds));
        }
        return events;
    }

    private String txn(String customer, String amount, String country, Instant at) {
        return txn(customer, amount, country, at, TransactionPosted.Kind.CARD_PURCHASE);
    }

    private String txn(String customer, String amount, String country, Instant at, TransactionPosted.Kind kind) {
        return envelope(customer, at, new TransactionPosted("T" + UUID.randomUUID(), "A-" + customer,
                new BigDecimal(amount), "CNY", TransactionPosted.Direction.DEBIT, kind, TransactionPosted.Channel.POS,
                "5411", "M1", country, null, null));
    }

    private String txnWithBalance(String customer, Instant at, String balance) {
        return envelope(customer, at, new TransactionPosted("T" + UUID.randomUUID(), "A-" + customer,
                new BigDecimal("1.00"), "CNY", TransactionPosted.Direction.DEBIT, TransactionPosted.Kind.CARD_PURCHASE,
                TransactionPosted.Channel.POS, "5411", "M1", "CN", null, new BigDecimal(balance)));
    }

    private String salary(String customer, Instant at) {
        return envelope(customer, at, new TransactionPosted("T" + UUID.randomUUID(), "A-" + customer,
                new BigDecimal("8000.00"), "CNY", TransactionPosted.Direction.CREDIT, TransactionPosted.Kind.SALARY,
                TransactionPosted.Channel.DIRECT_DEBIT, null, null, "CN", null, null));
    }

    private String envelope(String customer, Instant at, TransactionPosted payload) {
        return mapper.writeValueAsString(new EventEnvelope<>(UUID.randomUUID(), EventContracts.TRANSACTIONS.eventType(),
                EventContracts.TRANSACTIONS.version(), at, "test", customer, payload));
    }

    private void send(String... events) {
        for (String event : events) {
            var tree = mapper.readTree(event);
            String customer = tree.get("customerId").asString();
            sent.computeIfAbsent(customer, c -> new HashSet<>()).add(UUID.fromString(tree.get("eventId").asString()));
            kafka.send(Topics.TRANSACTIONS, customer, event);
        }
    }

    private void awaitProcessed(String customer, long events) {
        List<UUID> ids = List.copyOf(sent.getOrDefault(customer, Set.of()));
        await().atMost(WAIT).until(() -> jdbc.sql("""
                        SELECT count(*) FROM banyan_processed_event
                        WHERE consumer = 'monitoring-stream' AND event_id IN (:ids)""")
                .param("ids", ids).query(Long.class).single() >= events);
    }

    private void awaitAlerts(String rule, String subject, long n) {
        await().atMost(WAIT).until(() -> alertCount(rule, subject) >= n);
        assertThat(alertCount(rule, subject)).isEqualTo(n);
    }

    private long alertCount(String rule, String subject) {
        return jdbc.sql("SELECT count(*) FROM alert WHERE rule_name = :r AND subject = :s")
                .param("r", rule).param("s", subject).query(Long.class).single();
    }

    private long totalCount(String rule, String subject) {
        return jdbc.sql("SELECT COALESCE(sum(count), 0) FROM alert WHERE rule_name = :r AND subject = :s")
                .param("r", rule).param("s", subject).query(Long.class).single();
    }

    private static String customer() {
        return "C" + UUID.randomUUID().toString().substring(0, 8);
    }

    private TestTokens tokens() {
        return new TestTokens(jwtSettings);
    }

    private HttpResponse<String> put(String path, String body, Role role) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Authorization", "Bearer " + tokens().forRoles(role))
                .header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> get(String path, Role role) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Authorization", "Bearer " + tokens().forRoles(role)).GET().build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
