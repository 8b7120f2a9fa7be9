package org.banyan.simulator.transaction;

import org.banyan.common.event.payload.TransactionPosted.Channel;
import org.banyan.common.event.payload.TransactionPosted.Direction;
import org.banyan.common.event.payload.TransactionPosted.Kind;
import org.banyan.simulator.core.Ids;
import org.banyan.simulator.rows.TransactionRow;
import org.banyan.simulator.state.CustomerState;
import org.banyan.simulator.state.Day;
import org.banyan.simulator.state.DayOut;
import org.banyan.simulator.state.TxnIntent;
import org.banyan.simulator.state.TxnIntent.Flex;
import org.banyan.simulator.state.TxnIntent.Target;

import java.util.Comparator;

/**
 * Posts a customer's intents for the day in time order against their balances. Purchases the current
 * account cannot cover move to the credit card (or are declined); commitments are covered by a top-up
 * transfer first, so accounts never go overdrawn except through fraud.
 */
public final class Ledger {

    private static final Comparator<TxnIntent> BY_TIME =
            Comparator.comparingInt(TxnIntent::second).thenComparingInt(TxnIntent::order);

    private Ledger() {
    }

    public static void post(CustomerState s, Day day, DayOut out) {
        if (out.intents.isEmpty()) {
            return;
        }
        out.intents.sort(BY_TIME);
        int[] cursor = {0, 0};
        for (TxnIntent intent : out.intents) {
            TxnIntent routed = route(s, intent);
            if (routed != null) {
                apply(s, day, routed, cursor, out);
            }
        }
    }

    /** Picks the account that pays, or null when a discretionary purchase is declined. */
    private static TxnIntent route(CustomerState s, TxnIntent t) {
        boolean cardUsable = s.card != null && !s.card.closed;
        if (t.target() == Target.CARD && !cardUsable) {
            t = t.retarget(Target.CURRENT, t.channel());
        }
        if (t.direction() == Direction.CREDIT || t.flex() != Flex.DISCRETIONARY) {
            return t;
        }
        if (t.target() == Target.CURRENT && s.currentBalance < t.amountCents()) {
            return cardUsable && s.card.availableCents() >= t.amountCents() && t.kind() == Kind.CARD_PURCHASE
                    ? t.retarget(Target.CARD, t.channel()) : null;
        }
        if (t.target() == Target.CARD && s.card.availableCents() < t.amountCents()) {
            return s.currentBalance >= t.amountCents() ? t.retarget(Target.CURRENT, t.channel()) : null;
        }
        return t;
    }

    /** {@code cursor} holds the next sequence number and the second of the last posting. */
    private static void apply(CustomerState s, Day day, TxnIntent t, int[] cursor, DayOut out) {
        if (t.flex() == Flex.MANDATORY && t.direction() == Direction.DEBIT) {
            topUp(s, day, t, cursor, out);
        }
        long signed = t.direction() == Direction.CREDIT ? t.amountCents() : -t.amountCents();
        String account;
        long after;
        switch (t.target()) {
            case CARD -> {
                s.card.owedCents -= signed;
                account = s.card.cardNumber();
                after = -s.card.owedCents;
            }
            case SAVINGS -> {
                s.savingsBalance += signed;
                account = s.savings.accountId();
                after = s.savingsBalance;
            }
            default -> {
                s.currentBalance += signed;
                account = s.currentAccount;
                after = s.currentBalance;
            }
        }
        cursor[1] = t.second();
        out.transactions.add(row(s, day, t, cursor[0]++, account, after));
    }

    /**
     * Moves money in from family or another bank shortly before a commitment the balance cannot meet
     * (never before the last posting, so postings stay in time order).
     */
    private static void topUp(CustomerState s, Day day, TxnIntent t, int[] cursor, DayOut out) {
        long balance = t.target() == Target.SAVINGS ? s.savingsBalance : s.currentBalance;
        if (t.target() == Target.CARD || balance >= t.amountCents()) {
            return;
        }
        long shortfall = t.amountCents() - balance;
        long amount = ((shortfall + 9_999) / 10_000) * 10_000 + 20_000;
        TxnIntent in = new TxnIntent(Math.max(cursor[1], t.second() - 1_800), t.order(), Kind.TRANSFER_IN, Direction.CREDIT,
                Channel.MOBILE, amount, t.target(), null, null, "CN", s.customer.city().name(), null, null,
                Flex.MANDATORY);
        apply(s, day, in, cursor, out);
    }

    private static TransactionRow row(CustomerState s, Day day, TxnIntent t, int seq, String account, long after) {
        int customer = s.customer.index();
        return new TransactionRow(day.at(t.second()), customer, seq, Ids.transactionId(day.yymmdd(), customer, seq),
                account, t.amountCents(), t.direction(), t.kind(), t.channel(), t.mcc(), t.merchantId(), t.country(),
                t.city(), after, t.anomalyId(), t.pattern());
    }
}
