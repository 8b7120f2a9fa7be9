package org.banyan.recommendation.interactions;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;

/** The interaction ledger that collaborative filtering learns from and that says what customers hold. */
@Service
public class Interactions {

    static final String SOURCE_APP = "APP";
    public static final String SOURCE_FEEDBACK = "FEEDBACK";
    static final String SOURCE_IMPORT = "IMPORT";

    private final InteractionRepository repository;

    Interactions(InteractionRepository repository) {
        this.repository = repository;
    }

    public CustomerHistory history(String customerId) {
        return repository.history(customerId);
    }

    /** Histories of many customers at once (batch scoring in chunks); customers without any are empty. */
    public Map<String, CustomerHistory> histories(Collection<String> customerIds) {
        var found = repository.histories(customerIds.toArray(String[]::new));
        customerIds.forEach(id -> found.putIfAbsent(id, CustomerHistory.EMPTY));
        return found;
    }

    /** Customers who converted on (or newly hold) any of the products within [from, to): campaign reports. */
    public Set<String> convertedCustomers(Collection<String> productIds, Instant from,
            Instant to) {
        return repository.convertedCustomers(productIds.toArray(String[]::new), Timestamp.from(from),
                Timestamp.from(to));
    }

    /** Records one interaction in the caller's transaction. */
    public void record(Interaction interaction, String source) {
        repository.insert(interaction, source);
    }

    /** Streams every interaction, grouped by customer and in time order within a customer. */
    @Transactional(readOnly = true)
    public void forEachByCustomer(Consumer<Interaction> consumer) {
        repository.forEachByCustomer(consumer);
    }

    /** How many customers have interactions. */
    public long customers() {
        return repository.extent().customers();
    }

    /** When the latest interaction happened, if any. */
    public Optional<Instant> latest() {
        return Optional.ofNullable(repository.extent().latest());
    }

    public long count() {
        return repository.count();
    }
}
