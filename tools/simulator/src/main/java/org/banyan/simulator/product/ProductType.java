package org.banyan.simulator.product;

/** What kind of product a catalogue entry is; decides which account and events it produces. */
public enum ProductType {
    CURRENT_ACCOUNT, SAVINGS, TIME_DEPOSIT, CREDIT_CARD, PERSONAL_LOAN, MORTGAGE, WEALTH, INSURANCE
}
