package org.banyan.common.event;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;

import java.time.Instant;
import java.util.UUID;

/**
 * The envelope every Kafka record carries (ARCHITECTURE.md, "Events"). The record key is always
 * {@link #customerId()}, so all events of one customer stay ordered on one partition.
 *
 * @param <P> the payload record of the topic, see {@link EventContracts}
 */
public record EventEnvelope<P>(
        @NotNull UUID eventId,
        @NotBlank String type,
        @Positive int version,
        @NotNull Instant occurredAt,
        @NotBlank String producer,
        @NotBlank String customerId,
        @NotNull @Valid P payload) {

    /** A new envelope with a random event id, stamped now. */
    public static <P> EventEnvelope<P> of(String type, int version, String producer, String customerId, P payload) {
        return new EventEnvelope<>(UUID.randomUUID(), type, version, Instant.now(), producer, customerId, payload);
    }

    /** A new envelope for a topic's contracted event type and version. */
    public static <P> EventEnvelope<P> of(EventContract contract, String producer, String customerId, P payload) {
        return of(contract.eventType(), contract.version(), producer, customerId, payload);
    }
}
