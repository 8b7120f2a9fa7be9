package org.banyan.recommendation.feedback;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import org.banyan.common.event.payload.MarketingFeedback;

import java.time.Instant;
import java.util.UUID;

/** What the customer did with a served offer; when, if not now. */
record FeedbackRequest(
        @NotNull UUID recommendationId,
        @NotNull MarketingFeedback.Action action,
        @PastOrPresent Instant occurredAt) {
}
