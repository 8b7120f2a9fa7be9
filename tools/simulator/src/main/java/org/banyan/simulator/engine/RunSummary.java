package org.banyan.simulator.engine;

import java.util.Map;

/**
 * Row counts per kind and how long the run took.
 *
 * @param rows        rows per entity name (customers, accounts, transactions, app_events, loan_events,
 *                    loan_applications, offers)
 * @param setupMillis building the population
 * @param totalMillis the whole run including sinks
 */
public record RunSummary(Map<String, Long> rows, long setupMillis, long totalMillis) {

    public long events() {
        return rows.getOrDefault("customers", 0L) + rows.getOrDefault("transactions", 0L)
                + rows.getOrDefault("app_events", 0L) + rows.getOrDefault("loan_events", 0L);
    }

    public long total() {
        return rows.values().stream().mapToLong(Long::longValue).sum();
    }
}
