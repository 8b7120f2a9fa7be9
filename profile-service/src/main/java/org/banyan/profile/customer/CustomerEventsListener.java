package org.banyan.profile.customer;

import org.banyan.common.event.EventEnvelope;
import org.banyan.common.event.Topics;
import org.banyan.common.event.payload.CustomerUpdated;
import org.banyan.common.kafka.IdempotentConsumer;
import org.banyan.profile.tagging.ProfileEngine;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/**
 * Applies {@code bank.customers.v1} once per event: the personal identifiers (encrypted) here, the
 * basic-attribute tags through the profile engine, in one transaction.
 */
@Component
class CustomerEventsListener {

    static final String CONSUMER = "customer-attributes";

    private final IdempotentConsumer idempotent;
    private final CustomerProfiles profiles;
    private final ProfileEngine engine;

    CustomerEventsListener(IdempotentConsumer idempotent, CustomerProfiles profiles, ProfileEngine engine) {
        this.idempotent = idempotent;
        this.profiles = profiles;
        this.engine = engine;
    }

    @KafkaListener(id = "profile-customers", topics = Topics.CUSTOMERS)
    void onCustomerUpdated(EventEnvelope<CustomerUpdated> event) {
        idempotent.process(CONSUMER, event, e -> {
            if (!engine.isErased(e.customerId())) {
                profiles.keepPersonalData(e.customerId(), e.payload());
                engine.apply(e);
            }
        });
    }
}
