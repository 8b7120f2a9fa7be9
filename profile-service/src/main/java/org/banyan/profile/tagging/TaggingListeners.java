package org.banyan.profile.tagging;

import org.banyan.common.event.EventEnvelope;
import org.banyan.common.event.Topics;
import org.banyan.common.kafka.IdempotentConsumer;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/**
 * Real-time tagging from the topics that carry a customer's activity. Records are keyed by customer,
 * so one customer's events arrive in order on one partition; each is applied once (idempotent on
 * eventId) in one transaction with its tag changes. bank.customers.v1 is consumed by the customer
 * feature, which also keeps the personal data, and hands the event on to {@link ProfileEngine}.
 */
@Component
class TaggingListeners {

    static final String CONSUMER = "profile-tagging";

    private final IdempotentConsumer idempotent;
    private final ProfileEngine engine;

    TaggingListeners(IdempotentConsumer idempotent, ProfileEngine engine) {
        this.idempotent = idempotent;
        this.engine = engine;
    }

    @KafkaListener(id = "profile-tagging", concurrency = "${banyan.profile.listener-concurrency:2}",
            topics = {Topics.TRANSACTIONS, Topics.APP_EVENTS, Topics.LOAN_EVENTS, Topics.CREDIT_DECISIONS,
                    Topics.RISK_SIGNALS})
    void onEvent(EventEnvelope<?> event) {
        idempotent.process(CONSUMER, event, engine::apply);
    }
}
