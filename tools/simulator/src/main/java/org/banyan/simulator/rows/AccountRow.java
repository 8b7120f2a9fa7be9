package org.banyan.simulator.rows;

import org.banyan.simulator.product.Product;

import java.time.LocalDate;

/**
 * An account or product holding: all of them in the first day's extract (initial load), then the ones
 * opened each day. Loans appear with their loan id, credit cards with their card number.
 */
public record AccountRow(long at, int customer, int seq, String accountId, Product product, LocalDate opened,
        long limitCents, long balanceCents, String status) implements Row {
}
