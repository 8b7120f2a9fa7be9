package org.banyan.simulator.rows;

import org.banyan.simulator.loan.Loan;

/** A loan application submitted that day, with the loan it was booked as (outcome stays hidden). */
public record ApplicationRow(long at, int customer, int seq, Loan loan) implements Row {
}
