package org.banyan.profile.tagging;

import org.banyan.common.event.EventEnvelope;
import org.banyan.common.event.payload.AppEvent;
import org.banyan.common.event.payload.CreditDecisionMade;
import org.banyan.common.event.payload.CustomerUpdated;
import org.banyan.common.event.payload.LoanEvent;
import org.banyan.common.event.payload.RiskSignalRaised;
import org.banyan.common.event.payload.TransactionPosted;
import org.banyan.profile.catalog.SpendCategory;
import org.banyan.profile.tagging.CustomerState.Amount;
import org.banyan.profile.tagging.CustomerState.Day;
import org.banyan.profile.tagging.CustomerState.Loan;
import org.banyan.profile.tagging.CustomerState.Stamped;

import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Set;

/**
 * Folds one event into a customer's state. Shared by the real-time listeners and the bulk import, so
 * both paths build the very same state from the same events.
 */
final class StateUpdates {

    static final String GAMBLING = "GAMBLING";
    static final String OTHER = "OTHER";
    private static final Set<TransactionPosted.Kind> SPEND_KINDS =
            Set.of(TransactionPosted.Kind.CARD_PURCHASE, TransactionPosted.Kind.BILL_PAYMENT);
    private static final Set<TransactionPosted.Channel> ONLINE = Set.of(TransactionPosted.Channel.ECOMMERCE,
            TransactionPosted.Channel.MOBILE, TransactionPosted.Channel.WEB);

    private final ZoneId zone;

    StateUpdates(ZoneId zone) {
        this.zone = zone;
    }

    ZoneId zone() {
        return zone;
    }

    /** The business date (epoch day) of an event. */
    int businessDay(EventEnvelope<?> event) {
        return (int) event.occurredAt().atZone(zone).toLocalDate().toEpochDay();
    }

    /** Applies the event and moves the as-of date up to its business date. */
    void apply(CustomerState state, EventEnvelope<?> event) {
        int day = businessDay(event);
        long at = event.occurredAt().toEpochMilli();
        String id = event.eventId().toString();
        boolean tooOld = state.asOf != null && day < state.asOf - CustomerState.RETENTION_DAYS;
        switch (event.payload()) {
            case CustomerUpdated c -> customer(state, c, at, id);
            case TransactionPosted t -> transaction(state, t, day, at, tooOld);
            case AppEvent a -> app(state, a, day, at, id, tooOld);
            case LoanEvent l -> loan(state, l, day, at, id, tooOld);
            case CreditDecisionMade d -> decision(state, d, day, at, id, tooOld);
            case RiskSignalRaised s -> signal(state, s, day, at, id, tooOld);
            default -> throw new IllegalArgumentException("No tags from " + event.type());
        }
        state.advanceTo(day);
    }

    private void customer(CustomerState state, CustomerUpdated c, long at, String id) {
        if (state.basic == null || at >= state.basic.at()) {
            state.basic = new CustomerState.Basic(at, c.birthDate(), c.gender().name(), c.city(), c.cityTier(),
                    c.occupation(), c.education(), c.maritalStatus().name(), money(c.incomeMonthly()), c.kycLevel(),
                    c.joinDate(), c.riskTolerance() == null ? null : c.riskTolerance().name());
        }
        Stamped consent = new Stamped(at, id, consentFlags(c.consent()), null, null, null);
        state.consent = Stamped.latest(state.consent, consent);
    }

    static String consentFlags(CustomerUpdated.Consent consent) {
        return flag(consent.marketingEmail()) + flag(consent.marketingSms()) + flag(consent.marketingPush())
                + flag(consent.dataSharing());
    }

    private static String flag(boolean value) {
        return value ? "1" : "0";
    }

    private void transaction(CustomerState state, TransactionPosted t, int day, long at, boolean tooOld) {
        Stamped stamp = Stamped.of(at, t.transactionId(), null, t.amount());
        state.lastTxn = Stamped.latest(state.lastTxn, stamp);
        if (t.balanceAfter() != null) {
            Stamped balance = Stamped.of(at, t.transactionId(), null, money(t.balanceAfter()));
            state.balances.merge(t.accountId(), balance, Stamped::latest);
            if (!tooOld) {
                state.day(day).balances.merge(t.accountId(), balance, Stamped::latest);
            }
        }
        boolean spend = t.direction() == TransactionPosted.Direction.DEBIT && SPEND_KINDS.contains(t.kind());
        if (spend) {
            state.lastSpend = Stamped.latest(state.lastSpend, stamp);
        }
        if (t.kind() == TransactionPosted.Kind.SALARY && t.direction() == TransactionPosted.Direction.CREDIT) {
            state.lastSalary = Stamped.latest(state.lastSalary, Stamped.of(at, t.transactionId(), null, money(t.amount())));
        }
        if (tooOld) {
            return;
        }
        Day d = state.day(day);
        BigDecimal amount = money(t.amount());
        d.txns++;
        d.kinds.merge(t.kind().name() + "_" + t.direction().name(), new Amount(1, amount), Amount::plus);
        if (t.direction() == TransactionPosted.Direction.CREDIT) {
            d.inflow = add(d.inflow, amount);
        } else {
            d.outflow = add(d.outflow, amount);
        }
        d.channels.merge(t.channel().name(), 1, Integer::sum);
        d.slots[slot(at)]++;
        boolean abroad = !"CN".equals(t.country());
        if (abroad) {
            d.abroad++;
            d.countries.add(t.country());
        }
        if (spend) {
            String category = SpendCategory.isGambling(t.merchantCategory()) ? GAMBLING
                    : SpendCategory.of(t.merchantCategory()).map(Enum::name).orElse(OTHER);
            d.spend.merge(category, new Amount(1, amount), Amount::plus);
            d.spendMax = d.spendMax == null || amount.compareTo(d.spendMax) > 0 ? amount : d.spendMax;
            if (ONLINE.contains(t.channel())) {
                d.spendOnline = add(d.spendOnline, amount);
            }
            if (t.channel() == TransactionPosted.Channel.POS) {
                d.spendPos = add(d.spendPos, amount);
            }
            if (abroad) {
                d.abroadSpend = add(d.abroadSpend, amount);
            }
        }
    }

    private void app(CustomerState state, AppEvent a, int day, long at, String id, boolean tooOld) {
        boolean login = "login".equals(a.name());
        boolean productView = "product_view".equals(a.name()) && a.productId() != null;
        if (login) {
            state.lastLogin = Stamped.latest(state.lastLogin, Stamped.of(at, id, null, null));
        }
        if (productView) {
            state.lastProductView = Stamped.latest(state.lastProductView, Stamped.of(at, id, a.productId(), null));
        }
        if (tooOld) {
            return;
        }
        Day d = state.day(day);
        d.appEvents++;
        d.logins += login ? 1 : 0;
        d.pageViews += "page_view".equals(a.name()) ? 1 : 0;
        d.applyStarts += "apply_start".equals(a.name()) ? 1 : 0;
        if (productView) {
            d.productViews++;
            d.viewedProducts.merge(a.productId(), 1, Integer::sum);
        }
        d.appChannels.merge(a.channel().name(), 1, Integer::sum);
        d.devices.add(a.deviceId());
    }

    private void loan(CustomerState state, LoanEvent l, int day, long at, String id, boolean tooOld) {
        Stamped stamp = Stamped.of(at, id, l.eventType().name(), null);
        Loan known = state.loans.get(l.loanId());
        BigDecimal limit = known == null ? null : known.limit();
        if (l.eventType() == LoanEvent.EventType.DISBURSED) {
            limit = money(l.amount());
            state.firstLoanDay = state.firstLoanDay == null ? day : Math.min(state.firstLoanDay, day);
        }
        if (known == null || stamp.after(known.latest())) {
            String status = switch (l.eventType()) {
                case CLOSED -> "CLOSED";
                case CHARGED_OFF -> "CHARGED_OFF";
                default -> "OPEN";
            };
            state.loans.put(l.loanId(), new Loan(l.productType().name(), limit, stamp, status, money(l.outstanding()),
                    l.daysPastDue()));
        } else if (limit != null && !limit.equals(known.limit())) {
            state.loans.put(l.loanId(), new Loan(known.productType(), limit, known.latest(), known.status(),
                    known.outstanding(), known.daysPastDue()));
        }
        state.chargedOff |= l.eventType() == LoanEvent.EventType.CHARGED_OFF;
        if (tooOld) {
            return;
        }
        Day d = state.day(day);
        d.maxDpd = Math.max(d.maxDpd, l.daysPastDue());
        switch (l.eventType()) {
            case PAYMENT_MISSED -> d.missed++;
            case REPAYMENT_RECEIVED -> d.repaid++;
            case CLOSED -> d.closed++;
            case DISBURSED -> d.disbursed = add(d.disbursed, money(l.amount()));
            default -> {
            }
        }
    }

    private void decision(CustomerState state, CreditDecisionMade m, int day, long at, String id, boolean tooOld) {
        Stamped stamp = new Stamped(at, id, m.decision().name(), BigDecimal.valueOf(m.pd()), m.grade(), m.score());
        state.lastDecision = Stamped.latest(state.lastDecision, stamp);
        if (tooOld) {
            return;
        }
        Day d = state.day(day);
        d.applications++;
        switch (m.decision()) {
            case APPROVE -> d.approvals++;
            case DECLINE -> d.declines++;
            case REFER -> d.refers++;
        }
    }

    private void signal(CustomerState state, RiskSignalRaised s, int day, long at, String id, boolean tooOld) {
        state.lastSignal = Stamped.latest(state.lastSignal, Stamped.of(at, id, s.signalType(), null));
        if (tooOld) {
            return;
        }
        Day d = state.day(day);
        d.signals++;
        d.severeSignals += s.severity().ordinal() >= org.banyan.common.event.payload.Severity.HIGH.ordinal() ? 1 : 0;
        d.maxSeverity = Math.max(d.maxSeverity, s.severity().ordinal());
        d.signalTypes.add(s.signalType());
    }

    /** 0 morning 06–11, 1 afternoon 12–17, 2 evening 18–21, 3 night 22–05, in the business time zone. */
    int slot(long epochMillis) {
        int hour = ZonedDateTime.ofInstant(java.time.Instant.ofEpochMilli(epochMillis), zone).getHour();
        if (hour >= 6 && hour < 12) {
            return 0;
        }
        if (hour >= 12 && hour < 18) {
            return 1;
        }
        return hour >= 18 && hour < 22 ? 2 : 3;
    }

    static boolean weekend(int epochDay) {
        DayOfWeek dow = java.time.LocalDate.ofEpochDay(epochDay).getDayOfWeek();
        return dow == DayOfWeek.SATURDAY || dow == DayOfWeek.SUNDAY;
    }

    static BigDecimal money(BigDecimal value) {
        return value.setScale(2, java.math.RoundingMode.HALF_EVEN);
    }

    private static BigDecimal add(BigDecimal sum, BigDecimal amount) {
        return sum == null ? amount : sum.add(amount);
    }
}
