package org.banyan.recommendation.interactions;

import org.banyan.common.event.EventEnvelope;
import org.banyan.common.event.Topics;
import org.banyan.common.event.payload.AppEvent;
import org.banyan.common.kafka.IdempotentConsumer;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Turns product-related app events into interactions. Events that name no product, or whose name says
 * nothing about interest in it (logins, page views), are acknowledged without touching the database:
 * they are most of the stream and have no effect to deduplicate.
 */
@Component
class AppEventsListener {

    static final String CONSUMER = "reco-app-events";

    /** App event names that show interest in a product, and how much. */
    static final Map<String, InteractionKind> KINDS = Map.of(
            "product_view", InteractionKind.VIEW,
            "offer_view", InteractionKind.VIEW,
            "product_click", InteractionKind.CLICK,
            "offer_click", InteractionKind.CLICK,
            "apply_start", InteractionKind.APPLY,
            "apply_submit", InteractionKind.APPLY,
            "product_opened", InteractionKind.CONVERSION);

    private final IdempotentConsumer idempotent;
    private final Interactions interactions;

    AppEventsListener(IdempotentConsumer idempotent, Interactions interactions) {
        this.idempotent = idempotent;
        this.interactions = interactions;
    }

    @KafkaListener(id = CONSUMER, topics = Topics.APP_EVENTS,
            concurrency = "${banyan.recommendation.listener-concurrency:2}")
    void onAppEvent(EventEnvelope<AppEvent> event) {
        kindOf(event.payload()).ifPresent(kind -> idempotent.process(CONSUMER, event, e -> interactions.record(
                new Interaction(e.customerId(), e.payload().productId(), kind, kind.defaultStrength(), e.occurredAt()),
                Interactions.SOURCE_APP)));
    }

    static Optional<InteractionKind> kindOf(AppEvent event) {
        if (event.productId() == null || event.productId().isBlank()) {
            return Optional.empty();
        }
        return Optional.ofNullable(KINDS.get(event.name().toLowerCase(Locale.ROOT)));
    }
}
