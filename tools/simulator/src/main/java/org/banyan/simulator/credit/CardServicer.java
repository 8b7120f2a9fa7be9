package org.banyan.simulator.credit;

import org.banyan.common.event.payload.LoanEvent.EventType;
import org.banyan.common.event.payload.LoanEvent.ProductType;
import org.banyan.common.event.payload.TransactionPosted.Channel;
import org.banyan.common.event.payload.TransactionPosted.Kind;
import org.banyan.simulator.core.Rng;
import org.banyan.simulator.product.CardAccount;
import org.banyan.simulator.rows.LoanEventRow;
import org.banyan.simulator.state.CustomerState;
import org.banyan.simulator.state.Day;
import org.banyan.simulator.state.DayOut;
import org.banyan.simulator.state.Intents;
import org.banyan.simulator.state.TxnIntent.Flex;
import org.banyan.simulator.state.TxnIntent.Target;

import java.time.LocalDate;

/**
 * Credit card statements and repayments as loan events (product CREDIT_CARD, loan id = card number):
 * a monthly statement, payment 20 days later by auto-debit (in full, or partly for revolvers), missed
 * payments rolling month to month by the hidden risk, write-off at 180 days past due.
 */
public final class CardServicer {

    private static final int GRACE_DAYS = 20;
    private static final int STATEMENT_SECOND = 4 * 3600;
    private static final int PAYMENT_SECOND = 7 * 3600 + 1800;

    private final long seed;
    private final double macroFactor;

    public CardServicer(long seed, double macroFactor) {
        this.seed = seed;
        this.macroFactor = macroFactor;
    }

    public void service(CustomerState s, Day day, DayOut out) {
        CardAccount card = s.card;
        if (card == null || card.closed || !card.opened().isBefore(day.date())) {
            return;
        }
        long today = day.epochDay();
        if (card.missNoticeDay == today) {
            card.missNoticeDay = CardAccount.NONE;
            event(s, day, EventType.PAYMENT_MISSED, 2 * 3600 + 1800, card.statementCents, card.daysPastDue(today),
                    card.owedCents, LocalDate.ofEpochDay(today - 1), out);
        }
        if (card.oldestUnpaidDue != CardAccount.NONE && today == card.oldestUnpaidDue + 180) {
            event(s, day, EventType.CHARGED_OFF, 3 * 3600, card.owedCents, 180, 0, null, out);
            card.closed = true;
            return;
        }
        if (day.date().getDayOfMonth() == card.statementDay() && (card.owedCents > 0 || card.arrears > 0)) {
            statement(s, card, day, out);
        }
        if (card.dueEpochDay == today) {
            due(s, card, day, out);
        }
    }

    private void statement(CustomerState s, CardAccount card, Day day, DayOut out) {
        card.statementCents = Math.max(0, card.owedCents);
        card.dueEpochDay = day.epochDay() + GRACE_DAYS;
        card.statements++;
        event(s, day, EventType.REPAYMENT_DUE, STATEMENT_SECOND, card.statementCents,
                card.daysPastDue(day.epochDay()), card.owedCents, LocalDate.ofEpochDay(card.dueEpochDay), out);
    }

    private void due(CustomerState s, CardAccount card, Day day, DayOut out) {
        Rng rng = Rng.of(seed, 0xca4dL, s.customer.index(), card.statements);
        if (misses(s, card, day, rng)) {
            card.arrears++;
            if (card.oldestUnpaidDue == CardAccount.NONE) {
                card.oldestUnpaidDue = day.epochDay();
            }
            card.missNoticeDay = day.epochDay() + 1;
            return;
        }
        long amount = card.arrears > 0 || !s.customer.traits().revolver() ? card.statementCents
                : Math.max(Math.min(card.statementCents, 5_000), Math.round(card.statementCents * rng.uniform(0.1, 0.3)));
        card.arrears = 0;
        card.oldestUnpaidDue = CardAccount.NONE;
        if (amount <= 0) {
            return;
        }
        Intents.debit(s, out, PAYMENT_SECOND, Kind.LOAN_REPAYMENT, Channel.DIRECT_DEBIT, amount, null,
                card.cardNumber(), Flex.MANDATORY);
        Intents.credit(s, out, PAYMENT_SECOND + 1, Kind.TRANSFER_IN, Channel.DIRECT_DEBIT, amount,
                s.currentAccount, Target.CARD);
        long after = Math.max(0, card.owedCents - amount);
        out.loanEvents.add(new LoanEventRow(day.at(PAYMENT_SECOND + 30), s.customer.index(), out.nextLoanSeq(),
                card.cardNumber(), EventType.REPAYMENT_RECEIVED, ProductType.CREDIT_CARD, amount, 0, after,
                day.date(), null));
    }

    /** A job loss stops payments; otherwise current accounts slip now and then and arrears tend to roll. */
    private boolean misses(CustomerState s, CardAccount card, Day day, Rng rng) {
        if (card.statementCents <= 0) {
            return false;
        }
        if (s.salaryStopped(day.index() - GRACE_DAYS)) {
            return true;
        }
        double p = s.customer.traits().riskPropensity();
        if (card.arrears > 0) {
            return rng.chance(Math.min(0.85, 0.45 + 2 * p));
        }
        double odds = p / (1 - p) * macroFactor;
        return rng.chance(Math.min(0.5, odds / (1 + odds) / 12 * 2.5));
    }

    private static void event(CustomerState s, Day day, EventType type, int second, long amount, int dpd,
            long outstanding, LocalDate due, DayOut out) {
        out.loanEvents.add(new LoanEventRow(day.at(second), s.customer.index(), out.nextLoanSeq(),
                s.card.cardNumber(), type, ProductType.CREDIT_CARD, Math.max(0, amount), dpd, Math.max(0, outstanding),
                due, null));
    }
}
