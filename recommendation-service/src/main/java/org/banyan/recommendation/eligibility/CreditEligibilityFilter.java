package org.banyan.recommendation.eligibility;

import org.banyan.recommendation.catalogue.CreditGrade;
import org.banyan.recommendation.catalogue.Product;
import org.banyan.recommendation.features.CustomerFeatures;
import org.banyan.recommendation.features.RiskSignal;

import java.time.Instant;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * No credit offer to a customer whose risk tags or recent risk signals disqualify them (in collections,
 * a recent decline, arrears, a freeze ...), and none below the product's required credit grade.
 */
class CreditEligibilityFilter implements ProductFilter {

    private final EligibilityProperties policy;

    CreditEligibilityFilter(EligibilityProperties policy) {
        this.policy = policy;
    }

    @Override
    public Optional<Exclusion> check(OfferContext context, Product product) {
        if (!product.type().isCredit()) {
            return Optional.empty();
        }
        CustomerFeatures customer = context.customer();
        for (String flag : policy.disqualifyingFlags()) {
            if (customer.flag(flag).orElse(false)) {
                return ProductFilter.exclude(product, FilterCode.CREDIT_ELIGIBILITY, "profile tag " + flag);
            }
        }
        OptionalDouble daysPastDue = customer.number(policy.daysPastDueTag());
        if (daysPastDue.isPresent() && daysPastDue.getAsDouble() > 0) {
            return ProductFilter.exclude(product, FilterCode.CREDIT_ELIGIBILITY, "in arrears");
        }
        OptionalDouble recentDeclines = customer.number(policy.recentDeclinesTag());
        if (recentDeclines.isPresent() && recentDeclines.getAsDouble() > 0) {
            return ProductFilter.exclude(product, FilterCode.CREDIT_ELIGIBILITY, "credit recently declined");
        }
        Optional<RiskSignal> signal = disqualifyingSignal(customer, context.now());
        if (signal.isPresent()) {
            return ProductFilter.exclude(product, FilterCode.CREDIT_ELIGIBILITY,
                    "risk signal " + signal.get().signalType());
        }
        return gradeCheck(customer, product);
    }

    private Optional<RiskSignal> disqualifyingSignal(CustomerFeatures customer, Instant now) {
        Instant since = now.minus(policy.signalLookback());
        return customer.riskSignals().stream()
                .filter(s -> policy.disqualifyingSignals().contains(s.signalType()))
                .filter(s -> s.severity().compareTo(policy.disqualifyingSeverity()) >= 0)
                .filter(s -> s.occurredAt() == null || !s.occurredAt().isBefore(since))
                .findFirst();
    }

    private Optional<Exclusion> gradeCheck(CustomerFeatures customer, Product product) {
        CreditGrade required = product.eligibility().requiredCreditGrade();
        if (required == null) {
            return Optional.empty();
        }
        Optional<CreditGrade> grade = customer.tag(policy.creditGradeTag()).flatMap(CreditGrade::parse);
        if (grade.isEmpty() || !grade.get().meets(required)) {
            return ProductFilter.exclude(product, FilterCode.CREDIT_GRADE, "needs credit grade " + required
                    + " or better, customer has " + grade.map(Enum::name).orElse("none"));
        }
        return Optional.empty();
    }
}
