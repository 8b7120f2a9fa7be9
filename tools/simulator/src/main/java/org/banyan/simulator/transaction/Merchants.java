package org.banyan.simulator.transaction;

import org.banyan.simulator.core.Rng;
import org.banyan.simulator.customer.City;

/**
 * Merchant ids in the 15-digit UnionPay form: acquirer (898), 4-digit area, 4-digit MCC, 4-digit serial.
 * Customers keep going back to a few favourite merchants per category, which is what makes merchant
 * and graph features meaningful.
 */
public final class Merchants {

    private Merchants() {
    }

    public static String domestic(long seed, int customer, City city, Mcc mcc, Rng rng) {
        int pool = poolSize(city.tier(), mcc);
        int serial;
        if (rng.chance(0.6)) {
            int favourite = rng.nextInt(3);
            serial = (int) Math.floorMod(Rng.derive(seed, customer, mcc.ordinal(), favourite), (long) pool);
        } else {
            double u = rng.nextDouble();
            serial = (int) (pool * u * u);
        }
        return "898" + city.regionCode().substring(0, 4) + mcc.code() + pad4(serial);
    }

    public static String foreign(String country, Mcc mcc, Rng rng) {
        return "F" + country + mcc.code() + pad4(rng.nextInt(10_000));
    }

    private static int poolSize(int tier, Mcc mcc) {
        int base = switch (tier) {
            case 1 -> 4_000;
            case 2 -> 2_000;
            case 3 -> 1_000;
            case 4 -> 500;
            default -> 250;
        };
        return mcc.medianAmount() > 1_000 ? Math.max(20, base / 10) : base;
    }

    static String pad4(int v) {
        String s = Integer.toString(v);
        return "0000".substring(s.length()) + s;
    }
}
