package org.banyan.recommendation.eligibility;

import org.banyan.recommendation.catalogue.Channel;
import org.banyan.recommendation.contact.ContactSummary;
import org.banyan.recommendation.features.CustomerFeatures;
import org.banyan.recommendation.interactions.CustomerHistory;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;

/** Everything the hard filters look at besides the product: who, where, their history, and when. */
public record OfferContext(CustomerFeatures customer, CustomerHistory history, ContactSummary contacts,
        Channel channel, Instant now) {

    LocalDate today() {
        return LocalDate.ofInstant(now, ZoneOffset.UTC);
    }
}
