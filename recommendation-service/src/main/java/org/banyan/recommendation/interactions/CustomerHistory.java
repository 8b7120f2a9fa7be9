package org.banyan.recommendation.interactions;

import java.util.Map;
import java.util.Set;

/**
 * A customer's interactions summed per product, and the products they hold. Empty for a customer the
 * engine has never seen interact, who then gets cold-start candidates.
 */
public record CustomerHistory(Map<String, Float> strengthByProduct, Set<String> held) {

    public static final CustomerHistory EMPTY = new CustomerHistory(Map.of(), Set.of());

    public CustomerHistory {
        strengthByProduct = Map.copyOf(strengthByProduct);
        held = Set.copyOf(held);
    }

    public boolean isEmpty() {
        return strengthByProduct.isEmpty();
    }

    public boolean holds(String productId) {
        return held.contains(productId);
    }
}
