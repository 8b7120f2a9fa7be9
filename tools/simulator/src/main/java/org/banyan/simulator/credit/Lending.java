package org.banyan.simulator.credit;

import org.banyan.common.event.payload.LoanEvent.EventType;
import org.banyan.common.event.payload.TransactionPosted.Channel;
import org.banyan.common.event.payload.TransactionPosted.Kind;
import org.banyan.simulator.core.Rng;
import org.banyan.simulator.core.SimCalendar;
import org.banyan.simulator.customer.Customer;
import org.banyan.simulator.loan.ApplicantContext;
import org.banyan.simulator.loan.Loan;
import org.banyan.simulator.loan.LoanApplication;
import org.banyan.simulator.loan.LoanFactory;
import org.banyan.simulator.loan.LoanListener;
import org.banyan.simulator.loan.LoanSchedule;
import org.banyan.simulator.loan.LoanServicer;
import org.banyan.simulator.product.Product;
import org.banyan.simulator.rows.AccountRow;
import org.banyan.simulator.rows.ApplicationRow;
import org.banyan.simulator.rows.LoanEventRow;
import org.banyan.simulator.state.Applications;
import org.banyan.simulator.state.CustomerState;
import org.banyan.simulator.state.Day;
import org.banyan.simulator.state.DayOut;
import org.banyan.simulator.state.Intents;
import org.banyan.simulator.state.TxnIntent.Flex;

import java.time.LocalDate;
import java.util.List;

/**
 * A customer's lending on one day: servicing every loan (events plus the repayment debits), and new
 * personal-loan applications: organic ones, fraud-ring ones, and take-ups of marketing offers.
 */
public final class Lending {

    /** Fraud rings inflate the income they declare. */
    private static final double RING_INCOME_INFLATION = 1.8;

    private final long seed;
    private final SimCalendar calendar;
    private final LoanFactory loans;
    private final Applications applications;

    public Lending(long seed, SimCalendar calendar, LoanFactory loans, Applications applications) {
        this.seed = seed;
        this.calendar = calendar;
        this.loans = loans;
        this.applications = applications;
    }

    public void day(CustomerState s, Day day, Rng rng, DayOut out) {
        Listener listener = new Listener(s, day, out);
        for (int i = 0; i < s.loans.size(); i++) {
            Loan loan = s.loans.get(i);
            if (loan.disbursed().toEpochDay() == day.epochDay() || loan.nextEventDay() == day.epochDay()) {
                LoanServicer.service(loan, day.epochDay(), listener);
            }
        }
        if (s.ringApplicationDay == day.index()) {
            apply(s, day, s.ringApplicationSecond, true, null, rng, out);
        } else if (s.ringApplicationDay < 0 && !s.salaryStopped(day.index())
                && rng.chance(s.dailyApplicationRate)) {
            apply(s, day, 9 * 3600 + rng.nextInt(13 * 3600), false, null, rng, out);
        }
    }

    /** Applies for a personal loan and books it (disbursed the same day); {@code channel} null = usual one. */
    public Loan apply(CustomerState s, Day day, int second, boolean ring, String channel, Rng rng, DayOut out) {
        Customer c = s.customer;
        ApplicantContext ctx = applications.context(s, day.date(), calendar.start(), List.of(), rng);
        if (ring) {
            ctx = withIncome(ctx, Math.round(ctx.incomeCents() * RING_INCOME_INFLATION / 1_000) * 1_000, "MOBILE");
        } else if (channel != null) {
            ctx = withIncome(ctx, ctx.incomeCents(), channel);
        }
        LoanApplication app = loans.personalLoan(c, ctx, s.nextLoanSeq++, day.date(), day.at(second), false, rng);
        int disburseSecond = Math.min(86_000, second + 1_800 + rng.nextInt(3 * 3600));
        Loan loan = loans.book(app, c, day.date(), disburseSecond, ring ? 1 : forcedFirstMiss(s, day.date(), app));
        s.loans.add(loan);
        s.hold(Product.PERSONAL_LOAN);
        out.applications.add(new ApplicationRow(day.at(second), c.index(), out.nextOtherSeq(), loan));
        out.accounts.add(new AccountRow(day.at(disburseSecond), c.index(), out.nextOtherSeq(), loan.loanId(),
                Product.PERSONAL_LOAN, day.date(), app.amountCents(), app.amountCents(), "ACTIVE"));
        out.applied.add(new DayOut.Applied(Product.PERSONAL_LOAN, second, ctx.channel()));
        LoanServicer.service(loan, day.epochDay(), new Listener(s, day, out));
        return loan;
    }

    /** Books a mortgage taken up today (the funds go to the seller, not through the customer's account). */
    public Loan mortgage(CustomerState s, Day day, Rng rng, DayOut out) {
        Customer c = s.customer;
        ApplicantContext ctx = applications.context(s, day.date(), calendar.start(), List.of(), rng);
        LoanApplication app = loans.mortgage(c, ctx, s.nextLoanSeq++, day.date(), rng);
        Loan loan = loans.bookMortgage(app, c);
        s.loans.add(loan);
        s.hold(Product.MORTGAGE);
        out.accounts.add(new AccountRow(day.at(loan.disbursedSecond()), c.index(), out.nextOtherSeq(), loan.loanId(),
                Product.MORTGAGE, day.date(), app.amountCents(), app.amountCents(), "ACTIVE"));
        LoanServicer.service(loan, day.epochDay(), new Listener(s, day, out));
        return loan;
    }

    /**
     * With a planted salary stop, the first instalment due 25 or more days after the last pay is the
     * first one missed, and none is paid after it; 0 when the loan is unaffected.
     */
    public int forcedFirstMiss(CustomerState s, LocalDate disbursed, LoanApplication app) {
        if (s.salaryStopDay == Integer.MAX_VALUE) {
            return 0;
        }
        long stop = calendar.startEpochDay() + s.salaryStopDay;
        for (int k = 1; k <= app.termMonths(); k++) {
            if (LoanSchedule.dueDate(disbursed, k).toEpochDay() >= stop + 25) {
                return k;
            }
        }
        return 0;
    }

    private static ApplicantContext withIncome(ApplicantContext c, long income, String channel) {
        return new ApplicantContext(c.age(), income, c.employmentYears(), c.existingCredits(), c.monthlyDebtCents(),
                c.savingsCents(), c.cardUtilisation(), c.tenureMonths(), c.deviceId(), channel);
    }

    /** Turns servicing output into loan event rows and account movements for one customer-day. */
    private record Listener(CustomerState s, Day day, DayOut out) implements LoanListener {

        @Override
        public void loanEvent(Loan loan, EventType type, int second, long amount, int dpd, long outstanding,
                LocalDate dueDate, Integer instalment) {
            out.loanEvents.add(new LoanEventRow(day.at(second), s.customer.index(), out.nextLoanSeq(), loan.loanId(),
                    type, loan.productType(), amount, dpd, outstanding, dueDate, instalment));
        }

        @Override
        public void repaid(Loan loan, int second, long amount) {
            Intents.debit(s, out, second, Kind.LOAN_REPAYMENT, Channel.DIRECT_DEBIT, amount, null, loan.loanId(),
                    Flex.MANDATORY);
        }

        @Override
        public void disbursedFunds(Loan loan, int second, long amount) {
            Intents.credit(s, out, second, Kind.TRANSFER_IN, Channel.BRANCH, amount, loan.loanId());
        }
    }
}
