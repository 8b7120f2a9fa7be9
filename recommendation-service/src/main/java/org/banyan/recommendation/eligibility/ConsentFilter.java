package org.banyan.recommendation.eligibility;

import org.banyan.recommendation.catalogue.Channel;
import org.banyan.recommendation.features.CustomerFeatures;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * Marketing consent. An outbound channel (SMS, e-mail, push) needs the customer's explicit consent to
 * that channel: unknown is no. On inbound channels, where the customer came to us, offers are shown
 * unless the customer has refused marketing on every channel.
 */
class ConsentFilter implements CustomerFilter {

    private static final List<String> CONSENT_TAGS = Arrays.stream(Channel.values())
            .flatMap(c -> c.consentTag().stream()).toList();

    @Override
    public Optional<Exclusion> check(OfferContext context) {
        CustomerFeatures customer = context.customer();
        Optional<String> needed = context.channel().consentTag();
        if (needed.isPresent()) {
            return customer.flag(needed.get()).orElse(false) ? Optional.empty()
                    : Optional.of(new Exclusion(null, FilterCode.MARKETING_CONSENT, "no consent to " + needed.get()));
        }
        boolean refusedAll = CONSENT_TAGS.stream().allMatch(tag -> customer.flag(tag).map(c -> !c).orElse(false));
        return refusedAll
                ? Optional.of(new Exclusion(null, FilterCode.MARKETING_CONSENT, "marketing refused on every channel"))
                : Optional.empty();
    }
}
