package org.banyan.common.intake;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.banyan.common.event.EventEnvelope;
import org.banyan.common.kafka.IdempotentConsumer;
import org.springframework.kafka.annotation.KafkaListener;

import java.util.List;

/**
 * Joins the service's consumer group on the topics in {@code banyan.intake.topics} that no business
 * listener handles yet, validating each record against its contract (poison goes to the DLQ) and
 * keeping the intake ledger. A topic leaves this list when a feature starts consuming it.
 */
public class TopicIntakeListener {

    static final String CONSUMER = "intake";

    private final IdempotentConsumer idempotent;
    private final TopicIntake intake;
    private final List<String> topics;

    public TopicIntakeListener(IdempotentConsumer idempotent, TopicIntake intake, List<String> topics) {
        this.idempotent = idempotent;
        this.intake = intake;
        this.topics = List.copyOf(topics);
    }

    public String[] getTopics() {
        return topics.toArray(String[]::new);
    }

    // The listener id is the consumer group: one intake group per service, so services never share partitions.
    @KafkaListener(id = "${spring.application.name:banyan}-intake", topics = "#{__listener.topics}")
    public void onEvent(ConsumerRecord<String, EventEnvelope<?>> record) {
        idempotent.process(CONSUMER, record.value(), event -> intake.record(CONSUMER, record.topic(), event));
    }
}
