package org.banyan.recommendation.candidates;

import org.banyan.recommendation.features.CustomerFeatureStore;
import org.banyan.recommendation.features.CustomerFeatures;
import org.banyan.recommendation.propensity.FeatureSpec;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Collects engagement training examples customer by customer (strengths before the cut, products first
 * engaged after it), then attaches each sampled customer's profile tags, read a page at a time.
 */
public final class EngagementExamples {

    private static final int PAGE = 5_000;

    private final List<String> customers = new ArrayList<>();
    private final List<Map<String, Float>> before = new ArrayList<>();
    private final List<Set<String>> after = new ArrayList<>();
    private final List<Set<String>> excluded = new ArrayList<>();
    private final int maxCustomers;

    public EngagementExamples(int maxCustomers) {
        this.maxCustomers = maxCustomers;
    }

    /**
     * Adds a customer, unless the sample is full: their strengths before the cut, the products they engaged
     * with after it, and the products they are no example for (already held).
     */
    public void add(String customerId, Map<String, Float> strengthsBefore, Set<String> engagedAfter,
            Set<String> excludedProducts) {
        if (customers.size() >= maxCustomers) {
            return;
        }
        customers.add(customerId);
        before.add(Map.copyOf(strengthsBefore));
        after.add(Set.copyOf(engagedAfter));
        excluded.add(Set.copyOf(excludedProducts));
    }

    public int size() {
        return customers.size();
    }

    /** The examples with profile tags (only the spec's tags are read). */
    public List<EngagementTrainer.Example> withTags(CustomerFeatureStore features, FeatureSpec spec) {
        List<String> tags = spec.columns().stream().map(FeatureSpec::tagOf).distinct().toList();
        List<EngagementTrainer.Example> examples = new ArrayList<>(customers.size());
        for (int from = 0; from < customers.size(); from += PAGE) {
            List<String> page = customers.subList(from, Math.min(from + PAGE, customers.size()));
            Map<String, CustomerFeatures> profiles = new HashMap<>(features.findAll(page, tags));
            for (int i = from; i < from + page.size(); i++) {
                examples.add(new EngagementTrainer.Example(profiles.get(customers.get(i)).tags(), before.get(i),
                        after.get(i), excluded.get(i)));
            }
        }
        return examples;
    }
}
