package org.banyan.simulator.rows;

/**
 * A baseline, untargeted marketing offer and whether it converted: the labelled set for propensity
 * models. Features are what the bank knew when it sent the offer.
 */
public record OfferRow(long at, int customer, int seq, String offerId, String productId, String channel,
        int age, String gender, int cityTier, long incomeCents, String occupation, String education, int kycLevel,
        int tenureMonths, int productsHeld, int productViews, int sessions, boolean clicked,
        boolean converted) implements Row {
}
