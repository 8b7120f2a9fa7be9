package org.banyan.simulator.loan;

import org.banyan.common.event.payload.LoanEvent.ProductType;

import java.time.LocalDate;

/**
 * A booked instalment loan and where its servicing has got to. Mutable, owned by one customer's state
 * and only touched by the thread simulating that customer.
 */
public final class Loan {

    private final LoanApplication application;
    private final ProductType productType;
    private final LocalDate disbursed;
    private final int disbursedSecond;
    private final byte[] path;
    private final LoanOutcome outcome;

    int nextInstalment = 1;
    long outstanding;
    int arrears;
    long oldestUnpaidDue = LoanOutcome.NONE;
    long missNoticeDay = LoanOutcome.NONE;
    long nextDueDay;
    boolean finished;

    public Loan(LoanApplication application, ProductType productType, LocalDate disbursed, int disbursedSecond,
            byte[] path) {
        this.application = application;
        this.productType = productType;
        this.disbursed = disbursed;
        this.disbursedSecond = disbursedSecond;
        this.path = path;
        this.outcome = LoanPath.evaluate(path, disbursed);
        this.outstanding = application.amountCents();
        this.nextDueDay = LoanSchedule.dueDate(disbursed, 1).toEpochDay();
    }

    public LoanApplication application() {
        return application;
    }

    public String loanId() {
        return application.loanId();
    }

    public ProductType productType() {
        return productType;
    }

    public LocalDate disbursed() {
        return disbursed;
    }

    public int disbursedSecond() {
        return disbursedSecond;
    }

    public LoanOutcome outcome() {
        return outcome;
    }

    public long outstanding() {
        return outstanding;
    }

    public boolean finished() {
        return finished;
    }

    /** Active on a day: disbursed, not yet repaid in full or written off. */
    public boolean activeOn(long epochDay) {
        return !finished && disbursed.toEpochDay() <= epochDay;
    }

    public int daysPastDue(long epochDay) {
        return oldestUnpaidDue == LoanOutcome.NONE ? 0 : (int) Math.max(0, epochDay - oldestUnpaidDue);
    }

    /** The next day something can happen to this loan, so idle loans cost nothing on other days. */
    public long nextEventDay() {
        long next = nextInstalment <= path.length ? nextDueDay : Long.MAX_VALUE;
        if (missNoticeDay != LoanOutcome.NONE) {
            next = Math.min(next, missNoticeDay);
        }
        if (oldestUnpaidDue != LoanOutcome.NONE) {
            next = Math.min(next, oldestUnpaidDue + LoanPath.CHARGE_OFF_DPD);
        }
        return next;
    }

    byte pathAt(int instalment) {
        return path[instalment - 1];
    }

    int term() {
        return path.length;
    }
}
