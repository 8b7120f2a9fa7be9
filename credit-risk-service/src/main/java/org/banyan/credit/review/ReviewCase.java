package org.banyan.credit.review;

import java.time.OffsetDateTime;
import java.util.UUID;

/** A referred application in the queue: OPEN until an analyst decides it, then DECIDED. */
public record ReviewCase(UUID applicationId, String customerId, String status, OffsetDateTime openedAt,
        Referral referral, ManualDecision manualDecision) {
}
