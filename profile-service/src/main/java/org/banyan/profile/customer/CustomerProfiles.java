package org.banyan.profile.customer;

import org.banyan.common.error.BanyanException;
import org.banyan.common.event.EventContracts;
import org.banyan.common.event.EventEnvelope;
import org.banyan.common.event.Topics;
import org.banyan.common.event.payload.CustomerUpdated;
import org.banyan.common.event.payload.TagsChanged;
import org.banyan.common.outbox.Outbox;
import org.banyan.common.pii.FieldCipher;
import org.springframework.stereotype.Service;

import java.time.OffsetDateTime;
import java.util.List;

/**
 * Keeps each customer's basic attributes and identifiers current, and announces the tags that
 * changed through the outbox in the same transaction as the update.
 */
@Service
class CustomerProfiles {

    static final String PRODUCER = "profile-service";

    private final CustomerRepository customers;
    private final Outbox outbox;
    private final FieldCipher cipher;

    CustomerProfiles(CustomerRepository customers, Outbox outbox, FieldCipher cipher) {
        this.customers = customers;
        this.outbox = outbox;
        this.cipher = cipher;
    }

    /** Must run inside the caller's transaction (the idempotent consumer provides it). */
    void apply(String customerId, CustomerUpdated update) {
        var stored = customers.findForUpdate(customerId);
        BasicAttributes incoming = BasicAttributes.from(update);
        PersonalData personal = new PersonalData(update.nationalId(), update.phone());
        List<TagsChanged.Change> changes = incoming.changesSince(stored.map(s -> s.attributes()).orElse(null));
        boolean personalChanged = !personal.equals(
                stored.map(s -> s.personalData().decrypt(cipher, customerId)).orElse(PersonalData.NONE));
        if (changes.isEmpty() && !personalChanged) {
            return;
        }
        long current = stored.map(s -> s.profileVersion()).orElse(0L);
        long version = changes.isEmpty() ? current : current + 1;
        customers.save(customerId, version, incoming, personal.encrypt(cipher, customerId));
        if (!changes.isEmpty()) {
            outbox.publish(Topics.TAG_CHANGES, EventEnvelope.of(EventContracts.TAG_CHANGES, PRODUCER, customerId,
                    new TagsChanged(version, changes)));
        }
    }

    CustomerSnapshot snapshot(String customerId) {
        var stored = customers.find(customerId).orElseThrow(() -> BanyanException.notFound("Customer", customerId));
        return new CustomerSnapshot(stored.customerId(), stored.profileVersion(), stored.updatedAt(),
                stored.attributes(), stored.personalData().decrypt(cipher, customerId));
    }

    record CustomerSnapshot(String customerId, long profileVersion, OffsetDateTime updatedAt,
            BasicAttributes attributes, PersonalData personalData) {
    }
}
