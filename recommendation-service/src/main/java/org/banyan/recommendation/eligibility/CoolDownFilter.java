package org.banyan.recommendation.eligibility;

import org.banyan.recommendation.catalogue.Product;

import java.util.Optional;

/** A product the customer dismissed is not offered to them again until the cool-down has passed. */
class CoolDownFilter implements ProductFilter {

    @Override
    public Optional<Exclusion> check(OfferContext context, Product product) {
        return context.contacts().dismissedProducts().contains(product.productId())
                ? ProductFilter.exclude(product, FilterCode.COOL_DOWN, "dismissed recently")
                : Optional.empty();
    }
}
