package org.banyan.simulator.product;

import java.time.LocalDate;

/**
 * A credit card and its repayment state. Mutable; owned by one customer's state. {@code owedCents} is
 * what the customer owes (the account's balance is its negative).
 */
public final class CardAccount {

    public static final long NONE = Long.MIN_VALUE;

    private final String cardNumber;
    private final Product product;
    private final LocalDate opened;
    private final long limitCents;
    private final int statementDay;

    public long owedCents;
    public long statementCents;
    public long dueEpochDay = NONE;
    public int arrears;
    public long oldestUnpaidDue = NONE;
    public long missNoticeDay = NONE;
    public boolean closed;
    public int statements;

    public CardAccount(String cardNumber, Product product, LocalDate opened, long limitCents, int statementDay,
            long owedCents) {
        this.cardNumber = cardNumber;
        this.product = product;
        this.opened = opened;
        this.limitCents = limitCents;
        this.statementDay = statementDay;
        this.owedCents = owedCents;
    }

    public String cardNumber() {
        return cardNumber;
    }

    public Product product() {
        return product;
    }

    public LocalDate opened() {
        return opened;
    }

    public long limitCents() {
        return limitCents;
    }

    public int statementDay() {
        return statementDay;
    }

    public long availableCents() {
        return closed ? 0 : Math.max(0, limitCents - owedCents);
    }

    public int daysPastDue(long epochDay) {
        return oldestUnpaidDue == NONE ? 0 : (int) Math.max(0, epochDay - oldestUnpaidDue);
    }

    public double utilisation() {
        return limitCents == 0 ? 0 : Math.min(1.5, (double) owedCents / limitCents);
    }
}
