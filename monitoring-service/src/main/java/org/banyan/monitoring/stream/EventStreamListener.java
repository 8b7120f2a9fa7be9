package org.banyan.monitoring.stream;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.banyan.common.event.EventEnvelope;
import org.banyan.common.event.Topics;
import org.banyan.common.event.payload.CreditDecisionMade;
import org.banyan.common.intake.TopicIntake;
import org.banyan.common.kafka.IdempotentConsumer;
import org.banyan.monitoring.drift.DecisionScores;
import org.banyan.monitoring.quality.DataQuality;
import org.banyan.monitoring.rule.RuleEngine;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/**
 * The one consumer of the monitored streams (group {@code monitoring-service}): each event, once per
 * event id and in one transaction, is counted in the intake ledger and the data-quality counts, run through the alert rules and,
 * for credit decisions, kept for the drift job.
 */
@Component
class EventStreamListener {

    static final String CONSUMER = "monitoring-stream";

    private final IdempotentConsumer idempotent;
    private final TopicIntake intake;
    private final RuleEngine rules;
    private final DecisionScores decisions;
    private final DataQuality quality;

    EventStreamListener(IdempotentConsumer idempotent, TopicIntake intake, RuleEngine rules, DecisionScores decisions,
            DataQuality quality) {
        this.idempotent = idempotent;
        this.intake = intake;
        this.rules = rules;
        this.decisions = decisions;
        this.quality = quality;
    }

    @SuppressWarnings("unchecked")
    @KafkaListener(id = "monitoring-stream", idIsGroup = false,
            concurrency = "${banyan.monitoring.listener-concurrency:2}",
            topics = {Topics.TRANSACTIONS, Topics.LOAN_EVENTS, Topics.CREDIT_DECISIONS, Topics.RISK_SIGNALS,
                    Topics.TAG_CHANGES, Topics.MARKETING_FEEDBACK})
    void onEvent(ConsumerRecord<String, EventEnvelope<?>> record) {
        idempotent.process(CONSUMER, record.value(), event -> {
            intake.record(CONSUMER, record.topic(), event);
            quality.observe(record.topic(), event);
            rules.evaluate(record.topic(), event);
            if (event.payload() instanceof CreditDecisionMade) {
                decisions.record((EventEnvelope<CreditDecisionMade>) (EventEnvelope<?>) event);
            }
        });
    }
}
