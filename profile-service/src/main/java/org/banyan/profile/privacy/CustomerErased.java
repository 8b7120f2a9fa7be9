package org.banyan.profile.privacy;

/**
 * Published inside the erasure's transaction: every feature holding data about the customer removes it
 * before the transaction commits. {@code removed} collects whether any feature held personal data.
 */
public record CustomerErased(String customerId, java.util.concurrent.atomic.AtomicBoolean removed) {
}
