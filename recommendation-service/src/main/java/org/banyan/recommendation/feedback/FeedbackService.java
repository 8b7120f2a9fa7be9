package org.banyan.recommendation.feedback;

import org.banyan.common.error.BanyanException;
import org.banyan.common.event.EventContracts;
import org.banyan.common.event.EventEnvelope;
import org.banyan.common.event.Topics;
import org.banyan.common.event.payload.MarketingFeedback;
import org.banyan.common.outbox.Outbox;
import org.banyan.recommendation.catalogue.Channel;
import org.banyan.recommendation.contact.ContactAction;
import org.banyan.recommendation.contact.ContactEvent;
import org.banyan.recommendation.contact.ContactLog;
import org.banyan.recommendation.interactions.Interaction;
import org.banyan.recommendation.interactions.InteractionKind;
import org.banyan.recommendation.interactions.Interactions;
import org.banyan.recommendation.serving.ServedRecommendation;
import org.banyan.recommendation.serving.ServedRecommendations;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/**
 * Feedback on offers. Whether it comes through the API or from another producer on
 * {@code marketing.feedback.v1}, it lands once in the contact history (caps, cool-downs, experiment
 * results, campaign reports, propensity labels) and, for clicks and conversions, in the interaction
 * ledger collaborative filtering learns from. API feedback is published through the outbox in the
 * same transaction, under the event id it is stored with, so consuming it back changes nothing.
 */
@Service
class FeedbackService {

    static final String PRODUCER = "recommendation-service";

    private final ServedRecommendations served;
    private final ContactLog contacts;
    private final Interactions interactions;
    private final Outbox outbox;
    private final Clock clock;

    FeedbackService(ServedRecommendations served, ContactLog contacts, Interactions interactions, Outbox outbox,
            Clock clock) {
        this.served = served;
        this.contacts = contacts;
        this.interactions = interactions;
        this.outbox = outbox;
        this.clock = clock;
    }

    ServedRecommendation recommendation(UUID recommendationId) {
        return served.find(recommendationId)
                .orElseThrow(() -> BanyanException.notFound("Recommendation", recommendationId));
    }

    /** Records API feedback and publishes it; a repeat of the same action on the same offer is a no-op. */
    @Transactional
    Recorded submit(ServedRecommendation offer, FeedbackRequest request) {
        Instant at = request.occurredAt() == null ? clock.instant() : request.occurredAt();
        MarketingFeedback payload = new MarketingFeedback(offer.recommendationId().toString(), null,
                offer.productId(), request.action(), offer.channel(), offer.experimentId(), offer.variant());
        EventEnvelope<MarketingFeedback> envelope = new EventEnvelope<>(UUID.randomUUID(),
                EventContracts.MARKETING_FEEDBACK.eventType(), EventContracts.MARKETING_FEEDBACK.version(), at,
                PRODUCER, offer.customerId(), payload);
        if (!apply(envelope, offer)) {
            UUID first = contacts.eventFor(offer.recommendationId(), ContactAction.valueOf(request.action().name()))
                    .orElseThrow();
            return new Recorded(first, true);
        }
        outbox.publish(Topics.MARKETING_FEEDBACK, envelope);
        return new Recorded(envelope.eventId(), false);
    }

    /** Applies feedback consumed from Kafka (ours, already applied, or another producer's). */
    void consume(EventEnvelope<MarketingFeedback> event) {
        Optional<ServedRecommendation> offer = recommendationId(event.payload()).flatMap(served::find);
        apply(event, offer.orElse(null));
    }

    /** Must run in a transaction. False when this feedback was already recorded. */
    private boolean apply(EventEnvelope<MarketingFeedback> event, ServedRecommendation offer) {
        MarketingFeedback f = event.payload();
        ContactAction action = ContactAction.valueOf(f.action().name());
        boolean recorded = contacts.record(new ContactEvent(event.eventId(), event.customerId(), f.productId(),
                Channel.parse(f.channel()).map(Enum::name).orElse(f.channel()), action,
                offer == null ? recommendationId(f).orElse(null) : offer.recommendationId(), f.campaignId(),
                f.experimentId() != null || offer == null ? f.experimentId() : offer.experimentId(),
                f.variant() != null || offer == null ? f.variant() : offer.variant(), event.occurredAt()));
        if (recorded && (action == ContactAction.CLICK || action == ContactAction.CONVERSION)) {
            InteractionKind kind = action == ContactAction.CLICK ? InteractionKind.CLICK : InteractionKind.CONVERSION;
            interactions.record(new Interaction(event.customerId(), f.productId(), kind, kind.defaultStrength(),
                    event.occurredAt()), Interactions.SOURCE_FEEDBACK);
        }
        return recorded;
    }

    private static Optional<UUID> recommendationId(MarketingFeedback feedback) {
        try {
            return Optional.ofNullable(feedback.recommendationId()).map(UUID::fromString);
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    /** The stored feedback event, and whether this submission repeated an earlier one. */
    record Recorded(UUID feedbackId, boolean duplicate) {
    }
}
