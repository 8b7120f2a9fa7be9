package org.banyan.monitoring.alert;

import java.time.OffsetDateTime;
import java.util.UUID;

/** An alert as the API shows it. */
public record AlertView(UUID alertId, String ruleName, int ruleVersion, String subject, String severity, String status,
        int count, String summary, String assignee, OffsetDateTime firstSeen, OffsetDateTime lastSeen, OffsetDateTime createdAt,
        OffsetDateTime updatedAt, OffsetDateTime escalatedAt) {
}
