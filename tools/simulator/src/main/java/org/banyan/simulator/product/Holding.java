package org.banyan.simulator.product;

import java.time.LocalDate;

/**
 * A deposit, wealth or insurance holding.
 *
 * @param balanceCents  balance (deposits, wealth) at the start of the run or when opened
 * @param dayOfMonth    day premiums are debited (insurance); 0 otherwise
 * @param monthlyCents  monthly premium (insurance); 0 otherwise
 */
public record Holding(String accountId, Product product, LocalDate opened, long balanceCents, int dayOfMonth,
        long monthlyCents) {
}
