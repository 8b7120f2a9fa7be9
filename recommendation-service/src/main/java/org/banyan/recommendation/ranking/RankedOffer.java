package org.banyan.recommendation.ranking;

import org.banyan.recommendation.catalogue.Product;

/** A ranked offer: the product, its score in [0, 1] and the plain-language reason for it. */
public record RankedOffer(Product product, double score, String reason) {
}
