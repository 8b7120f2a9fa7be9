package org.banyan.common.event.payload;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;

/** {@code marketing.feedback.v1}: what a customer did with an offer. */
public record MarketingFeedback(
        String recommendationId,
        String campaignId,
        @NotBlank String productId,
        @NotNull Action action,
        @NotBlank String channel,
        String experimentId,
        String variant) {

    public enum Action { IMPRESSION, CLICK, CONVERSION, DISMISS }
}
