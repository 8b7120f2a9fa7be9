package org.banyan.recommendation.eligibility;

import org.banyan.recommendation.catalogue.Channel;
import org.banyan.recommendation.catalogue.Product;
import org.banyan.recommendation.contact.ContactLog;
import org.banyan.recommendation.contact.ContactSummary;
import org.banyan.recommendation.features.CustomerFeatures;
import org.springframework.stereotype.Service;

import java.time.Instant;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

/**
 * The hard filters every offer passes, in real time and in campaigns alike. Customer-level rules
 * (consent, frequency cap) are checked once; product-level rules per candidate, cheapest first.
 */
@Service
public class OfferFilters {

    private final EligibilityProperties policy;
    private final ContactLog contacts;
    private final List<CustomerFilter> customerFilters;
    private final List<ProductFilter> productFilters;

    OfferFilters(EligibilityProperties policy, ContactLog contacts) {
        this.policy = policy;
        this.contacts = contacts;
        this.customerFilters = List.of(new ConsentFilter(), new FrequencyCapFilter(policy));
        this.productFilters = List.of(new OfferableFilter(), new HoldingsFilter(), new CoolDownFilter(),
                new EligibilityCriteriaFilter(), new SuitabilityFilter(policy.riskToleranceTag()),
                new CreditEligibilityFilter(policy));
    }

    /** Why this customer may not be contacted on this channel now, if they may not. */
    public Optional<Exclusion> customerBlock(OfferContext context) {
        return firstOf(customerFilters.stream().map(f -> f.check(context)));
    }

    /** Why this product may not be offered to this customer, if it may not. */
    public Optional<Exclusion> check(OfferContext context, Product product) {
        return firstOf(productFilters.stream().map(f -> f.check(context, product)));
    }

    /** The profile tags the filters read, so batch callers can load just those. */
    public Set<String> tagsRead() {
        Set<String> tags = new HashSet<>(List.of(CustomerFeatures.AGE, CustomerFeatures.BIRTH_DATE,
                CustomerFeatures.INCOME_MONTHLY, CustomerFeatures.KYC_LEVEL, policy.riskToleranceTag(),
                policy.creditGradeTag(), policy.daysPastDueTag(), policy.recentDeclinesTag()));
        tags.addAll(policy.disqualifyingFlags());
        Arrays.stream(Channel.values()).flatMap(c -> c.consentTag().stream()).forEach(tags::add);
        return tags;
    }

    /** The contact history one customer's filters need. */
    public ContactSummary contactsFor(String customerId, Channel channel, Instant now) {
        return contacts.summary(customerId, channel.name(), now.minus(policy.capWindow()), now.minus(policy.coolDown()));
    }

    /** The contact history of every recently contacted customer, for a batch run on one channel. */
    public Map<String, ContactSummary> contactsForAll(Channel channel, Instant now) {
        return contacts.summaries(channel.name(), now.minus(policy.capWindow()), now.minus(policy.coolDown()));
    }

    private static Optional<Exclusion> firstOf(Stream<Optional<Exclusion>> checks) {
        return checks.flatMap(Optional::stream).findFirst();
    }
}
