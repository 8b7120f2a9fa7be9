package org.banyan.credit.policy;

import java.time.OffsetDateTime;
import java.util.List;

/** A numbered, immutable set of rules; the newest one applies. */
record RuleSet(int version, String createdBy, String comment, OffsetDateTime createdAt, List<Rule> rules) {
}
