package org.banyan.common.outbox;

import org.banyan.common.event.EventEnvelope;
import org.banyan.common.web.RequestIds;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.IllegalTransactionStateException;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import tools.jackson.databind.json.JsonMapper;

/**
 * Records an event to publish in the caller's database transaction, beside the state change it
 * reports: both commit or neither does. {@link OutboxRelay} later sends it to Kafka.
 */
public class Outbox {

    private final JdbcClient jdbc;
    private final JsonMapper mapper;
    private final int buckets;

    public Outbox(JdbcClient jdbc, JsonMapper mapper, int buckets) {
        this.jdbc = jdbc;
        this.mapper = mapper;
        this.buckets = buckets;
    }

    /**
     * Queues {@code envelope} for {@code topic}, keyed by its customer id.
     *
     * @throws IllegalTransactionStateException outside a transaction, where the guarantee would not hold
     */
    public void publish(String topic, EventEnvelope<?> envelope) {
        if (!TransactionSynchronizationManager.isActualTransactionActive()) {
            throw new IllegalTransactionStateException(
                    "Outbox.publish needs the transaction of the state change it reports");
        }
        jdbc.sql("""
                        INSERT INTO banyan_outbox (bucket, topic, message_key, event_id, event_type, envelope, request_id)
                        VALUES (:bucket, :topic, :key, :eventId, :type, :envelope, :requestId)""")
                .param("bucket", bucketOf(envelope.customerId(), buckets))
                .param("topic", topic)
                .param("key", envelope.customerId())
                .param("eventId", envelope.eventId())
                .param("type", envelope.type())
                .param("envelope", mapper.writeValueAsString(envelope))
                .param("requestId", RequestIds.current().orElse(null))
                .update();
    }

    static int bucketOf(String key, int buckets) {
        return Math.floorMod(key.hashCode(), buckets);
    }
}
