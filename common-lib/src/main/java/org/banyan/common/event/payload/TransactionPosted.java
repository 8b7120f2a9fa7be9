package org.banyan.common.event.payload;

import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;

import java.math.BigDecimal;

/** {@code bank.transactions.v1}: one posted account or card transaction. */
public record TransactionPosted(
        @NotBlank String transactionId,
        @NotBlank String accountId,
        @NotNull @DecimalMin(value = "0.00", inclusive = false) BigDecimal amount,
        @NotNull @Pattern(regexp = "[A-Z]{3}") String currency,
        @NotNull Direction direction,
        @NotNull Kind kind,
        @NotNull Channel channel,
        @Pattern(regexp = "\\d{4}") String merchantCategory,
        String merchantId,
        @NotNull @Pattern(regexp = "[A-Z]{2}") String country,
        String city,
        BigDecimal balanceAfter) {

    public enum Direction { DEBIT, CREDIT }

    /** What the money movement is, as core banking classifies it. */
    public enum Kind { SALARY, TRANSFER_IN, TRANSFER_OUT, CARD_PURCHASE, CASH_WITHDRAWAL, CASH_ADVANCE,
        BILL_PAYMENT, LOAN_REPAYMENT, INTEREST, FEE }

    public enum Channel { POS, ECOMMERCE, ATM, MOBILE, WEB, BRANCH, DIRECT_DEBIT }
}
