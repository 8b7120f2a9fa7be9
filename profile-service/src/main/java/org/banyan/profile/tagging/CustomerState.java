package org.banyan.profile.tagging;

import com.fasterxml.jackson.annotation.JsonInclude;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Everything the tags of one customer are computed from: the latest basic attributes, per-day
 * aggregates of the last ~year, and the latest value of each "last ..." fact. Stored as JSON beside
 * the profile.
 *
 * <p>Every update is commutative: day aggregates are sums, maxima and set unions, and each "latest"
 * fact keeps the one with the greatest (occurredAt, id). So the state after a set of events does not
 * depend on the order they arrived in, which is what lets the real-time path (Kafka order) and the
 * batch path (file order) agree.
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
final class CustomerState {

    /** Days kept before the as-of date: the longest window (365) and a margin for late events. */
    static final int RETENTION_DAYS = 370;

    public Basic basic;
    public Stamped consent;
    /** Business date (epoch day) the tags were last computed as of; never moves backwards. */
    public Integer asOf;
    public TreeMap<Integer, Day> days = new TreeMap<>();
    public Map<String, Stamped> balances = new HashMap<>();
    /** Balances of days that left the retention period, so end-of-day balances can carry forward. */
    public Map<String, Stamped> carriedBalances = new HashMap<>();
    public Stamped lastTxn;
    public Stamped lastSpend;
    public Stamped lastSalary;
    public Stamped lastLogin;
    public Stamped lastProductView;
    public Stamped lastDecision;
    public Stamped lastSignal;
    public Map<String, Loan> loans = new HashMap<>();
    public boolean chargedOff;
    public Integer firstLoanDay;
    /** Values of EXTERNAL tags, in their JSON form, set through the API. */
    public Map<String, Object> external = new HashMap<>();

    Day day(int epochDay) {
        return days.computeIfAbsent(epochDay, d -> new Day());
    }

    /** Moves the as-of date forward (never back) and drops days that no window reaches any more. */
    void advanceTo(int epochDay) {
        if (asOf == null || epochDay > asOf) {
            asOf = epochDay;
        }
        int oldestKept = asOf - RETENTION_DAYS;
        while (!days.isEmpty() && days.firstKey() < oldestKept) {
            Day dropped = days.pollFirstEntry().getValue();
            dropped.balances.forEach((account, balance) -> carriedBalances.merge(account, balance, Stamped::latest));
        }
    }

    /**
     * After a rebuild from extract files: takes over from the previous state what extracts do not carry
     * (credit decisions, risk signals, API-set tags and consent) and every day after {@code lastExtractDay}.
     */
    void keepWhatExtractsLack(CustomerState previous, int lastExtractDay) {
        external.putAll(previous.external);
        consent = Stamped.latest(consent, previous.consent);
        lastDecision = Stamped.latest(lastDecision, previous.lastDecision);
        lastSignal = Stamped.latest(lastSignal, previous.lastSignal);
        previous.days.forEach((epochDay, old) -> {
            if (epochDay > lastExtractDay) {
                days.put(epochDay, old);
                return;
            }
            Day d = day(epochDay);
            d.applications = old.applications;
            d.approvals = old.approvals;
            d.declines = old.declines;
            d.refers = old.refers;
            d.signals = old.signals;
            d.severeSignals = old.severeSignals;
            d.maxSeverity = old.maxSeverity;
            d.signalTypes.addAll(old.signalTypes);
        });
        if (previous.asOf != null && previous.asOf > lastExtractDay) {
            advanceTo(previous.asOf);
        }
    }

    boolean isEmpty() {
        return basic == null && days.isEmpty() && loans.isEmpty() && external.isEmpty() && lastTxn == null
                && lastLogin == null && lastDecision == null && lastSignal == null;
    }

    /** Basic attributes as core banking last reported them ({@code riskTolerance} null when not assessed). */
    public record Basic(long at, LocalDate birthDate, String gender, String city, int cityTier, String occupation,
            String education, String maritalStatus, BigDecimal incomeMonthly, int kycLevel, LocalDate joinDate,
            String riskTolerance) {
    }

    /** A fact stamped with when it happened and a tie-breaking id; the greatest stamp is the latest. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Stamped(long at, String id, String value, BigDecimal amount, String extra, Integer score) {

        static Stamped of(long at, String id, String value, BigDecimal amount) {
            return new Stamped(at, id, value, amount, null, null);
        }

        boolean after(Stamped other) {
            return other == null || at > other.at || (at == other.at && id.compareTo(other.id) > 0);
        }

        static Stamped latest(Stamped a, Stamped b) {
            if (a == null) {
                return b;
            }
            return b != null && b.after(a) ? b : a;
        }
    }

    /** The latest known state of one loan or credit line. */
    public record Loan(String productType, BigDecimal limit, Stamped latest, String status, BigDecimal outstanding,
            int daysPastDue) {

        boolean open() {
            return "OPEN".equals(status);
        }
    }

    /** Count and amount. */
    public record Amount(int count, BigDecimal amount) {

        static final Amount ZERO = new Amount(0, BigDecimal.ZERO);

        Amount plus(Amount other) {
            return new Amount(count + other.count, amount.add(other.amount));
        }
    }

    /** One business day's aggregates. */
    @JsonInclude(JsonInclude.Include.NON_DEFAULT)
    public static final class Day {
        public int txns;
        public Map<String, Amount> spend = new HashMap<>();
        public BigDecimal spendMax;
        public BigDecimal spendOnline;
        public BigDecimal spendPos;
        public Map<String, Amount> kinds = new HashMap<>();
        public BigDecimal inflow;
        public BigDecimal outflow;
        public Map<String, Integer> channels = new HashMap<>();
        public int[] slots = new int[4];
        public int abroad;
        public BigDecimal abroadSpend;
        public Set<String> countries = new HashSet<>();
        public Map<String, Stamped> balances = new HashMap<>();
        public int appEvents;
        public int logins;
        public int pageViews;
        public int productViews;
        public int applyStarts;
        public Map<String, Integer> appChannels = new HashMap<>();
        public Map<String, Integer> viewedProducts = new HashMap<>();
        public Set<String> devices = new HashSet<>();
        public int missed;
        public int repaid;
        public int closed;
        public BigDecimal disbursed;
        public int maxDpd;
        public int applications;
        public int approvals;
        public int declines;
        public int refers;
        public int signals;
        public int severeSignals;
        public int maxSeverity = -1;
        public Set<String> signalTypes = new HashSet<>();
    }
}
