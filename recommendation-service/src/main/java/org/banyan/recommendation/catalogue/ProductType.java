package org.banyan.recommendation.catalogue;

/** The kinds of product a bank offers; the same names the simulator's catalogue uses. */
public enum ProductType {
    CURRENT_ACCOUNT, SAVINGS, TIME_DEPOSIT, CREDIT_CARD, PERSONAL_LOAN, MORTGAGE, WEALTH, INSURANCE;

    /** Credit products lend money, so a customer's credit standing decides whether they may be offered. */
    public boolean isCredit() {
        return this == CREDIT_CARD || this == PERSONAL_LOAN || this == MORTGAGE;
    }
}
