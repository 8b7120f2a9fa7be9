package org.banyan.recommendation.eligibility;

import org.banyan.recommendation.catalogue.Product;

import java.util.Optional;

/** Never offer a product the customer already holds. */
class HoldingsFilter implements ProductFilter {

    @Override
    public Optional<Exclusion> check(OfferContext context, Product product) {
        return context.history().holds(product.productId())
                ? ProductFilter.exclude(product, FilterCode.ALREADY_HELD, "already held")
                : Optional.empty();
    }
}
