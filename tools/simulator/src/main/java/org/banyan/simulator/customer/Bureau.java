package org.banyan.simulator.customer;

/**
 * What an external credit bureau reports about a customer at the start of the run. Noisy, but it
 * reflects the hidden risk propensity, as real bureau data does.
 */
public record Bureau(int delinquencies24m, int inquiries6m, int externalLoans, long externalDebtMonthlyCents,
        int oldestAccountMonths) {
}
