package org.banyan.common.intake;

import java.time.OffsetDateTime;
import java.util.UUID;

/** One row of the intake ledger. */
public record TopicIntakeStatus(String consumer, String topic, long eventsTotal, UUID lastEventId,
        OffsetDateTime lastOccurredAt, OffsetDateTime lastReceivedAt) {
}
