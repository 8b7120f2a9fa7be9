package org.banyan.common.event.payload;

import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * {@code bank.loan-events.v1}: a lifecycle event of a loan or credit line.
 * <p>
 * {@code applicationId} was added on 2026-11-22 as an optional field (additive change, topic version
 * unchanged): the credit application the loan was booked from, so decisions can be joined to outcomes
 * (model performance by application cohort). Null for lines opened without an application, or from
 * producers that predate it.
 */
public record LoanEvent(
        @NotBlank String loanId,
        @NotNull EventType eventType,
        @NotNull ProductType productType,
        @NotNull @DecimalMin("0.00") BigDecimal amount,
        @Min(0) int daysPastDue,
        @NotNull @DecimalMin("0.00") BigDecimal outstanding,
        LocalDate dueDate,
        @Min(0) Integer installmentNumber,
        String applicationId) {

    /** A producer that does not know the originating application: the field stays absent. */
    public LoanEvent(String loanId, EventType eventType, ProductType productType, BigDecimal amount, int daysPastDue,
            BigDecimal outstanding, LocalDate dueDate, Integer installmentNumber) {
        this(loanId, eventType, productType, amount, daysPastDue, outstanding, dueDate, installmentNumber, null);
    }

    public enum EventType { DISBURSED, REPAYMENT_DUE, REPAYMENT_RECEIVED, PAYMENT_MISSED, CLOSED, CHARGED_OFF }

    public enum ProductType { PERSONAL_LOAN, MORTGAGE, CREDIT_CARD, AUTO_LOAN }
}
