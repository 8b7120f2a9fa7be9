package org.banyan.profile.customer;

import org.banyan.common.event.EventEnvelope;
import org.banyan.common.event.Topics;
import org.banyan.common.event.payload.CustomerUpdated;
import org.banyan.common.kafka.IdempotentConsumer;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/** Applies {@code bank.customers.v1} to the profile, once per event. */
@Component
class CustomerEventsListener {

    static final String CONSUMER = "customer-attributes";

    private final IdempotentConsumer idempotent;
    private final CustomerProfiles profiles;

    CustomerEventsListener(IdempotentConsumer idempotent, CustomerProfiles profiles) {
        this.idempotent = idempotent;
        this.profiles = profiles;
    }

    @KafkaListener(id = "profile-customers", topics = Topics.CUSTOMERS)
    void onCustomerUpdated(EventEnvelope<CustomerUpdated> event) {
        idempotent.process(CONSUMER, event, e -> profiles.apply(e.customerId(), e.payload()));
    }
}
