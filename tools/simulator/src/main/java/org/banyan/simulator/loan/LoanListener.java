package org.banyan.simulator.loan;

import org.banyan.common.event.payload.LoanEvent.EventType;

import java.time.LocalDate;

/** Receives what servicing a loan produces: loan events and the money movements behind them. */
public interface LoanListener {

    void loanEvent(Loan loan, EventType type, int secondOfDay, long amountCents, int daysPastDue,
            long outstandingCents, LocalDate dueDate, Integer instalment);

    /** An instalment (and any arrears) debited from the current account. */
    void repaid(Loan loan, int secondOfDay, long amountCents);

    /** Loan proceeds credited to the current account. */
    void disbursedFunds(Loan loan, int secondOfDay, long amountCents);
}
