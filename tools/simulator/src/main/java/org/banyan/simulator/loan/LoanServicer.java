package org.banyan.simulator.loan;

import org.banyan.common.event.payload.LoanEvent.EventType;
import org.banyan.common.event.payload.LoanEvent.ProductType;

import java.time.LocalDate;

/**
 * Reads a loan's path day by day and turns it into loan events: DISBURSED, REPAYMENT_DUE on each due
 * date (overnight batch), REPAYMENT_RECEIVED by auto-debit the same morning, PAYMENT_MISSED the night
 * after a failed debit, CHARGED_OFF at 180 days past due, CLOSED after the last instalment.
 */
public final class LoanServicer {

    private static final int DUE_SECOND = 6 * 3600;
    private static final int DEBIT_SECOND = 7 * 3600;
    private static final int MISS_SECOND = 2 * 3600 + 1800;
    private static final int CHARGE_OFF_SECOND = 3 * 3600;

    private LoanServicer() {
    }

    /** Brings a loan booked before the window to its state on {@code startDay}, emitting nothing. */
    public static void fastForward(Loan loan, long startDay) {
        while (!loan.finished && loan.nextEventDay() < startDay) {
            step(loan, loan.nextEventDay(), null);
        }
    }

    /** Everything that happens to the loan on {@code epochDay}. */
    public static void service(Loan loan, long epochDay, LoanListener out) {
        if (loan.disbursed().toEpochDay() == epochDay) {
            disburse(loan, out);
        }
        if (!loan.finished && loan.nextEventDay() == epochDay) {
            step(loan, epochDay, out);
        }
    }

    private static void disburse(Loan loan, LoanListener out) {
        long amount = loan.application().amountCents();
        out.loanEvent(loan, EventType.DISBURSED, loan.disbursedSecond(), amount, 0, amount,
                LoanSchedule.dueDate(loan.disbursed(), 1), null);
        if (loan.productType() == ProductType.PERSONAL_LOAN) {
            out.disbursedFunds(loan, loan.disbursedSecond() + 60, amount);
        }
    }

    private static void step(Loan loan, long day, LoanListener out) {
        if (loan.missNoticeDay == day) {
            loan.missNoticeDay = LoanOutcome.NONE;
            emit(out, loan, EventType.PAYMENT_MISSED, MISS_SECOND, arrearsAmount(loan), loan.daysPastDue(day),
                    loan.nextInstalment - 1, day - 1);
        }
        if (loan.oldestUnpaidDue != LoanOutcome.NONE && day == loan.oldestUnpaidDue + LoanPath.CHARGE_OFF_DPD) {
            chargeOff(loan, day, out);
            return;
        }
        if (loan.nextInstalment <= loan.term() && loan.nextDueDay == day) {
            due(loan, day, out);
        }
    }

    private static void due(Loan loan, long day, LoanListener out) {
        int k = loan.nextInstalment;
        long[] settlement = settle(loan, k - loan.arrears, k);
        emit(out, loan, EventType.REPAYMENT_DUE, DUE_SECOND, settlement[0], loan.daysPastDue(day), k, day);
        if (loan.pathAt(k) == LoanPath.PAY) {
            pay(loan, k, day, settlement, out);
        } else {
            loan.arrears++;
            if (loan.oldestUnpaidDue == LoanOutcome.NONE) {
                loan.oldestUnpaidDue = day;
            }
            loan.missNoticeDay = day + 1;
        }
        loan.nextInstalment++;
        loan.nextDueDay = LoanSchedule.dueDate(loan.disbursed(), loan.nextInstalment).toEpochDay();
    }

    private static void pay(Loan loan, int k, long day, long[] settlement, LoanListener out) {
        loan.outstanding = settlement[1];
        loan.arrears = 0;
        loan.oldestUnpaidDue = LoanOutcome.NONE;
        if (out != null) {
            out.repaid(loan, DEBIT_SECOND, settlement[0]);
        }
        emit(out, loan, EventType.REPAYMENT_RECEIVED, DEBIT_SECOND + 30, settlement[0], 0, k, day);
        if (k == loan.term()) {
            loan.finished = true;
            emit(out, loan, EventType.CLOSED, DEBIT_SECOND + 60, 0, 0, k, day);
        }
    }

    private static void chargeOff(Loan loan, long day, LoanListener out) {
        long written = loan.outstanding;
        loan.outstanding = 0;
        loan.finished = true;
        emit(out, loan, EventType.CHARGED_OFF, CHARGE_OFF_SECOND, written, LoanPath.CHARGE_OFF_DPD,
                loan.nextInstalment - 1, loan.oldestUnpaidDue);
    }

    private static long arrearsAmount(Loan loan) {
        int last = loan.nextInstalment - 1;
        return settle(loan, last - loan.arrears + 1, last)[0];
    }

    /**
     * Paying instalments {@code from..to} in order: {total paid, principal balance after}. Overdue
     * instalments accrue no penalty interest here; the last instalment clears whatever is left.
     */
    private static long[] settle(Loan loan, int from, int to) {
        long balance = loan.outstanding;
        long total = 0;
        for (int j = from; j <= to; j++) {
            long interest = Math.round(balance * loan.application().annualRate() / 12);
            long payment = j == loan.term() ? balance + interest : loan.application().installmentCents();
            balance -= Math.max(0, Math.min(balance, payment - interest));
            total += payment;
        }
        return new long[] {total, balance};
    }

    private static void emit(LoanListener out, Loan loan, EventType type, int second, long amount, int dpd,
            int instalment, long dueEpochDay) {
        if (out != null) {
            out.loanEvent(loan, type, second, Math.max(0, amount), dpd, Math.max(0, loan.outstanding),
                    LocalDate.ofEpochDay(dueEpochDay), instalment);
        }
    }
}
