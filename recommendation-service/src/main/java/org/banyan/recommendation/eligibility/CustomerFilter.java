package org.banyan.recommendation.eligibility;

import java.util.Optional;

/** A hard rule about contacting a customer on a channel at all, whatever the product. */
interface CustomerFilter {

    Optional<Exclusion> check(OfferContext context);
}
