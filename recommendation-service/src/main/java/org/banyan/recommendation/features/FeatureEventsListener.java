package org.banyan.recommendation.features;

import org.banyan.common.event.EventEnvelope;
import org.banyan.common.event.Topics;
import org.banyan.common.event.payload.RiskSignalRaised;
import org.banyan.common.event.payload.TagsChanged;
import org.banyan.common.kafka.IdempotentConsumer;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/**
 * Keeps the local feature copy current from profile-service's tag changes and credit-risk's signals,
 * once per event; poison records go to the DLQ through the platform's error handler.
 */
@Component
class FeatureEventsListener {

    static final String TAGS_CONSUMER = "reco-tag-changes";
    static final String SIGNALS_CONSUMER = "reco-risk-signals";

    private final IdempotentConsumer idempotent;
    private final CustomerFeatureStore store;

    FeatureEventsListener(IdempotentConsumer idempotent, CustomerFeatureStore store) {
        this.idempotent = idempotent;
        this.store = store;
    }

    @KafkaListener(id = TAGS_CONSUMER, topics = Topics.TAG_CHANGES,
            concurrency = "${banyan.recommendation.listener-concurrency:2}")
    void onTagsChanged(EventEnvelope<TagsChanged> event) {
        idempotent.process(TAGS_CONSUMER, event, e -> store.apply(e.customerId(), e.payload()));
    }

    @KafkaListener(id = SIGNALS_CONSUMER, topics = Topics.RISK_SIGNALS)
    void onRiskSignal(EventEnvelope<RiskSignalRaised> event) {
        idempotent.process(SIGNALS_CONSUMER, event, e -> store.apply(e.customerId(), e.payload(), e.occurredAt()));
    }
}
