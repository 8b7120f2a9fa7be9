package org.banyan.recommendation.contact;

import java.time.Instant;
import java.util.UUID;

/** One contact or response; {@code recommendationId} or {@code campaignId} says what it was about. */
public record ContactEvent(UUID eventId, String customerId, String productId, String channel, ContactAction action,
        UUID recommendationId, String campaignId, String experimentId, String variant, Instant occurredAt) {
}
