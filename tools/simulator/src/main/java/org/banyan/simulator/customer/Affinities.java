package org.banyan.simulator.customer;

import org.banyan.simulator.product.Product;

import java.util.Arrays;

/** Hidden appetite of one customer for each product, in [0, 1]. Immutable. */
public final class Affinities {

    private final float[] values;

    public Affinities(float[] values) {
        if (values.length != Product.count()) {
            throw new IllegalArgumentException("need one affinity per product");
        }
        this.values = values.clone();
    }

    public double of(Product product) {
        return values[product.ordinal()];
    }

    /** Cumulative weights proportional to affinity squared, for choosing which products a customer looks at. */
    public double[] viewWeights() {
        double[] cumulative = new double[values.length];
        double sum = 0;
        for (int i = 0; i < values.length; i++) {
            double a = Product.of(i).offerable() ? values[i] : 0;
            sum += a * a + 0.002;
            cumulative[i] = sum;
        }
        return cumulative;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Affinities other && Arrays.equals(values, other.values);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(values);
    }
}
