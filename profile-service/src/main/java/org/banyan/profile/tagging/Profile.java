package org.banyan.profile.tagging;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Map;

/**
 * A customer's profile: every tag with a value (canonical Java forms, see ValueType), the version
 * that increases with each change, the business date the window tags are computed as of, and when it
 * last changed.
 */
public record Profile(String customerId, long profileVersion, LocalDate asOf, OffsetDateTime updatedAt,
        Map<String, Object> tags) {

    public Profile {
        tags = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(tags));
    }
}
