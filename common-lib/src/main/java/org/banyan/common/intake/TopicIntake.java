package org.banyan.common.intake;

import org.banyan.common.event.EventEnvelope;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.sql.Timestamp;
import java.util.List;

/** The per-topic intake ledger of one service: events received and the time of the latest. */
public class TopicIntake {

    private final JdbcClient jdbc;

    public TopicIntake(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Counts one event; call inside the transaction that marks it processed. */
    public void record(String consumer, String topic, EventEnvelope<?> event) {
        jdbc.sql("""
                        INSERT INTO banyan_topic_intake AS i
                            (consumer, topic, events_total, last_event_id, last_occurred_at, last_received_at)
                        VALUES (:consumer, :topic, 1, :eventId, :occurredAt, now())
                        ON CONFLICT (consumer, topic) DO UPDATE SET
                            events_total = i.events_total + 1,
                            last_event_id = excluded.last_event_id,
                            last_occurred_at = GREATEST(i.last_occurred_at, excluded.last_occurred_at),
                            last_received_at = excluded.last_received_at""")
                .param("consumer", consumer)
                .param("topic", topic)
                .param("eventId", event.eventId())
                .param("occurredAt", Timestamp.from(event.occurredAt()))
                .update();
    }

    public List<TopicIntakeStatus> statuses() {
        return jdbc.sql("""
                        SELECT consumer, topic, events_total, last_event_id, last_occurred_at, last_received_at
                        FROM banyan_topic_intake ORDER BY consumer, topic""")
                .query(TopicIntakeStatus.class).list();
    }
}
