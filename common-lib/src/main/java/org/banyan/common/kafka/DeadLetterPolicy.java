package org.banyan.common.kafka;

import io.micrometer.core.instrument.MeterRegistry;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.banyan.common.event.Topics;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.kafka.core.KafkaOperations;
import org.springframework.kafka.listener.DeadLetterPublishingRecoverer;
import org.springframework.kafka.listener.DefaultErrorHandler;
import org.springframework.kafka.support.serializer.DeserializationException;
import org.springframework.util.backoff.ExponentialBackOff;

import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Set;

/**
 * Consumer error handling for every listener: transient failures are retried with exponential
 * back-off; a record that still fails, or can never succeed ({@link InvalidEventException}, a
 * deserialization failure), is published to {@code <topic>.dlq} with the reason in the
 * {@value #REASON_HEADER} header, and the consumer moves on to the next record.
 */
public final class DeadLetterPolicy {

    public static final String REASON_HEADER = "x-dlq-reason";
    public static final String CONSUMER_HEADER = "x-dlq-consumer";

    private static final Logger log = LoggerFactory.getLogger(DeadLetterPolicy.class);

    private DeadLetterPolicy() {
    }

    public static DefaultErrorHandler errorHandler(KafkaOperations<Object, Object> template,
            BanyanKafkaProperties.Retry retry, String consumer, MeterRegistry meters) {
        DeadLetterPublishingRecoverer recoverer = new DeadLetterPublishingRecoverer(template,
                (record, ex) -> new TopicPartition(Topics.dlq(record.topic()), -1));
        recoverer.setHeadersFunction((record, ex) -> {
            String reason = reason(ex);
            log.warn("Dead-lettering {}-{}@{} (key {}): {}", record.topic(), record.partition(), record.offset(),
                    record.key(), reason);
            meters.counter("banyan.events.dead.lettered", "topic", record.topic(),
                    "cause", rootCause(ex).getClass().getSimpleName()).increment();
            RecordHeaders headers = new RecordHeaders();
            headers.add(REASON_HEADER, reason.getBytes(StandardCharsets.UTF_8));
            headers.add(CONSUMER_HEADER, consumer.getBytes(StandardCharsets.UTF_8));
            return headers;
        });
        ExponentialBackOff backOff = new ExponentialBackOff(retry.initialInterval().toMillis(), retry.multiplier());
        backOff.setMaxInterval(retry.maxInterval().toMillis());
        backOff.setMaxAttempts(retry.maxAttempts());
        DefaultErrorHandler handler = new DefaultErrorHandler(recoverer, backOff);
        handler.addNotRetryableExceptions(InvalidEventException.class, DeserializationException.class);
        return handler;
    }

    private static Throwable rootCause(Throwable ex) {
        Throwable cursor = ex;
        Set<Throwable> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        while (cursor.getCause() != null && seen.add(cursor)) {
            cursor = cursor.getCause();
        }
        return cursor;
    }

    /** The most specific message in the cause chain: the poison record's actual defect. */
    static String reason(Throwable ex) {
        Throwable cursor = ex;
        String reason = ex.getMessage();
        Set<Throwable> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        while (cursor != null && seen.add(cursor)) {
            if (cursor instanceof InvalidEventException) {
                return cursor.getMessage();
            }
            if (cursor.getMessage() != null) {
                reason = cursor.getClass().getSimpleName() + ": " + cursor.getMessage();
            }
            cursor = cursor.getCause();
        }
        return reason == null ? ex.getClass().getName() : reason;
    }
}
