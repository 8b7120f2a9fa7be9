package org.banyan.common.event.payload;

import jakarta.validation.constraints.NotBlank;

/** {@code marketing.campaign-messages.v1}: one message an outbound channel should send. */
public record CampaignMessage(
        @NotBlank String campaignId,
        @NotBlank String messageId,
        @NotBlank String productId,
        @NotBlank String channel,
        double score) {
}
