package org.banyan.simulator.realism;

import org.banyan.simulator.core.PatternRates;
import org.banyan.simulator.core.SimulationConfig;
import org.banyan.simulator.output.Extracts;
import org.banyan.simulator.support.Csv;
import org.banyan.simulator.support.Runs;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** Realism of the tiny preset (1,000 customers, 90 days), read back from its files. */
class TinyRealismTest {

    private static final ZoneOffset BEIJING = ZoneOffset.ofHours(8);

    @TempDir
    static Path run;

    static SimulationConfig config;
    static List<Map<String, String>> transactions;
    static Map<String, Map<String, String>> truth;
    static List<Map<String, String>> anomalies;

    @BeforeAll
    static void generateTinyPreset() {
        config = Runs.tiny();
        Runs.generate(config, run);
        transactions = Csv.extracts(run, "transactions");
        truth = Csv.read(run.resolve("ground_truth/customers.csv")).stream()
                .collect(Collectors.toMap(g -> g.get("customer_id"), g -> g));
        anomalies = Csv.read(run.resolve("ground_truth/anomalies.csv"));
    }

    @Test
    void dailyExtractsHoldOneFilePerEntityPerBusinessDateWithAHeader() throws IOException {
        // given the extract folder of a 90-day run
        List<Path> days;
        try (Stream<Path> list = Files.list(run.resolve("extracts"))) {
            days = list.sorted().toList();
        }

        // then there is one folder per business date, each with the six entity files and their headers
        assertThat(days).hasSize(90);
        assertThat(days.getFirst().getFileName()).hasToString("2026-08-01");
        for (Path day : days) {
            assertThat(Csv.header(day.resolve("transactions.csv"))).containsExactly(Extracts.TRANSACTIONS);
            assertThat(Csv.header(day.resolve("customers.csv"))).containsExactly(Extracts.CUSTOMERS);
            assertThat(Csv.header(day.resolve("app_events.csv"))).containsExactly(Extracts.APP_EVENTS);
            assertThat(Csv.header(day.resolve("loan_events.csv"))).containsExactly(Extracts.LOAN_EVENTS);
            assertThat(Csv.header(day.resolve("accounts.csv"))).containsExactly(Extracts.ACCOUNTS);
            assertThat(Csv.header(day.resolve("loan_applications.csv"))).containsExactly(Extracts.LOAN_APPLICATIONS);
        }
        assertThat(run.resolve("_SUCCESS")).exists();
    }

    @Test
    void everyEmployedCustomerIsPaidExactlyOnceInEachFullMonth() {
        // given salaried customers who were customers before the window and kept their job
        Set<String> joinedBefore = Csv.extracts(run, "customers").stream()
                .filter(c -> LocalDate.parse(c.get("join_date")).isBefore(config.startDate()))
                .map(c -> c.get("customer_id")).collect(Collectors.toSet());
        Set<String> employed = truth.values().stream()
                .filter(g -> g.get("employment_type").equals("SALARIED") && g.get("salary_stop_date").isEmpty())
                .map(g -> g.get("customer_id")).filter(joinedBefore::contains).collect(Collectors.toSet());

        // when salary credits are counted per customer and month (August and September are complete)
        Map<String, Long> perMonth = transactions.stream().filter(t -> t.get("kind").equals("SALARY"))
                .collect(Collectors.groupingBy(t -> t.get("customer_id") + "/" + localDate(t).getMonthValue(),
                        Collectors.counting()));

        // then each of them got exactly one in each month, and nobody else got any
        assertThat(employed).hasSizeGreaterThan(300);
        for (String customer : employed) {
            assertThat(perMonth.get(customer + "/8")).as(customer + " August").isEqualTo(1L);
            assertThat(perMonth.get(customer + "/9")).as(customer + " September").isEqualTo(1L);
        }
        assertThat(perMonth.keySet().stream().map(k -> k.split("/")[0]))
                .allMatch(c -> truth.get(c).get("employment_type").equals("SALARIED"));
    }

    @Test
    void baselineOffersConvertAtTwoToTwelvePercent() {
        // given the untargeted offers of the run
        List<Map<String, String>> offers = Csv.read(run.resolve("training/offers.csv"));

        // when the conversion rate is measured
        double rate = offers.stream().mapToInt(o -> Integer.parseInt(o.get("converted"))).average().orElse(0);

        // then it is a plausible base rate for random targeting
        assertThat(offers).hasSizeGreaterThan(500);
        assertThat(rate).isBetween(0.02, 0.12);
    }

    @Test
    void plantedPatternsOccurExactlyAtTheConfiguredRates() {
        // given who was eligible for each pattern
        PatternRates rates = config.patterns();
        Set<String> ringMembers = truth.values().stream().filter(g -> !g.get("ring_id").isEmpty())
                .map(g -> g.get("customer_id")).collect(Collectors.toSet());
        Set<String> cardHolders = Csv.read(run.resolve("extracts/2026-08-01/accounts.csv")).stream()
                .filter(a -> a.get("product_type").equals("CREDIT_CARD")).map(a -> a.get("customer_id"))
                .filter(c -> !ringMembers.contains(c)).collect(Collectors.toSet());
        int others = config.customers() - ringMembers.size();
        double months = config.days() / 30.0;

        // then the planted counts are the configured rates applied to them
        assertThat(count("CARD_FRAUD_BURST")).isEqualTo(Math.round(rates.cardFraudPer30Days() * cardHolders.size() * months));
        assertThat(count("GAMBLING_SPIKE")).isEqualTo(Math.round(rates.gamblingPer30Days() * others * months));
        assertThat(count("SALARY_STOP")).isEqualTo(Math.round(rates.salaryStopPer30Days() * salaryStopEligible(
                ringMembers, cardHolders) * months));
        assertThat(ringMembers).hasSize((int) Math.round(rates.ringMemberShare() * config.customers()));
        assertThat(count("CARD_FRAUD_BURST") + count("GAMBLING_SPIKE") + count("SALARY_STOP")).isPositive();
    }

    private long salaryStopEligible(Set<String> ringMembers, Set<String> cardHolders) {
        Set<String> borrowers = Csv.read(run.resolve("training/loan_applications.csv")).stream()
                .filter(a -> a.get("book").equals("BACK_BOOK"))
                .filter(a -> LocalDate.parse(a.get("application_date"))
                        .plusMonths(Integer.parseInt(a.get("term_months"))).isAfter(config.startDate()))
                .map(a -> a.get("customer_id")).collect(Collectors.toSet());
        Set<String> joinedBefore = Csv.read(run.resolve("extracts/2026-08-01/customers.csv")).stream()
                .filter(c -> LocalDate.parse(c.get("join_date")).isBefore(config.startDate()))
                .map(c -> c.get("customer_id")).collect(Collectors.toSet());
        return truth.values().stream().filter(g -> g.get("employment_type").equals("SALARIED"))
                .map(g -> g.get("customer_id"))
                .filter(c -> joinedBefore.contains(c) && !ringMembers.contains(c))
                .filter(c -> borrowers.contains(c) || cardHolders.contains(c)).count();
    }

    @Test
    void cardFraudBurstsAreRunsOfForeignCardTransactionsWithinMinutes() {
        // given the transactions labelled as card fraud
        Map<String, List<Map<String, String>>> bursts = labelled("CARD_FRAUD_BURST");

        // then each burst is at least five foreign purchases within a quarter of an hour on a credit card
        assertThat(bursts).hasSize((int) count("CARD_FRAUD_BURST"));
        bursts.values().forEach(burst -> {
            assertThat(burst).hasSizeGreaterThanOrEqualTo(5);
            assertThat(burst).allMatch(t -> !t.get("country").equals("CN") && t.get("account_id").length() == 16);
            List<Instant> times = burst.stream().map(t -> Instant.parse(t.get("occurred_at"))).sorted().toList();
            assertThat(times.getLast().getEpochSecond() - times.getFirst().getEpochSecond()).isLessThan(15 * 60);
        });
    }

    @Test
    void gamblingSpikesAreMostlyLateNightBetsAtMcc7995() {
        // given the transactions labelled as gambling spikes
        List<Map<String, String>> bets = labelled("GAMBLING_SPIKE").values().stream().flatMap(List::stream).toList();

        // then all are betting merchants, and most happen between 20:00 and 04:00 Beijing time
        assertThat(bets).isNotEmpty().allMatch(t -> t.get("merchant_category").equals("7995"));
        long night = bets.stream().map(t -> Instant.parse(t.get("occurred_at")).atOffset(BEIJING).getHour())
                .filter(h -> h >= 20 || h < 4).count();
        assertThat(night).isGreaterThan(bets.size() * 8L / 10);
    }

    @Test
    void salaryStopsComeBeforeMissedPayments() {
        // given the planted salary stops
        List<Map<String, String>> stops = anomalies.stream().filter(a -> a.get("pattern").equals("SALARY_STOP"))
                .toList();

        // then no salary arrives after the stop, and payments start failing at least three weeks later
        assertThat(stops).isNotEmpty();
        for (Map<String, String> stop : stops) {
            LocalDate stopped = LocalDate.parse(stop.get("start_date"));
            assertThat(transactions).noneMatch(t -> t.get("customer_id").equals(stop.get("customer_id"))
                    && t.get("kind").equals("SALARY") && !localDate(t).isBefore(stopped));
            if (!stop.get("first_missed_payment_date").isEmpty()) {
                assertThat(LocalDate.parse(stop.get("first_missed_payment_date"))).isAfterOrEqualTo(stopped.plusDays(20));
            }
        }
        assertThat(stops.stream().filter(s -> !s.get("first_missed_payment_date").isEmpty()).count())
                .isGreaterThanOrEqualTo(stops.size() / 2);
    }

    @Test
    void fraudRingsShareContactDataAndAllDefault() {
        // given the ring members and their applications
        Map<String, List<Map<String, String>>> rings = Csv.read(run.resolve("ground_truth/fraud_rings.csv")).stream()
                .collect(Collectors.groupingBy(r -> r.get("ring_id")));

        // then each ring has three or more members sharing what the ring shares, all of whom default
        assertThat(rings).isNotEmpty();
        rings.values().forEach(members -> {
            assertThat(members).hasSizeGreaterThanOrEqualTo(3);
            String shared = members.getFirst().get("shared_attributes");
            for (String attribute : shared.split("\\|")) {
                String column = attribute.equals("device") ? "device_id" : attribute;
                assertThat(members.stream().map(m -> m.get(column)).distinct()).as(column).hasSize(1);
            }
            assertThat(members).allMatch(m -> m.get("default_12m").equals("1"));
        });
    }

    @Test
    void balancesMoveExactlyByThePostedAmounts() {
        // given each account's transactions in the order they were posted
        Map<String, Long> last = new HashMap<>();
        Set<String> checked = new HashSet<>();

        // then every balance equals the previous one plus or minus the amount
        for (Map<String, String> t : transactions) {
            long amount = cents(t.get("amount"));
            long after = cents(t.get("balance_after"));
            Long before = last.put(t.get("account_id"), after);
            if (before != null) {
                long expected = t.get("direction").equals("CREDIT") ? before + amount : before - amount;
                assertThat(after).as(t.get("transaction_id")).isEqualTo(expected);
                checked.add(t.get("account_id"));
            }
        }
        assertThat(checked).hasSizeGreaterThan(500);
    }

    @Test
    void purchasesFollowADailyCycle() {
        // given card purchases by Beijing hour
        long[] byHour = new long[24];
        transactions.stream().filter(t -> t.get("kind").equals("CARD_PURCHASE"))
                .forEach(t -> byHour[Instant.parse(t.get("occurred_at")).atOffset(BEIJING).getHour()]++);
        long night = byHour[2] + byHour[3] + byHour[4];
        long evening = byHour[18] + byHour[19] + byHour[20];

        // then the small hours are quiet and the evening busy
        assertThat(evening).isGreaterThan(night * 5);
    }

    private static long count(String pattern) {
        return anomalies.stream().filter(a -> a.get("pattern").equals(pattern)).count();
    }

    private static Map<String, List<Map<String, String>>> labelled(String pattern) {
        Set<String> ids = Csv.read(run.resolve("ground_truth/anomaly_transactions.csv")).stream()
                .filter(a -> a.get("pattern").equals(pattern)).map(a -> a.get("transaction_id"))
                .collect(Collectors.toSet());
        Map<String, String> anomalyOf = new HashMap<>();
        Csv.read(run.resolve("ground_truth/anomaly_transactions.csv"))
                .forEach(a -> anomalyOf.put(a.get("transaction_id"), a.get("anomaly_id")));
        return transactions.stream().filter(t -> ids.contains(t.get("transaction_id")))
                .collect(Collectors.groupingBy(t -> anomalyOf.get(t.get("transaction_id"))));
    }

    private static LocalDate localDate(Map<String, String> t) {
        return Instant.parse(t.get("occurred_at")).atOffset(BEIJING).toLocalDate();
    }

    private static long cents(String yuan) {
        return new BigDecimal(yuan).movePointRight(2).longValueExact();
    }
}
