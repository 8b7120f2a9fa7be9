package org.banyan.profile.segment;

import java.time.OffsetDateTime;
import java.util.UUID;

/** A saved segment: its definition in JSON form and as canonical text. */
record Segment(UUID id, String name, String description, String definitionJson, String expression,
        String createdBy, OffsetDateTime createdAt) {
}
