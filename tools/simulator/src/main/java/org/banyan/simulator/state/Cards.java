package org.banyan.simulator.state;

import org.banyan.simulator.core.Rng;
import org.banyan.simulator.customer.Customer;
import org.banyan.simulator.customer.Persona;
import org.banyan.simulator.product.Product;

/** Which card a customer qualifies for and what limit they get. */
public final class Cards {

    private Cards() {
    }

    public static Product best(Customer c) {
        boolean student = c.persona() == Persona.STUDENT;
        if (c.kycLevel() < 2 || (c.incomeCents() < 300_000 && !student)) {
            return null;
        }
        Product best = Product.CARD_CLASSIC;
        for (Product p : new Product[] {Product.CARD_TRAVEL, Product.CARD_PLATINUM}) {
            boolean qualifies = p == Product.CARD_TRAVEL ? c.incomeCents() >= 800_000 : c.incomeCents() >= 2_000_000;
            if (qualifies && c.traits().affinities().of(p) > c.traits().affinities().of(best)) {
                best = p;
            }
        }
        return best;
    }

    public static long limit(Customer c, Rng rng) {
        if (c.persona() == Persona.STUDENT) {
            return rng.between(2, 5) * 100_000L;
        }
        double limit = c.incomeCents() / 100.0 * rng.uniform(1.5, 4.0);
        return Math.max(3_000, Math.min(200_000, Math.round(limit / 1_000) * 1_000)) * 100L;
    }
}
