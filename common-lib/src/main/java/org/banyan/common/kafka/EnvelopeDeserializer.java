package org.banyan.common.kafka;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import org.apache.kafka.common.serialization.Deserializer;
import org.banyan.common.event.EventContract;
import org.banyan.common.event.EventContracts;
import org.banyan.common.event.EventEnvelope;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JavaType;
import tools.jackson.databind.json.JsonMapper;

import java.util.Comparator;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Reads a record value as the topic's {@link EventEnvelope} with its contracted payload type, and
 * validates it against the contract's constraints. Anything that fails is an
 * {@link InvalidEventException}; wrapped in Spring Kafka's {@code ErrorHandlingDeserializer}, such a
 * record reaches the listener container as a deserialization failure and goes to the DLQ.
 */
public class EnvelopeDeserializer implements Deserializer<EventEnvelope<?>> {

    private final JsonMapper mapper;
    private final Validator validator;

    public EnvelopeDeserializer(JsonMapper mapper, Validator validator) {
        this.mapper = mapper;
        this.validator = validator;
    }

    @Override
    public EventEnvelope<?> deserialize(String topic, byte[] data) {
        if (data == null) {
            throw new InvalidEventException("Record on " + topic + " has no value");
        }
        EventContract contract = EventContracts.forTopic(topic)
                .orElseThrow(() -> new InvalidEventException("No event contract for topic " + topic));
        EventEnvelope<?> envelope = read(contract, data);
        validate(envelope);
        requireContractedType(contract, envelope);
        return envelope;
    }

    private EventEnvelope<?> read(EventContract contract, byte[] data) {
        JavaType type = mapper.getTypeFactory().constructParametricType(EventEnvelope.class, contract.payloadType());
        try {
            return mapper.readValue(data, type);
        } catch (JacksonException e) {
            throw new InvalidEventException("Not a valid " + contract.topic() + " envelope: " + e.getOriginalMessage()
                    + " (at " + e.getPathReference() + ")", e);
        }
    }

    private void validate(EventEnvelope<?> envelope) {
        Set<ConstraintViolation<EventEnvelope<?>>> violations = validator.validate(envelope);
        if (!violations.isEmpty()) {
            String reasons = violations.stream()
                    .map(v -> v.getPropertyPath() + " " + v.getMessage())
                    .sorted(Comparator.naturalOrder())
                    .collect(Collectors.joining("; "));
            throw new InvalidEventException("Event " + (envelope.eventId() == null ? "without eventId" : envelope.eventId())
                    + " violates its contract: " + reasons);
        }
    }

    /** A topic carries one event type; a newer version than the contract knows is not ours to guess at. */
    private static void requireContractedType(EventContract contract, EventEnvelope<?> envelope) {
        if (!contract.eventType().equals(envelope.type()) || envelope.version() > contract.version()) {
            throw new InvalidEventException("Event " + envelope.eventId() + " is " + envelope.type() + " v"
                    + envelope.version() + ", but " + contract.topic() + " carries " + contract.eventType()
                    + " up to v" + contract.version());
        }
    }
}
