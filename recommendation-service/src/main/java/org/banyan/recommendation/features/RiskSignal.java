package org.banyan.recommendation.features;

import org.banyan.common.event.payload.Severity;

import java.time.Instant;

/** A risk fact credit-risk raised about the customer, as kept locally for credit eligibility. */
public record RiskSignal(String signalId, String signalType, Severity severity, Instant occurredAt) {
}
