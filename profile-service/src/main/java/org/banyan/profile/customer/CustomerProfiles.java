package org.banyan.profile.customer;

import org.banyan.common.event.EventContracts;
import org.banyan.common.event.EventEnvelope;
import org.banyan.common.event.Topics;
import org.banyan.common.event.payload.CustomerUpdated;
import org.banyan.common.event.payload.TagsChanged;
import org.banyan.common.outbox.Outbox;
import org.springframework.stereotype.Service;

import java.util.List;

/**
 * Keeps each customer's basic attributes current and announces the tags that changed, through the
 * outbox in the same transaction as the update.
 */
@Service
class CustomerProfiles {

    static final String PRODUCER = "profile-service";

    private final CustomerRepository customers;
    private final Outbox outbox;

    CustomerProfiles(CustomerRepository customers, Outbox outbox) {
        this.customers = customers;
        this.outbox = outbox;
    }

    /** Must run inside the caller's transaction (the idempotent consumer provides it). */
    void apply(String customerId, CustomerUpdated update) {
        var stored = customers.findForUpdate(customerId);
        BasicAttributes incoming = BasicAttributes.from(update);
        List<TagsChanged.Change> changes = incoming.changesSince(stored.map(s -> s.attributes()).orElse(null));
        if (changes.isEmpty()) {
            return;
        }
        long version = stored.map(s -> s.profileVersion() + 1).orElse(1L);
        customers.save(customerId, version, incoming);
        outbox.publish(Topics.TAG_CHANGES, EventEnvelope.of(EventContracts.TAG_CHANGES, PRODUCER, customerId,
                new TagsChanged(version, changes)));
    }
}
