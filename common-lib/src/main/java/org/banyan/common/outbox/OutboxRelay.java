package org.banyan.common.outbox;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.internals.RecordHeader;
import org.banyan.common.web.RequestIds;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.support.SendResult;
import org.springframework.transaction.support.TransactionTemplate;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Sends outbox rows to Kafka, oldest first within each bucket, then deletes them, all in one
 * database transaction per batch. A PostgreSQL advisory lock per bucket means exactly one relay
 * (across every instance of the service) works a bucket at a time, so a customer's events, which
 * always share a bucket, leave in the order they were committed. A batch that is not fully
 * acknowledged rolls back and is sent again: delivery is at-least-once, and consumers deduplicate
 * on {@code eventId}. Nothing is held in memory, so a restart loses nothing.
 */
public class OutboxRelay implements SmartLifecycle {

    /** First key of the two-key advisory lock; the second is the bucket number. */
    static final int LOCK_NAMESPACE = 0x0B0B;
    public static final String EVENT_TYPE_HEADER = "event-type";

    private static final Logger log = LoggerFactory.getLogger(OutboxRelay.class);

    private final JdbcClient jdbc;
    private final TransactionTemplate transactions;
    private final KafkaTemplate<Object, Object> kafka;
    private final OutboxProperties properties;
    private final Counter published;
    private final AtomicLong backlog = new AtomicLong();
    private volatile Thread worker;

    public OutboxRelay(JdbcClient jdbc, TransactionTemplate transactions, KafkaTemplate<Object, Object> kafka,
            OutboxProperties properties, MeterRegistry meters) {
        this.jdbc = jdbc;
        this.transactions = transactions;
        this.kafka = kafka;
        this.properties = properties;
        this.published = meters.counter("banyan.outbox.published");
        meters.gauge("banyan.outbox.backlog", backlog);
    }

    /** One pass over every bucket; returns how many events were sent. */
    public int relayOnce() {
        int sent = 0;
        for (int bucket = 0; bucket < properties.buckets(); bucket++) {
            sent += relayBucket(bucket);
        }
        return sent;
    }

    int relayBucket(int bucket) {
        Integer sent = transactions.execute(status -> {
            Boolean locked = jdbc.sql("SELECT pg_try_advisory_xact_lock(:ns, :bucket)")
                    .param("ns", LOCK_NAMESPACE).param("bucket", bucket)
                    .query(Boolean.class).single();
            if (!locked) {
                return 0;
            }
            List<PendingEvent> batch = jdbc.sql("""
                            SELECT id, topic, message_key, event_type, envelope, request_id
                            FROM banyan_outbox WHERE bucket = :bucket ORDER BY id LIMIT :limit""")
                    .param("bucket", bucket).param("limit", properties.batchSize())
                    .query(PendingEvent.class).list();
            if (batch.isEmpty()) {
                return 0;
            }
            send(batch);
            jdbc.sql("DELETE FROM banyan_outbox WHERE id IN (:ids)")
                    .param("ids", batch.stream().map(PendingEvent::id).toList())
                    .update();
            return batch.size();
        });
        published.increment(sent);
        return sent;
    }

    private void send(List<PendingEvent> batch) {
        CompletableFuture<?>[] acks = batch.stream().map(this::send).toArray(CompletableFuture[]::new);
        try {
            CompletableFuture.allOf(acks).get(properties.sendTimeout().toMillis(), TimeUnit.MILLISECONDS);
        } catch (Exception e) {
            throw new IllegalStateException("Outbox batch not acknowledged by Kafka; it will be sent again", e);
        }
    }

    private CompletableFuture<SendResult<Object, Object>> send(PendingEvent event) {
        ProducerRecord<Object, Object> record = new ProducerRecord<>(event.topic(), event.messageKey(),
                event.envelope().getBytes(StandardCharsets.UTF_8));
        record.headers().add(new RecordHeader(EVENT_TYPE_HEADER, bytes(event.eventType())));
        if (event.requestId() != null) {
            record.headers().add(new RecordHeader(RequestIds.HEADER, bytes(event.requestId())));
        }
        return kafka.send(record);
    }

    private void run() {
        long lastBacklogCheck = 0;
        while (!Thread.currentThread().isInterrupted()) {
            try {
                int sent = relayOnce();
                if (System.nanoTime() - lastBacklogCheck > TimeUnit.SECONDS.toNanos(5)) {
                    backlog.set(jdbc.sql("SELECT count(*) FROM banyan_outbox").query(Long.class).single());
                    lastBacklogCheck = System.nanoTime();
                }
                if (sent == 0) {
                    Thread.sleep(properties.pollInterval().toMillis());
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } catch (RuntimeException e) {
                log.warn("Outbox relay pass failed, retrying: {}", e.getMessage());
                pause();
            }
        }
    }

    private void pause() {
        try {
            Thread.sleep(Math.max(1000, properties.pollInterval().toMillis()));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static byte[] bytes(String value) {
        return value.getBytes(StandardCharsets.UTF_8);
    }

    @Override
    public void start() {
        Thread thread = new Thread(this::run, "outbox-relay");
        thread.setDaemon(true);
        worker = thread;
        thread.start();
    }

    @Override
    public void stop() {
        Thread thread = worker;
        worker = null;
        if (thread != null) {
            thread.interrupt();
            try {
                thread.join(TimeUnit.SECONDS.toMillis(10));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    @Override
    public boolean isRunning() {
        return worker != null;
    }

    /** Stop before the Kafka producer and the connection pool go away. */
    @Override
    public int getPhase() {
        return SmartLifecycle.DEFAULT_PHASE - 1000;
    }

    record PendingEvent(long id, String topic, String messageKey, String eventType, String envelope,
            String requestId) {
    }
}
