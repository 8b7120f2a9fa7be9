package org.banyan.recommendation.feedback;

import org.banyan.common.event.EventEnvelope;
import org.banyan.common.event.Topics;
import org.banyan.common.event.payload.MarketingFeedback;
import org.banyan.common.kafka.IdempotentConsumer;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/**
 * Consumes {@code marketing.feedback.v1}: feedback from outbound channels and responders (campaign
 * conversions, dismissals) joins the contact history; our own API feedback comes back and changes nothing.
 */
@Component
class FeedbackListener {

    static final String CONSUMER = "reco-feedback";

    private final IdempotentConsumer idempotent;
    private final FeedbackService feedback;

    FeedbackListener(IdempotentConsumer idempotent, FeedbackService feedback) {
        this.idempotent = idempotent;
        this.feedback = feedback;
    }

    @KafkaListener(id = CONSUMER, topics = Topics.MARKETING_FEEDBACK,
            concurrency = "${banyan.recommendation.listener-concurrency:2}")
    void onFeedback(EventEnvelope<MarketingFeedback> event) {
        idempotent.process(CONSUMER, event, feedback::consume);
    }
}
