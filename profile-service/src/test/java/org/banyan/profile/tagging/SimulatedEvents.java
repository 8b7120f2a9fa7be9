package org.banyan.profile.tagging;

import org.banyan.common.event.EventContract;
import org.banyan.common.event.EventContracts;
import org.banyan.common.event.EventEnvelope;
import org.banyan.common.event.payload.AppEvent;
import org.banyan.common.event.payload.CreditDecisionMade;
import org.banyan.common.event.payload.CustomerUpdated;
import org.banyan.common.event.payload.LoanEvent;
import org.banyan.common.event.payload.RiskSignalRaised;
import org.banyan.common.event.payload.Severity;
import org.banyan.common.event.payload.TransactionPosted;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;

/**
 * A seeded stream of realistic events for a handful of customers over a span of days: customers,
 * transactions across merchant groups, channels, countries and kinds, app sessions, loans,
 * credit decisions and risk signals. The same seed always gives the same events.
 */
public final class SimulatedEvents {

    private static final String[] MCCS = {"5411", "5812", "3012", "5541", "4111", "5964", "5651", "5732", "5912",
            "8220", "7832", "5712", "4900", "4814", "6300", "5944", "7230", "5533", "7995", "5999", null};
    private static final String[] CITIES = {"Shanghai", "Hangzhou", "Chengdu", "Wuhan", "Xi'an"};
    private static final String[] COUNTRIES = {"CN", "CN", "CN", "CN", "CN", "CN", "JP", "SG", "US", "TH"};
    private static final String[] APP_NAMES = {"login", "page_view", "product_view", "apply_start", "logout"};
    private static final String[] PRODUCTS = {"CC-PLATINUM", "LOAN-FLEX", "WM-FUND-1", "DEP-3M"};
    private static final String[] SIGNALS = {"EARLY_DELINQUENCY_RISK", "LIMIT_FREEZE", "COLLECTIONS_ENTERED",
            "CARD_FRAUD_SUSPECTED", "LIMIT_INCREASE_OFFER"};

    private final Random random;
    private final LocalDate start;
    private final int days;

    public SimulatedEvents(long seed, LocalDate start, int days) {
        this.random = new Random(seed);
        this.start = start;
        this.days = days;
    }

    /** The topic an event is published on. */
    public static String topicOf(EventEnvelope<?> event) {
        return EventContracts.ALL.stream().filter(c -> c.eventType().equals(event.type())).findFirst()
                .orElseThrow().topic();
    }

    /** All events of {@code customers} customers, in time order. */
    public List<EventEnvelope<?>> generate(List<String> customers) {
        List<EventEnvelope<?>> events = new ArrayList<>();
        for (String customer : customers) {
            events.addAll(forCustomer(customer));
        }
        events.sort(java.util.Comparator.comparing(EventEnvelope::occurredAt));
        return events;
    }

    private List<EventEnvelope<?>> forCustomer(String customerId) {
        List<EventEnvelope<?>> events = new ArrayList<>();
        events.add(envelope(EventContracts.CUSTOMERS, customerId, at(0), customer()));
        if (random.nextInt(4) == 0) {
            events.add(envelope(EventContracts.CUSTOMERS, customerId, at(random.nextInt(days)), customer()));
        }
        BigDecimal balance = BigDecimal.valueOf(random.nextInt(80_000) + 500);
        String account = "A-" + customerId;
        int transactions = 10 + random.nextInt(60);
        for (int i = 0; i < transactions; i++) {
            TransactionPosted t = transaction(account, balance);
            balance = t.balanceAfter();
            events.add(envelope(EventContracts.TRANSACTIONS, customerId, at(random.nextInt(days)), t));
        }
        for (int month = 0; month < days / 30; month++) {
            if (random.nextInt(5) > 0) {
                events.add(envelope(EventContracts.TRANSACTIONS, customerId, at(month * 30 + 10),
                        new TransactionPosted("T-" + UUID.randomUUID(), account, BigDecimal.valueOf(8000 + random.nextInt(20000)),
                                "CNY", TransactionPosted.Direction.CREDIT, TransactionPosted.Kind.SALARY,
                                TransactionPosted.Channel.DIRECT_DEBIT, null, null, "CN", null, null)));
            }
        }
        for (int i = random.nextInt(25); i > 0; i--) {
            events.add(envelope(EventContracts.APP_EVENTS, customerId, at(random.nextInt(days)), new AppEvent(
                    "S-" + random.nextInt(100), APP_NAMES[random.nextInt(APP_NAMES.length)],
                    PRODUCTS[random.nextInt(PRODUCTS.length)], "home", "D-" + random.nextInt(3),
                    random.nextBoolean() ? AppEvent.Channel.MOBILE : AppEvent.Channel.WEB)));
        }
        if (random.nextBoolean()) {
            events.addAll(loan(customerId));
        }
        for (int i = random.nextInt(3); i > 0; i--) {
            events.add(envelope(EventContracts.CREDIT_DECISIONS, customerId, at(random.nextInt(days)),
                    new CreditDecisionMade("APP-" + UUID.randomUUID(), "DEC-" + UUID.randomUUID(),
                            CreditDecisionMade.Decision.values()[random.nextInt(3)], random.nextInt(1000) / 1000.0,
                            400 + random.nextInt(400), "ABCDE".substring(random.nextInt(5)).substring(0, 1),
                            "m-1", List.of("R01"), BigDecimal.valueOf(10000), null, false)));
        }
        if (random.nextInt(3) == 0) {
            events.add(envelope(EventContracts.RISK_SIGNALS, customerId, at(random.nextInt(days)),
                    new RiskSignalRaised("SIG-" + UUID.randomUUID(), SIGNALS[random.nextInt(SIGNALS.length)],
                            Severity.values()[random.nextInt(Severity.values().length)], 0.5, null, null,
                            Map.of())));
        }
        return events;
    }

    private List<EventEnvelope<?>> loan(String customerId) {
        List<EventEnvelope<?>> events = new ArrayList<>();
        String loanId = "L-" + UUID.randomUUID();
        LoanEvent.ProductType type = LoanEvent.ProductType.values()[random.nextInt(4)];
        BigDecimal amount = BigDecimal.valueOf(10_000 + random.nextInt(200_000));
        int day = random.nextInt(Math.max(1, days / 3));
        events.add(envelope(EventContracts.LOAN_EVENTS, customerId, at(day), new LoanEvent(loanId,
                LoanEvent.EventType.DISBURSED, type, amount, 0, amount, null, null)));
        BigDecimal outstanding = amount;
        for (int month = 1; day + month * 30 < days; month++) {
            boolean missed = random.nextInt(6) == 0;
            BigDecimal instalment = amount.divide(BigDecimal.valueOf(24), 2, java.math.RoundingMode.HALF_EVEN);
            outstanding = missed ? outstanding : outstanding.subtract(instalment).max(BigDecimal.ZERO);
            events.add(envelope(EventContracts.LOAN_EVENTS, customerId, at(day + month * 30), new LoanEvent(loanId,
                    missed ? LoanEvent.EventType.PAYMENT_MISSED : LoanEvent.EventType.REPAYMENT_RECEIVED, type,
                    instalment, missed ? 1 + random.nextInt(40) : 0, outstanding, null, month)));
        }
        return events;
    }

    private CustomerUpdated customer() {
        return new CustomerUpdated(LocalDate.of(1950 + random.nextInt(55), 1 + random.nextInt(12), 1 + random.nextInt(28)),
                CustomerUpdated.Gender.values()[random.nextInt(3)], CITIES[random.nextInt(CITIES.length)],
                1 + random.nextInt(5), random.nextBoolean() ? "ENGINEER" : "TEACHER",
                random.nextBoolean() ? "BACHELOR" : "MASTER", CustomerUpdated.MaritalStatus.values()[random.nextInt(4)],
                BigDecimal.valueOf(3000 + random.nextInt(50_000)), 1 + random.nextInt(3),
                new CustomerUpdated.Consent(random.nextBoolean(), random.nextBoolean(), random.nextBoolean(),
                        random.nextBoolean()),
                LocalDate.of(2005 + random.nextInt(20), 1 + random.nextInt(12), 1), null, null,
                random.nextInt(4) == 0 ? null : CustomerUpdated.RiskTolerance.values()[random.nextInt(5)]);
    }

    private TransactionPosted transaction(String account, BigDecimal balance) {
        String mcc = MCCS[random.nextInt(MCCS.length)];
        TransactionPosted.Kind kind = switch (random.nextInt(10)) {
            case 0 -> TransactionPosted.Kind.CASH_WITHDRAWAL;
            case 1 -> TransactionPosted.Kind.TRANSFER_OUT;
            case 2 -> TransactionPosted.Kind.BILL_PAYMENT;
            case 3 -> TransactionPosted.Kind.TRANSFER_IN;
            case 4 -> TransactionPosted.Kind.FEE;
            case 5 -> TransactionPosted.Kind.CASH_ADVANCE;
            default -> TransactionPosted.Kind.CARD_PURCHASE;
        };
        boolean credit = kind == TransactionPosted.Kind.TRANSFER_IN;
        BigDecimal amount = BigDecimal.valueOf(100 + random.nextInt(300_000), 2);
        BigDecimal after = credit ? balance.add(amount) : balance.subtract(amount);
        return new TransactionPosted("T-" + UUID.randomUUID(), account, amount, "CNY",
                credit ? TransactionPosted.Direction.CREDIT : TransactionPosted.Direction.DEBIT, kind,
                TransactionPosted.Channel.values()[random.nextInt(TransactionPosted.Channel.values().length)],
                mcc, "M-" + random.nextInt(50), COUNTRIES[random.nextInt(COUNTRIES.length)], null, after);
    }

    private Instant at(int day) {
        return start.plusDays(Math.min(day, days - 1)).atStartOfDay(ZoneOffset.ofHours(8)).toInstant()
                .plusSeconds(random.nextInt(86_400));
    }

    private static <P> EventEnvelope<P> envelope(EventContract contract, String customerId, Instant at, P payload) {
        return new EventEnvelope<>(UUID.randomUUID(), contract.eventType(), contract.version(), at, "simulator",
                customerId, payload);
    }
}
