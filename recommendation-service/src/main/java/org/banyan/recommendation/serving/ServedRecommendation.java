package org.banyan.recommendation.serving;

import java.time.Instant;
import java.util.UUID;

/** One offer as it was served, the record feedback is attributed to. */
public record ServedRecommendation(UUID recommendationId, String customerId, String productId, String channel,
        int rank, double score, String reason, String strategy, String experimentId, String variant, Instant servedAt) {
}
