package org.banyan.recommendation.candidates;

import org.banyan.recommendation.interactions.Interaction;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.function.Consumer;

/**
 * Folds a customer-ordered interaction stream into one history per customer, handed on as soon as the
 * stream moves to the next customer; the last one when the stream ends ({@link #finish()}, called by
 * {@code Interactions.forEachByCustomer} callers).
 */
final class CustomerInteractions implements Consumer<Interaction> {

    private final BiConsumer<String, History> sink;
    private String customer;
    private List<Interaction> current = new ArrayList<>();

    CustomerInteractions(BiConsumer<String, History> sink) {
        this.sink = sink;
    }

    @Override
    public void accept(Interaction interaction) {
        if (!interaction.customerId().equals(customer)) {
            finish();
            customer = interaction.customerId();
        }
        current.add(interaction);
    }

    void finish() {
        if (customer != null && !current.isEmpty()) {
            sink.accept(customer, new History(current));
        }
        current = new ArrayList<>();
    }

    /** One customer's interactions in time order. */
    record History(List<Interaction> interactions) {

        /** Strength per product of the interactions before {@code cut} (all when null). */
        Map<String, Float> strengths(Instant cut) {
            Map<String, Float> strengths = new HashMap<>();
            for (Interaction i : interactions) {
                if (cut == null || i.occurredAt().isBefore(cut)) {
                    strengths.merge(i.productId(), i.strength(), Float::sum);
                }
            }
            return strengths;
        }

        /** Products the customer held (or converted on) before {@code cut}. */
        Set<String> heldBefore(Instant cut) {
            Set<String> held = new HashSet<>();
            interactions.stream().filter(i -> i.occurredAt().isBefore(cut) && i.kind().meansHeld())
                    .forEach(i -> held.add(i.productId()));
            return held;
        }

        /** Products interacted with at or after {@code cut}. */
        Set<String> productsFrom(Instant cut) {
            Set<String> products = new HashSet<>();
            interactions.stream().filter(i -> !i.occurredAt().isBefore(cut)).forEach(i -> products.add(i.productId()));
            return products;
        }
    }
}
