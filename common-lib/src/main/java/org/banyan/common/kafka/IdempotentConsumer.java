package org.banyan.common.kafka;

import io.micrometer.core.instrument.MeterRegistry;
import org.banyan.common.event.EventEnvelope;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

import java.util.function.Consumer;

/**
 * Applies an event's effect at most once per consumer: a processed-event row keyed on
 * ({@code consumer}, {@code eventId}) is written in the same database transaction as the effect, so
 * a redelivered or replayed event finds its row and changes nothing, and a failed effect leaves no
 * row behind and is retried.
 */
public class IdempotentConsumer {

    private final JdbcClient jdbc;
    private final TransactionTemplate transactions;
    private final MeterRegistry meters;

    public IdempotentConsumer(JdbcClient jdbc, TransactionTemplate transactions, MeterRegistry meters) {
        this.jdbc = jdbc;
        this.transactions = transactions;
        this.meters = meters;
    }

    /**
     * Runs {@code effect} in a transaction unless {@code consumer} already processed this event.
     *
     * @return true when the effect ran, false for a duplicate
     */
    public <P> boolean process(String consumer, EventEnvelope<P> event, Consumer<EventEnvelope<P>> effect) {
        Boolean applied = transactions.execute(status -> {
            if (!markProcessed(consumer, event)) {
                return false;
            }
            effect.accept(event);
            return true;
        });
        boolean ran = Boolean.TRUE.equals(applied);
        meters.counter("banyan.events.consumed", "consumer", consumer, "type", event.type(),
                "outcome", ran ? "processed" : "duplicate").increment();
        return ran;
    }

    private boolean markProcessed(String consumer, EventEnvelope<?> event) {
        int inserted = jdbc.sql("""
                        INSERT INTO banyan_processed_event (consumer, event_id, event_type, processed_at)
                        VALUES (:consumer, :eventId, :type, now())
                        ON CONFLICT (consumer, event_id) DO NOTHING""")
                .param("consumer", consumer)
                .param("eventId", event.eventId())
                .param("type", event.type())
                .update();
        return inserted == 1;
    }
}
