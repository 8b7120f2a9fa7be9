package org.banyan.recommendation.campaign;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.banyan.recommendation.catalogue.Channel;

import java.time.Instant;
import java.util.List;

/**
 * A campaign: a profile-service segment (by id), the product(s) to offer, the channel, the message
 * budget, the share of the segment held out, and when to run (null: at the next trigger).
 */
record CampaignRequest(
        @NotBlank @Size(max = 200) String name,
        @NotBlank @Size(max = 100) String segmentId,
        @NotEmpty @Size(max = 20) List<@NotBlank String> productIds,
        @NotNull Channel channel,
        @NotNull @Min(1) @Max(10_000_000) Integer budget,
        @Min(0) @Max(50) Integer holdoutPercent,
        Targeting targeting,
        @Min(1) @Max(90) Integer attributionDays,
        Instant scheduledAt) {

    int holdout() {
        return holdoutPercent == null ? 10 : holdoutPercent;
    }

    Targeting targetingOrDefault() {
        return targeting == null ? Targeting.MODEL : targeting;
    }

    int attribution() {
        return attributionDays == null ? 14 : attributionDays;
    }
}
