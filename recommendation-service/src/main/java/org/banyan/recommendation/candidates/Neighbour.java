package org.banyan.recommendation.candidates;

/** A product similar to another, with their item-item similarity. */
public record Neighbour(String productId, float similarity) {
}
