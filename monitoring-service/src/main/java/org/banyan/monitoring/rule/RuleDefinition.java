package org.banyan.monitoring.rule;

import org.banyan.common.event.payload.Severity;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/**
 * An alert rule as data. {@code condition} is a SpEL expression over the event's facts as variables
 * ({@code #amount > 1000 and #country != 'CN'}); see docs/monitoring.md.
 */
record RuleDefinition(String name, int version, RuleKind kind, String topic, String condition, String valueField,
        long windowSeconds, BigDecimal threshold, List<String> requires, Severity severity, long dedupeSeconds,
        boolean enabled, Instant updatedAt) {
}
