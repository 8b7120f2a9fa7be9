package org.banyan.recommendation.features;

import org.banyan.common.event.payload.RiskSignalRaised;
import org.banyan.common.event.payload.TagsChanged;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/** The locally kept features of every customer: read per request, and kept current from events. */
@Service
public class CustomerFeatureStore {

    private final FeatureRepository repository;
    private final Clock clock;

    CustomerFeatureStore(FeatureRepository repository, Clock clock) {
        this.repository = repository;
        this.clock = clock;
    }

    /** The customer's features; an unknown customer is not an error but an empty profile. */
    public CustomerFeatures find(String customerId) {
        return repository.find(customerId).orElseGet(() -> CustomerFeatures.unknown(customerId));
    }

    /** Every customer with features, streamed (batch scoring of campaigns, model training). */
    @Transactional(readOnly = true)
    public void forEach(Consumer<CustomerFeatures> consumer) {
        repository.forEach(consumer);
    }

    /** Features of many customers at once (batch scoring in chunks), unknown ones as empty profiles. */
    public Map<String, CustomerFeatures> findAll(Collection<String> customerIds,
            Collection<String> tags) {
        Map<String, CustomerFeatures> found = new HashMap<>();
        repository.findAll(customerIds.toArray(String[]::new), tags.toArray(String[]::new))
                .forEach(f -> found.put(f.customerId(), f));
        customerIds.forEach(id -> found.computeIfAbsent(id, CustomerFeatures::unknown));
        return found;
    }

    /** Up to {@code size} customers picked at random, e.g. to see which tags profiles carry. */
    public List<CustomerFeatures> sample(int size) {
        return repository.sample(size);
    }

    /** Every customer, with only the named tags read: batch work that needs a few tags of a million profiles. */
    @Transactional(readOnly = true)
    public void forEachProjected(Collection<String> tags, Consumer<CustomerFeatures> consumer) {
        repository.forEachProjected(tags.toArray(String[]::new), consumer);
    }

    /** Must run in the consumer's transaction. */
    void apply(String customerId, TagsChanged changed) {
        Map<String, Object> set = new HashMap<>();
        List<String> removed = new ArrayList<>();
        for (TagsChanged.Change change : changed.changes()) {
            if (change.newValue() == null) {
                removed.add(change.tag());
                set.remove(change.tag());
            } else {
                set.put(change.tag(), change.newValue());
                removed.remove(change.tag());
            }
        }
        repository.applyTagChanges(customerId, changed.profileVersion(), set, removed, clock.instant());
    }

    /** Must run in the consumer's transaction. */
    void apply(String customerId, RiskSignalRaised signal, Instant occurredAt) {
        repository.addRiskSignal(customerId,
                new RiskSignal(signal.signalId(), signal.signalType(), signal.severity(), occurredAt), clock.instant());
    }
}
