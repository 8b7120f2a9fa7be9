package org.banyan.recommendation.evaluation;

import org.banyan.recommendation.interactions.Interaction;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * Every interaction held in compact arrays (about 16 bytes each), grouped by customer: customer c's
 * interactions are the indices {@code [start(c), start(c + 1))}, in time order.
 */
final class InteractionData {

    private final List<String> products;
    private final String[] customerIds;
    private final int[] customerStart;
    private final int[] product;
    private final float[] strength;
    private final long[] time;

    private InteractionData(List<String> products, String[] customerIds, int[] customerStart, int[] product,
            float[] strength, long[] time) {
        this.products = products;
        this.customerIds = customerIds;
        this.customerStart = customerStart;
        this.product = product;
        this.strength = strength;
        this.time = time;
    }

    String customerId(int customer) {
        return customerIds[customer];
    }

    int customers() {
        return customerStart.length - 1;
    }

    int size() {
        return product.length;
    }

    int start(int customer) {
        return customerStart[customer];
    }

    int end(int customer) {
        return customerStart[customer + 1];
    }

    int product(int i) {
        return product[i];
    }

    float strength(int i) {
        return strength[i];
    }

    long time(int i) {
        return time[i];
    }

    List<String> products() {
        return products;
    }

    /** Collects a customer-ordered interaction stream. */
    static final class Builder implements Consumer<Interaction> {
        private final Map<String, Integer> productIndex = new HashMap<>();
        private final List<String> products = new ArrayList<>();
        private int[] starts = new int[1024];
        private String[] ids = new String[1024];
        private int customers;
        private int[] product = new int[1024];
        private float[] strength = new float[1024];
        private long[] time = new long[1024];
        private int size;
        private String lastCustomer;

        @Override
        public void accept(Interaction interaction) {
            if (!interaction.customerId().equals(lastCustomer)) {
                lastCustomer = interaction.customerId();
                if (customers == starts.length) {
                    starts = Arrays.copyOf(starts, starts.length * 2);
                    ids = Arrays.copyOf(ids, ids.length * 2);
                }
                ids[customers] = lastCustomer;
                starts[customers++] = size;
            }
            if (size == product.length) {
                product = Arrays.copyOf(product, size * 2);
                strength = Arrays.copyOf(strength, size * 2);
                time = Arrays.copyOf(time, size * 2);
            }
            product[size] = productIndex.computeIfAbsent(interaction.productId(), p -> {
                products.add(p);
                return products.size() - 1;
            });
            strength[size] = interaction.strength();
            time[size] = interaction.occurredAt().toEpochMilli();
            size++;
        }

        InteractionData build() {
            int[] boundaries = Arrays.copyOf(starts, customers + 1);
            boundaries[customers] = size;
            return new InteractionData(List.copyOf(products), Arrays.copyOf(ids, customers), boundaries,
                    Arrays.copyOf(product, size),
                    Arrays.copyOf(strength, size), Arrays.copyOf(time, size));
        }
    }
}
