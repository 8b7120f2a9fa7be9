package org.banyan.simulator.state;

import org.banyan.simulator.core.Ids;
import org.banyan.simulator.core.Rng;
import org.banyan.simulator.customer.Customer;
import org.banyan.simulator.product.Holding;
import org.banyan.simulator.product.Product;

import java.time.LocalDate;

/** Insurance policies: a monthly premium debited on the policy's day of month. */
public final class Insurance {

    private Insurance() {
    }

    public static Holding policy(Customer c, Product p, int slot, LocalDate opened, Rng rng) {
        double median = switch (p) {
            case INSURANCE_LIFE -> 500;
            case INSURANCE_TRAVEL -> 60;
            default -> 300;
        };
        long premium = Math.round(rng.logNormal(median, 0.4)) * 100;
        return new Holding(Ids.holdingId("PO", c.index(), slot), p, opened, 0, Math.min(28, opened.getDayOfMonth()),
                premium);
    }
}
