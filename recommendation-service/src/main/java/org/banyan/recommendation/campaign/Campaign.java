package org.banyan.recommendation.campaign;

import org.banyan.recommendation.catalogue.Channel;
import tools.jackson.databind.JsonNode;

import java.time.Instant;
import java.util.List;

/** A campaign and where its run stands; {@code outcome} holds the run's counts once it completed. */
record Campaign(String campaignId, String name, String segmentId, List<String> productIds, Channel channel, int budget,
        int holdoutPercent, Targeting targeting, int attributionDays, Instant scheduledAt, Status status,
        String snapshotId, Instant createdAt, Instant runStartedAt, Instant completedAt, String failure,
        JsonNode outcome) {

    enum Status { SCHEDULED, RUNNING, COMPLETED, FAILED }

    Campaign {
        productIds = List.copyOf(productIds);
    }
}
