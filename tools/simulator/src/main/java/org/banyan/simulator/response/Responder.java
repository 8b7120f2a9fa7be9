package org.banyan.simulator.response;

import jakarta.validation.Validation;
import jakarta.validation.ValidatorFactory;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.errors.WakeupException;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.banyan.common.event.EventContracts;
import org.banyan.common.event.EventEnvelope;
import org.banyan.common.event.payload.CampaignMessage;
import org.banyan.common.event.payload.MarketingFeedback;
import org.banyan.common.event.payload.MarketingFeedback.Action;
import org.banyan.common.kafka.EnvelopeDeserializer;
import org.banyan.common.kafka.EventSerializer;
import org.banyan.common.kafka.InvalidEventException;
import org.banyan.simulator.output.KafkaConfig;
import tools.jackson.databind.json.JsonMapper;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * The simulated customers answering marketing in real time: reads campaign messages and impression
 * feedback, and for each decides, from the customer's hidden affinity ({@link ResponseModel}), whether
 * they click, convert, dismiss or ignore it, then publishes that as {@code marketing.feedback.v1}.
 * Decisions and event ids are hashed from the source event, so a replay gives the same feedback.
 */
public final class Responder implements AutoCloseable {

    public static final String PRODUCER = "simulator-responder";

    private final Affinities affinities;
    private final ResponseDecider decider;
    private final KafkaConsumer<String, byte[]> consumer;
    private final KafkaProducer<byte[], byte[]> producer;
    private final ValidatorFactory validation;
    private final EnvelopeDeserializer envelopes;
    private final EventSerializer serializer;
    private final AtomicBoolean stopping = new AtomicBoolean();
    private final ResponderStats stats = new ResponderStats();

    public Responder(String bootstrap, Affinities affinities, long seed, String groupId, boolean fromEarliest) {
        this.affinities = affinities;
        this.decider = new ResponseDecider(seed);
        KafkaConfig.ensureTopics(bootstrap, List.of(EventContracts.CAMPAIGN_MESSAGES.topic(),
                EventContracts.MARKETING_FEEDBACK.topic()), KafkaConfig.DEFAULT_PARTITIONS);
        this.consumer = new KafkaConsumer<>(Map.of(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap,
                ConsumerConfig.GROUP_ID_CONFIG, groupId,
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, fromEarliest ? "earliest" : "latest",
                ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed"),
                new StringDeserializer(), new ByteArrayDeserializer());
        this.producer = KafkaConfig.producer(bootstrap, PRODUCER);
        JsonMapper mapper = JsonMapper.builder().build();
        this.validation = Validation.buildDefaultValidatorFactory();
        this.envelopes = new EnvelopeDeserializer(mapper, validation.getValidator());
        this.serializer = new EventSerializer(mapper);
        consumer.subscribe(List.of(EventContracts.CAMPAIGN_MESSAGES.topic(), EventContracts.MARKETING_FEEDBACK.topic()));
    }

    /**
     * Answers messages until {@link #stop()}, {@code maxMessages} offers answered (0 = no limit), or nothing
     * arrived for {@code maxIdle} (null = wait forever). Idle time counts from when the consumer got its
     * partitions, since joining the group can itself take seconds.
     */
    public ResponderStats run(Duration maxIdle, long maxMessages) {
        long lastActivity = 0;
        try {
            while (!stopping.get() && (maxMessages <= 0 || stats.offers() < maxMessages)) {
                ConsumerRecords<String, byte[]> records = consumer.poll(Duration.ofMillis(250));
                for (ConsumerRecord<String, byte[]> record : records) {
                    handle(record);
                }
                if (!records.isEmpty() || (lastActivity == 0 && !consumer.assignment().isEmpty())) {
                    lastActivity = System.nanoTime();
                } else if (maxIdle != null && lastActivity != 0
                        && System.nanoTime() - lastActivity > maxIdle.toNanos()) {
                    break;
                }
            }
        } catch (WakeupException e) {
            // stop() was called from another thread: fall through to flush what was decided.
        }
        producer.flush();
        return stats;
    }

    /** Safe to call from any thread (e.g. a shutdown hook). */
    public void stop() {
        stopping.set(true);
        consumer.wakeup();
    }

    private void handle(ConsumerRecord<String, byte[]> record) {
        EventEnvelope<?> envelope;
        try {
            envelope = envelopes.deserialize(record.topic(), record.value());
        } catch (InvalidEventException e) {
            stats.invalidRecord();
            return;
        }
        switch (envelope.payload()) {
            case CampaignMessage m -> answer(envelope, new Offer(null, m.campaignId(), m.productId(), m.channel(),
                    null, null));
            case MarketingFeedback f when f.action() == Action.IMPRESSION && !PRODUCER.equals(envelope.producer()) ->
                    answer(envelope, new Offer(f.recommendationId(), f.campaignId(), f.productId(), f.channel(),
                            f.experimentId(), f.variant()));
            default -> {
                // our own feedback and other actions are not offers
            }
        }
    }

    private void answer(EventEnvelope<?> source, Offer offer) {
        String customer = source.customerId();
        if (!affinities.knows(customer)) {
            stats.unknownCustomer();
            return;
        }
        stats.offer();
        double affinity = affinities.of(customer, offer.productId());
        List<ResponseDecider.Step> steps = decider.decide(source.eventId(), affinity, offer.channel());
        for (ResponseDecider.Step step : steps) {
            publish(source, offer, step);
            stats.count(step.action());
        }
    }

    private void publish(EventEnvelope<?> source, Offer offer, ResponseDecider.Step step) {
        MarketingFeedback feedback = new MarketingFeedback(offer.recommendationId(), offer.campaignId(),
                offer.productId(), step.action(), offer.channel(), offer.experimentId(), offer.variant());
        UUID eventId = decider.eventId(source.eventId(), step.action());
        EventEnvelope<MarketingFeedback> envelope = new EventEnvelope<>(eventId,
                EventContracts.MARKETING_FEEDBACK.eventType(), EventContracts.MARKETING_FEEDBACK.version(),
                source.occurredAt().plus(step.delay()), PRODUCER, source.customerId(), feedback);
        String topic = EventContracts.MARKETING_FEEDBACK.topic();
        producer.send(new ProducerRecord<>(topic, source.customerId().getBytes(StandardCharsets.UTF_8),
                serializer.serialize(topic, envelope)));
    }

    public ResponderStats stats() {
        return stats;
    }

    @Override
    public void close() {
        try {
            consumer.close(Duration.ofSeconds(5));
        } finally {
            producer.close(Duration.ofSeconds(10));
            validation.close();
        }
    }

    /** What the customer was offered, from either source. */
    private record Offer(String recommendationId, String campaignId, String productId, String channel,
            String experimentId, String variant) {
    }
}
