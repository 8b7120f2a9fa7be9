package org.banyan.profile.support;

import org.banyan.common.event.EventContracts;
import org.banyan.common.event.EventEnvelope;
import org.banyan.common.event.payload.CustomerUpdated;
import org.banyan.common.testsupport.KafkaTestClient;
import org.banyan.profile.tagging.ProfileEngine;
import tools.jackson.databind.json.JsonMapper;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import static org.awaitility.Awaitility.await;

/** Puts customers into the service the way core banking does: bank.customers.v1 events. */
public final class Customers {

    private final KafkaTestClient kafka;
    private final JsonMapper mapper;
    private final ProfileEngine engine;

    public Customers(KafkaTestClient kafka, JsonMapper mapper, ProfileEngine engine) {
        this.kafka = kafka;
        this.mapper = mapper;
        this.engine = engine;
    }

    /** A customer with these attributes, once their profile exists. */
    public String create(String prefix, String city, int birthYear, String income, boolean consent) {
        String customerId = prefix + UUID.randomUUID().toString().substring(0, 8);
        CustomerUpdated payload = new CustomerUpdated(LocalDate.of(birthYear, 4, 12), CustomerUpdated.Gender.FEMALE,
                city, 1, "ENGINEER", "MASTER", CustomerUpdated.MaritalStatus.MARRIED, new BigDecimal(income), 3,
                new CustomerUpdated.Consent(consent, consent, consent, consent), LocalDate.of(2015, 6, 1),
                "330106198804120028", "13812345678");
        EventEnvelope<CustomerUpdated> event = new EventEnvelope<>(UUID.randomUUID(),
                EventContracts.CUSTOMERS.eventType(), 1, Instant.now(), "core-banking", customerId, payload);
        kafka.send(EventContracts.CUSTOMERS.topic(), customerId, mapper.writeValueAsString(event));
        await().atMost(Duration.ofSeconds(30)).until(() -> engine.find(customerId).isPresent());
        return customerId;
    }
}
