package org.banyan.recommendation.eligibility;

import org.banyan.recommendation.catalogue.Product;
import org.banyan.recommendation.catalogue.ProductType;
import org.banyan.recommendation.catalogue.RiskLevel;

import java.util.Optional;

/**
 * Suitability: a wealth product's risk level never above the customer's assessed risk tolerance, and
 * no wealth product at all without an assessment (selling one unassessed is what the rule forbids).
 */
class SuitabilityFilter implements ProductFilter {

    private final String toleranceTag;

    SuitabilityFilter(String toleranceTag) {
        this.toleranceTag = toleranceTag;
    }

    @Override
    public Optional<Exclusion> check(OfferContext context, Product product) {
        if (product.type() != ProductType.WEALTH) {
            return Optional.empty();
        }
        Optional<RiskLevel> tolerance = context.customer().tag(toleranceTag).flatMap(RiskLevel::parse);
        if (tolerance.isEmpty()) {
            return ProductFilter.exclude(product, FilterCode.SUITABILITY, "no assessed risk tolerance");
        }
        if (product.riskLevel().rank() > tolerance.get().rank()) {
            return ProductFilter.exclude(product, FilterCode.SUITABILITY,
                    product.riskLevel() + " above the customer's tolerance " + tolerance.get());
        }
        return Optional.empty();
    }
}
