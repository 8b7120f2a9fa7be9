package org.banyan.recommendation.interactions;

import java.time.Instant;

/** One customer-product interaction. */
public record Interaction(String customerId, String productId, InteractionKind kind, float strength,
        Instant occurredAt) {
}
