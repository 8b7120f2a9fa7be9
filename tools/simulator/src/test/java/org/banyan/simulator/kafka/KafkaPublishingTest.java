package org.banyan.simulator.kafka;

import jakarta.validation.Validation;
import jakarta.validation.ValidatorFactory;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.banyan.common.event.EventContract;
import org.banyan.common.event.EventContracts;
import org.banyan.common.event.EventEnvelope;
import org.banyan.common.event.payload.LoanEvent;
import org.banyan.common.kafka.EnvelopeDeserializer;
import org.banyan.simulator.core.SimulationConfig;
import org.banyan.simulator.engine.RunSummary;
import org.banyan.simulator.engine.Simulation;
import org.banyan.simulator.output.FileSink;
import org.banyan.simulator.output.KafkaSink;
import org.banyan.simulator.support.Csv;
import org.banyan.simulator.support.Runs;
import org.banyan.simulator.support.TopicReader;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.kafka.test.EmbeddedKafkaKraftBroker;
import tools.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/** Publishing the tiny preset for three days to a real (embedded KRaft) broker and reading it back. */
class KafkaPublishingTest {

    private static final Map<String, String> EXTRACT_OF_TOPIC = Map.of(
            EventContracts.CUSTOMERS.topic(), "customers", EventContracts.TRANSACTIONS.topic(), "transactions",
            EventContracts.APP_EVENTS.topic(), "app_events", EventContracts.LOAN_EVENTS.topic(), "loan_events");

    static EmbeddedKafkaKraftBroker broker;
    static ValidatorFactory validation;

    @TempDir
    static Path run;

    static RunSummary summary;
    static List<ConsumerRecord<String, byte[]>> records;

    @BeforeAll
    static void publishThreeDays() throws IOException {
        broker = new EmbeddedKafkaKraftBroker(1, 3);
        broker.afterPropertiesSet();
        validation = Validation.buildDefaultValidatorFactory();
        // Recent dates: consumers validate join and birth dates against their own clock.
        SimulationConfig config = Runs.tiny().withDays(3).withStartDate(LocalDate.now().minusDays(120));
        try (FileSink files = new FileSink(run, true, 2);
             KafkaSink kafka = new KafkaSink(broker.getBrokersAsString(), 0, 3, 2, message -> { })) {
            summary = new Simulation(config, message -> { }).run(List.of(files, kafka));
        }
        records = TopicReader.readAll(broker.getBrokersAsString(), EXTRACT_OF_TOPIC.keySet(), summary.events(),
                Duration.ofSeconds(60));
    }

    @AfterAll
    static void stopBroker() {
        validation.close();
        broker.destroy();
    }

    @Test
    void everyExtractRowIsPublishedOnceUnderTheSameEventId() {
        // given the event ids of the extract files, per topic
        Map<String, Set<String>> published = new HashMap<>();
        for (ConsumerRecord<String, byte[]> r : records) {
            published.computeIfAbsent(r.topic(), t -> new HashSet<>()).add(envelope(r).eventId().toString());
        }

        // then each topic carries exactly the rows of its extract, no more, no fewer
        assertThat(records).hasSize((int) summary.events());
        EXTRACT_OF_TOPIC.forEach((topic, entity) -> {
            Set<String> inFiles = Csv.extracts(run, entity).stream().map(row -> row.get("event_id"))
                    .collect(Collectors.toSet());
            assertThat(published.get(topic)).as(topic).isEqualTo(inFiles);
        });
    }

    @Test
    void everyRecordIsAValidEnvelopeKeyedByItsCustomer() {
        // then each record parses and validates as its topic's contract, with the key = customer id
        for (ConsumerRecord<String, byte[]> r : records) {
            EventEnvelope<?> envelope = envelope(r);
            EventContract contract = EventContracts.forTopic(r.topic()).orElseThrow();
            assertThat(r.key()).isEqualTo(envelope.customerId());
            assertThat(envelope.type()).isEqualTo(contract.eventType());
            assertThat(envelope.version()).isEqualTo(contract.version());
            assertThat(envelope.payload()).isInstanceOf(contract.payloadType());
            assertThat(envelope.producer()).isIn("core-banking", "digital-channels", "core-lending");
        }
    }

    @Test
    void eachCustomersEventsArriveInTimeOrder() {
        // given the events of each customer on each topic, in offset order per partition
        Map<String, EventEnvelope<?>> last = new HashMap<>();

        // then their occurrence times never go backwards
        for (ConsumerRecord<String, byte[]> r : records.stream()
                .sorted(Comparator.comparingInt((ConsumerRecord<String, byte[]> c) -> c.partition())
                        .thenComparingLong(ConsumerRecord::offset))
                .toList()) {
            EventEnvelope<?> envelope = envelope(r);
            EventEnvelope<?> previous = last.put(r.topic() + "/" + r.key(), envelope);
            if (previous != null) {
                assertThat(envelope.occurredAt()).isAfterOrEqualTo(previous.occurredAt());
            }
        }
    }

    @Test
    void everyPersonalLoanEventNamesTheApplicationTheLoanWasBookedFrom() {
        // given every application the run knows: the back book and the window's new ones
        Set<String> applications = new HashSet<>();
        Csv.read(run.resolve("training/loan_applications.csv")).forEach(a -> applications.add(a.get("application_id")));
        Csv.extracts(run, "loan_applications").forEach(a -> applications.add(a.get("application_id")));

        // when the published loan events are read
        List<LoanEvent> loanEvents = records.stream().filter(r -> r.topic().equals(EventContracts.LOAN_EVENTS.topic()))
                .map(r -> (LoanEvent) envelope(r).payload()).toList();

        // then a personal loan's events name a known application, and no other line claims one
        assertThat(loanEvents).filteredOn(e -> e.productType() == LoanEvent.ProductType.PERSONAL_LOAN).isNotEmpty()
                .allSatisfy(e -> assertThat(applications).contains(e.applicationId()));
        assertThat(loanEvents).filteredOn(e -> e.productType() != LoanEvent.ProductType.PERSONAL_LOAN)
                .allSatisfy(e -> assertThat(e.applicationId()).isNull());
    }

    private static EventEnvelope<?> envelope(ConsumerRecord<String, byte[]> r) {
        return new EnvelopeDeserializer(JsonMapper.builder().build(), validation.getValidator())
                .deserialize(r.topic(), r.value());
    }
}
