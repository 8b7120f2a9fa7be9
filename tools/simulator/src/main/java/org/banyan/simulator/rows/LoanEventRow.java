package org.banyan.simulator.rows;

import org.banyan.common.event.payload.LoanEvent.EventType;
import org.banyan.common.event.payload.LoanEvent.ProductType;

import java.time.LocalDate;

/** A loan or credit card lifecycle event; amounts in cents. */
public record LoanEventRow(long at, int customer, int seq, String loanId, EventType eventType, ProductType productType,
        long amountCents, int daysPastDue, long outstandingCents, LocalDate dueDate, Integer instalment)
        implements Row {
}
