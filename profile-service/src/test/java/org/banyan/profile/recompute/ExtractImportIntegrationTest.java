package org.banyan.profile.recompute;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.banyan.common.event.EventEnvelope;
import org.banyan.common.event.payload.AppEvent;
import org.banyan.common.event.payload.CustomerUpdated;
import org.banyan.common.event.payload.LoanEvent;
import org.banyan.common.event.payload.TransactionPosted;
import org.banyan.common.security.JwtSettings;
import org.banyan.common.security.Role;
import org.banyan.common.testsupport.BanyanIntegrationTest;
import org.banyan.common.testsupport.KafkaTestClient;
import org.banyan.profile.support.ApiClient;
import org.banyan.profile.tagging.ProfileEngine;
import org.banyan.profile.tagging.SimulatedEvents;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The bulk import of daily extract files (the simulator's layout) builds the same profiles as the
 * stream: after streaming a history and ageing it to the extract's date, importing the extract of
 * that same history changes no tag.
 */
@BanyanIntegrationTest
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ExtractImportIntegrationTest {

    private static final Path EXTRACTS = createTempDir();
    private static final ZoneId BEIJING = ZoneId.of("Asia/Shanghai");
    private static KafkaTestClient kafka;

    @LocalServerPort
    int port;

    @Autowired
    JwtSettings jwt;

    @Autowired
    JsonMapper mapper;

    @Autowired
    ProfileEngine engine;

    @Autowired
    JdbcClient jdbc;

    @DynamicPropertySource
    static void extractDirectory(DynamicPropertyRegistry registry) {
        registry.add("banyan.profile.import.directory", EXTRACTS::toString);
        registry.add("banyan.profile.import.passes", () -> "3");
    }

    @BeforeAll
    static void connect() {
        kafka = KafkaTestClient.forSharedBroker();
    }

    @AfterAll
    static void disconnect() {
        kafka.close();
    }

    @Test
    void importingTheExtractOfAStreamedHistoryChangesNothing() throws Exception {
        ApiClient api = new ApiClient(port, jwt);
        List<String> customers = IntStream.range(0, 12).mapToObj(i -> "X" + UUID.randomUUID().toString().substring(0, 7)).toList();
        List<EventEnvelope<?>> events = new SimulatedEvents(11, LocalDate.of(2026, 8, 1), 60).generate(customers);
        events.forEach(e -> kafka.send(SimulatedEvents.topicOf(e), e.customerId(), mapper.writeValueAsString(e)));
        await().atMost(Duration.ofSeconds(90)).until(() -> jdbc.sql(
                "SELECT count(*) FROM banyan_processed_event WHERE event_id IN (:ids)")
                .param("ids", events.stream().map(EventEnvelope::eventId).toList()).query(Long.class).single()
                == events.size());
        LocalDate date = LocalDate.of(2026, 9, 29);
        writeExtracts(events);
        JsonNode aged = mapper.readTree(api.post("/api/v1/jobs/profile-recompute",
                "{\"businessDate\":\"" + date + "\"}", Role.BATCH).body());
        awaitDone(api, "profile-recompute", aged.get("id").asString());

        JsonNode run = mapper.readTree(api.post("/api/v1/jobs/profile-import", "{\"businessDate\":\"" + date + "\"}",
                Role.BATCH).body());
        JsonNode done = awaitDone(api, "profile-import", run.get("id").asString());

        assertThat(done.get("customersProcessed").asLong()).isEqualTo(customers.size());
        assertThat(done.get("customersChanged").asLong()).isZero();
    }

    @Test
    void importRequiresABusinessDateAndABatchRole() {
        ApiClient api = new ApiClient(port, jwt);
        assertThat(api.post("/api/v1/jobs/profile-import", "{}", Role.BATCH).statusCode()).isEqualTo(400);
        assertThat(api.post("/api/v1/jobs/profile-import", "{\"businessDate\":\"2026-09-01\"}", Role.ANALYST)
                .statusCode()).isEqualTo(403);
    }

    private JsonNode awaitDone(ApiClient api, String job, String id) {
        JsonNode[] last = new JsonNode[1];
        await().atMost(Duration.ofSeconds(60)).until(() -> {
            last[0] = mapper.readTree(api.get("/api/v1/jobs/" + job + "/" + id, Role.OPS).body());
            assertThat(last[0].get("status").asString()).isNotEqualTo("FAILED");
            return last[0].get("status").asString().equals("SUCCEEDED");
        });
        return last[0];
    }

    /** Writes the events in the simulator's extract layout: one folder per business date, one CSV per entity. */
    private static void writeExtracts(List<EventEnvelope<?>> events) throws IOException {
        Map<Path, CSVPrinter> files = new HashMap<>();
        try {
            for (EventEnvelope<?> e : events) {
                LocalDate day = e.occurredAt().atZone(BEIJING).toLocalDate();
                String[] file = fileOf(e);
                if (file == null) {
                    continue;
                }
                Path path = EXTRACTS.resolve("extracts").resolve(day.toString()).resolve(file[0]);
                CSVPrinter printer = files.get(path);
                if (printer == null) {
                    Files.createDirectories(path.getParent());
                    Writer writer = Files.newBufferedWriter(path, StandardCharsets.UTF_8);
                    printer = new CSVPrinter(writer, CSVFormat.RFC4180.builder().setHeader(file[1].split(",")).get());
                    files.put(path, printer);
                }
                printer.printRecord((Object[]) row(e));
            }
        } finally {
            for (CSVPrinter printer : files.values()) {
                printer.close();
            }
        }
    }

    private static String[] fileOf(EventEnvelope<?> e) {
        return switch (e.payload()) {
            case CustomerUpdated c -> new String[] {"customers.csv", "event_id,occurred_at,customer_id,birth_date,"
                    + "gender,city,city_tier,occupation,education,marital_status,income_monthly,kyc_level,"
                    + "consent_marketing_email,consent_marketing_sms,consent_marketing_push,consent_data_sharing,"
                    + "join_date,national_id,phone,address,dependents,risk_tolerance"};
            case TransactionPosted t -> new String[] {"transactions.csv", "event_id,transaction_id,occurred_at,"
                    + "customer_id,account_id,amount,currency,direction,kind,channel,merchant_category,merchant_id,"
                    + "country,city,balance_after"};
            case AppEvent a -> new String[] {"app_events.csv", "event_id,occurred_at,customer_id,session_id,name,"
                    + "product_id,page,device_id,channel"};
            case LoanEvent l -> new String[] {"loan_events.csv", "event_id,occurred_at,customer_id,loan_id,event_type,"
                    + "product_type,amount,days_past_due,outstanding,due_date,installment_number"};
            default -> null;
        };
    }

    private static String[] row(EventEnvelope<?> e) {
        String id = e.eventId().toString();
        String at = e.occurredAt().toString();
        String who = e.customerId();
        return switch (e.payload()) {
            case CustomerUpdated c -> strings(id, at, who, c.birthDate(), c.gender(), c.city(), c.cityTier(),
                    c.occupation(), c.education(), c.maritalStatus(), c.incomeMonthly(), c.kycLevel(),
                    c.consent().marketingEmail(), c.consent().marketingSms(), c.consent().marketingPush(),
                    c.consent().dataSharing(), c.joinDate(), c.nationalId(), c.phone(), "Some road 1", 0, c.riskTolerance());
            case TransactionPosted t -> strings(id, t.transactionId(), at, who, t.accountId(), t.amount(), t.currency(),
                    t.direction(), t.kind(), t.channel(), t.merchantCategory(), t.merchantId(), t.country(), t.city(),
                    t.balanceAfter());
            case AppEvent a -> strings(id, at, who, a.sessionId(), a.name(), a.productId(), a.page(), a.deviceId(),
                    a.channel());
            case LoanEvent l -> strings(id, at, who, l.loanId(), l.eventType(), l.productType(), l.amount(),
                    l.daysPastDue(), l.outstanding(), l.dueDate(), l.installmentNumber());
            default -> throw new IllegalArgumentException();
        };
    }

    private static String[] strings(Object... values) {
        String[] out = new String[values.length];
        for (int i = 0; i < values.length; i++) {
            out[i] = values[i] == null ? "" : values[i] instanceof java.math.BigDecimal d ? d.toPlainString()
                    : values[i].toString();
        }
        return out;
    }

    private static Path createTempDir() {
        try {
            return Files.createTempDirectory("profile-extracts");
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
