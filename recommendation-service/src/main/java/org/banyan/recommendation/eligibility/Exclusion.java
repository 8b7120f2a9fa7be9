package org.banyan.recommendation.eligibility;

/** An offer a hard filter ruled out; {@code productId} is null when the filter ruled out the customer. */
public record Exclusion(String productId, FilterCode filter, String detail) {
}
