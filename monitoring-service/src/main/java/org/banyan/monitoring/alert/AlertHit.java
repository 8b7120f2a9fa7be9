package org.banyan.monitoring.alert;

import org.banyan.common.event.payload.Severity;

import java.time.Duration;
import java.time.Instant;

/**
 * One firing of a rule for a subject (a customer id, or a portfolio/model key) at event time {@code at}.
 * Repeats within {@code dedupe} of the open alert's last firing raise its count instead of a new alert.
 */
public record AlertHit(String rule, int ruleVersion, String subject, Severity severity, Duration dedupe,
        Instant at, String summary) {
}
