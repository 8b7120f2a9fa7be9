package org.banyan.recommendation.contact;

/**
 * Responses of one experiment variant: events, and distinct customers (the unit of randomisation) who
 * saw an offer, clicked and converted.
 */
public record VariantCounts(String variant, long impressions, long clicks, long conversions,
        long exposedCustomers, long clickingCustomers, long convertingCustomers) {
}
