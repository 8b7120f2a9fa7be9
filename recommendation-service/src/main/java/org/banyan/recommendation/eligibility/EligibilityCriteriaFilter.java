package org.banyan.recommendation.eligibility;

import org.banyan.recommendation.catalogue.Eligibility;
import org.banyan.recommendation.catalogue.Product;
import org.banyan.recommendation.features.CustomerFeatures;

import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;

/**
 * The product's own eligibility: age range, minimum monthly income and KYC level. A bound the
 * customer's profile cannot show to be met (value unknown) rules the offer out: the bank may not offer
 * what it cannot show the customer qualifies for.
 */
class EligibilityCriteriaFilter implements ProductFilter {

    @Override
    public Optional<Exclusion> check(OfferContext context, Product product) {
        Eligibility rules = product.eligibility();
        CustomerFeatures customer = context.customer();
        if (rules.minAge() != null || rules.maxAge() != null) {
            OptionalInt age = customer.age(context.today());
            if (age.isEmpty() || (rules.minAge() != null && age.getAsInt() < rules.minAge())
                    || (rules.maxAge() != null && age.getAsInt() > rules.maxAge())) {
                return ProductFilter.exclude(product, FilterCode.AGE, "age " + describe(age) + " outside "
                        + bound(rules.minAge()) + ".." + bound(rules.maxAge()));
            }
        }
        if (rules.minMonthlyIncome() != null) {
            OptionalDouble income = customer.number(CustomerFeatures.INCOME_MONTHLY);
            if (income.isEmpty() || income.getAsDouble() < rules.minMonthlyIncome().doubleValue()) {
                return ProductFilter.exclude(product, FilterCode.INCOME, "monthly income below " + rules.minMonthlyIncome());
            }
        }
        if (rules.minKycLevel() != null) {
            OptionalDouble kyc = customer.number(CustomerFeatures.KYC_LEVEL);
            if (kyc.isEmpty() || kyc.getAsDouble() < rules.minKycLevel()) {
                return ProductFilter.exclude(product, FilterCode.KYC_LEVEL, "KYC level below " + rules.minKycLevel());
            }
        }
        return Optional.empty();
    }

    private static String describe(OptionalInt age) {
        return age.isPresent() ? String.valueOf(age.getAsInt()) : "unknown";
    }

    private static String bound(Integer value) {
        return value == null ? "" : value.toString();
    }
}
