package org.banyan.recommendation.eligibility;

import org.banyan.recommendation.catalogue.Product;

import java.util.Optional;

/** Only active products inside their validity window, on one of their channels. */
class OfferableFilter implements ProductFilter {

    @Override
    public Optional<Exclusion> check(OfferContext context, Product product) {
        if (!product.offerableAt(context.now())) {
            return ProductFilter.exclude(product, FilterCode.NOT_OFFERABLE, "retired or outside its validity window");
        }
        if (!product.channels().contains(context.channel())) {
            return ProductFilter.exclude(product, FilterCode.CHANNEL, "not offered on " + context.channel());
        }
        return Optional.empty();
    }
}
