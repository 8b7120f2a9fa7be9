package org.banyan.common.event.payload;

import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;

import java.math.BigDecimal;
import java.time.LocalDate;

/** {@code bank.loan-events.v1}: a lifecycle event of a loan or credit line. */
public record LoanEvent(
        @NotBlank String loanId,
        @NotNull EventType eventType,
        @NotNull ProductType productType,
        @NotNull @DecimalMin("0.00") BigDecimal amount,
        @Min(0) int daysPastDue,
        @NotNull @DecimalMin("0.00") BigDecimal outstanding,
        LocalDate dueDate,
        @Min(0) Integer installmentNumber) {

    public enum EventType { DISBURSED, REPAYMENT_DUE, REPAYMENT_RECEIVED, PAYMENT_MISSED, CLOSED, CHARGED_OFF }

    public enum ProductType { PERSONAL_LOAN, MORTGAGE, CREDIT_CARD, AUTO_LOAN }
}
