package org.banyan.recommendation.eligibility;

import java.util.Optional;

/** At most the channel's cap of contacts per customer within the cap window. */
class FrequencyCapFilter implements CustomerFilter {

    private final EligibilityProperties policy;

    FrequencyCapFilter(EligibilityProperties policy) {
        this.policy = policy;
    }

    @Override
    public Optional<Exclusion> check(OfferContext context) {
        int cap = policy.capFor(context.channel());
        return context.contacts().contactsInWindow() >= cap
                ? Optional.of(new Exclusion(null, FilterCode.FREQUENCY_CAP, cap + " contacts on " + context.channel()
                        + " within " + policy.capWindow()))
                : Optional.empty();
    }
}
