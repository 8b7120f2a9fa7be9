package org.banyan.simulator.kafka;

import jakarta.validation.Validation;
import jakarta.validation.ValidatorFactory;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.banyan.common.event.EventContract;
import org.banyan.common.event.EventContracts;
import org.banyan.common.event.EventEnvelope;
import org.banyan.common.event.payload.CampaignMessage;
import org.banyan.common.event.payload.MarketingFeedback;
import org.banyan.common.event.payload.MarketingFeedback.Action;
import org.banyan.common.kafka.EnvelopeDeserializer;
import org.banyan.common.kafka.EventSerializer;
import org.banyan.simulator.core.Ids;
import org.banyan.simulator.output.KafkaConfig;
import org.banyan.simulator.response.Affinities;
import org.banyan.simulator.response.Responder;
import org.banyan.simulator.response.ResponderStats;
import org.banyan.simulator.support.Runs;
import org.banyan.simulator.support.TopicReader;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.kafka.test.EmbeddedKafkaKraftBroker;
import tools.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;

/** The closed loop: campaign messages and impressions in, feedback from the simulated customers out. */
class ResponderTest {

    private static final String PRODUCT = "CC-TRAVEL-GOLD";
    private static final String FEEDBACK = EventContracts.MARKETING_FEEDBACK.topic();
    private static final int IMPRESSIONS = 200;

    static EmbeddedKafkaKraftBroker broker;
    static ValidatorFactory validation;
    static final JsonMapper JSON = JsonMapper.builder().build();

    @TempDir
    static Path run;

    static Affinities affinities;
    static ResponderStats stats;
    static List<EventEnvelope<MarketingFeedback>> feedback;

    @BeforeAll
    static void answerACampaignToEveryCustomer() throws IOException {
        broker = new EmbeddedKafkaKraftBroker(1, 3);
        broker.afterPropertiesSet();
        validation = Validation.buildDefaultValidatorFactory();
        Runs.generate(Runs.tiny().withDays(1), run, false);
        affinities = Affinities.load(run);
        KafkaConfig.ensureTopics(broker.getBrokersAsString(), List.of(EventContracts.CAMPAIGN_MESSAGES.topic(),
                FEEDBACK), 3);
        publishOffers();
        try (Responder responder = new Responder(broker.getBrokersAsString(), affinities, 42, "responder-test", true)) {
            stats = responder.run(Duration.ofSeconds(3), 0);
        }
        feedback = readFeedback(answers(stats));
    }

    /** How many feedback events a responder published. */
    private static long answers(ResponderStats s) {
        return s.clicks() + s.conversions() + s.dismissals();
    }

    @AfterAll
    static void stopBroker() {
        validation.close();
        broker.destroy();
    }

    /** A campaign message to each of the 1,000 customers, impressions to the first 200, one to a stranger. */
    private static void publishOffers() {
        EventSerializer serializer = new EventSerializer(JSON);
        try (KafkaProducer<byte[], byte[]> producer = KafkaConfig.producer(broker.getBrokersAsString(), "test")) {
            for (int i = 0; i < 1_000; i++) {
                send(producer, serializer, EventContracts.CAMPAIGN_MESSAGES.topic(), Ids.customerId(i),
                        new CampaignMessage("CAMP-1", "MSG-" + i, PRODUCT, "SMS", 0.5), "recommendation");
            }
            for (int i = 0; i < IMPRESSIONS; i++) {
                send(producer, serializer, FEEDBACK, Ids.customerId(i), new MarketingFeedback("REC-" + i, null,
                        PRODUCT, Action.IMPRESSION, "APP", "EXP-1", i % 2 == 0 ? "A" : "B"), "recommendation");
            }
            send(producer, serializer, EventContracts.CAMPAIGN_MESSAGES.topic(), "C99999999",
                    new CampaignMessage("CAMP-1", "MSG-X", PRODUCT, "SMS", 0.5), "recommendation");
        }
    }

    private static void send(KafkaProducer<byte[], byte[]> producer, EventSerializer serializer, String topic,
            String customer, Object payload, String from) {
        EventContract contract = EventContracts.forTopic(topic).orElseThrow();
        EventEnvelope<Object> envelope = new EventEnvelope<>(UUID.nameUUIDFromBytes((topic + customer + payload)
                .getBytes(StandardCharsets.UTF_8)), contract.eventType(), contract.version(), Instant.now(), from,
                customer, payload);
        producer.send(new ProducerRecord<>(topic, customer.getBytes(StandardCharsets.UTF_8),
                serializer.serialize(topic, envelope)));
    }

    @SuppressWarnings("unchecked")
    private static List<EventEnvelope<MarketingFeedback>> readFeedback(long expected) {
        EnvelopeDeserializer envelopes = new EnvelopeDeserializer(JSON, validation.getValidator());
        List<EventEnvelope<MarketingFeedback>> out = new ArrayList<>();
        for (ConsumerRecord<String, byte[]> r : TopicReader.readAll(broker.getBrokersAsString(), List.of(FEEDBACK),
                expected + IMPRESSIONS, Duration.ofSeconds(30))) {
            EventEnvelope<?> e = envelopes.deserialize(r.topic(), r.value());
            if (Responder.PRODUCER.equals(e.producer())) {
                assertThat(r.key()).isEqualTo(e.customerId());
                out.add((EventEnvelope<MarketingFeedback>) e);
            }
        }
        return out;
    }

    @Test
    void everyOfferToAKnownCustomerIsConsideredAndStrangersAreSkipped() {
        assertThat(stats.offers()).isEqualTo(1_200);
        assertThat(stats.unknownCustomers()).isEqualTo(1);
        assertThat(stats.invalid()).isZero();
    }

    @Test
    void answersAreValidFeedbackOnlyClicksConversionsOrDismissals() {
        assertThat(feedback).isNotEmpty();
        assertThat(feedback).extracting(e -> e.payload().action())
                .containsOnly(Action.CLICK, Action.CONVERSION, Action.DISMISS);
        assertThat(feedback).allMatch(e -> e.payload().productId().equals(PRODUCT));
        assertThat(feedback.stream().filter(e -> e.payload().action() == Action.CONVERSION).count())
                .isEqualTo(stats.conversions());
    }

    @Test
    void answersToImpressionsCarryTheRecommendationAndExperimentVariant() {
        // given the answers to impressions (they carry a recommendation id)
        List<MarketingFeedback> answers = feedback.stream().map(EventEnvelope::payload)
                .filter(f -> f.recommendationId() != null).toList();

        // then they keep the impression's experiment and variant, so uplift can be attributed
        assertThat(answers).isNotEmpty().allMatch(f -> f.experimentId().equals("EXP-1") && f.variant() != null
                && f.channel().equals("APP"));
        assertThat(feedback.stream().map(EventEnvelope::payload).filter(f -> f.recommendationId() == null))
                .allMatch(f -> f.campaignId().equals("CAMP-1") && f.channel().equals("SMS"));
    }

    @Test
    void customersWithHighAffinityConvertFarMoreOften() {
        // given the customers ranked by their hidden affinity for the product
        List<String> ranked = IntStream.range(0, 1_000).mapToObj(Ids::customerId)
                .sorted(Comparator.comparingDouble(c -> -affinities.of(c, PRODUCT))).toList();
        Set<String> converted = feedback.stream().filter(e -> e.payload().action() == Action.CONVERSION
                && e.payload().recommendationId() == null).map(EventEnvelope::customerId).collect(Collectors.toSet());

        // when campaign conversions of the top and bottom quarter are compared
        long top = ranked.subList(0, 250).stream().filter(converted::contains).count();
        long bottom = ranked.subList(750, 1_000).stream().filter(converted::contains).count();

        // then targeting by affinity would pay: the top quarter converts several times as often
        assertThat(top).isGreaterThan(3 * Math.max(1, bottom));
    }

    @Test
    void aReplayGivesTheSameAnswersUnderTheSameEventIds() {
        // when another responder (a fresh consumer group) answers the same offers again
        ResponderStats replay;
        try (Responder again = new Responder(broker.getBrokersAsString(), affinities, 42, "responder-replay", true)) {
            replay = again.run(Duration.ofSeconds(3), 0);
        }
        List<EventEnvelope<MarketingFeedback>> all = readFeedback(answers(stats) + answers(replay));

        // then every answer is duplicated with an identical event id, so idempotent consumers see it once
        Map<UUID, Long> copies = all.stream().collect(Collectors.groupingBy(EventEnvelope::eventId,
                Collectors.counting()));
        assertThat(copies).hasSize(feedback.size());
        assertThat(copies.values()).containsOnly(2L);
    }
}
