package org.banyan.recommendation.eligibility;

import org.banyan.recommendation.catalogue.Product;

import java.util.Optional;

/** A hard rule about offering one product to one customer. */
interface ProductFilter {

    Optional<Exclusion> check(OfferContext context, Product product);

    static Optional<Exclusion> exclude(Product product, FilterCode code, String detail) {
        return Optional.of(new Exclusion(product.productId(), code, detail));
    }
}
