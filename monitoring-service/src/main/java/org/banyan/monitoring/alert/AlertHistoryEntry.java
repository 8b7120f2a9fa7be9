package org.banyan.monitoring.alert;

import java.time.OffsetDateTime;

/** One step of an alert's history: raised, repeated, acknowledged, note, escalated, resolved, dismissed. */
public record AlertHistoryEntry(OffsetDateTime at, String action, String actor, String fromStatus, String toStatus,
        String note) {
}
