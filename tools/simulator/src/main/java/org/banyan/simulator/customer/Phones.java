package org.banyan.simulator.customer;

import org.banyan.simulator.core.Rng;

/**
 * Mainland mobile numbers: 11 digits, a real carrier prefix (China Mobile, Unicom, Telecom, Broadnet)
 * and 8 subscriber digits. The subscriber digits are a bijection of the customer index, so two customers
 * never share a number by accident (fraud rings share one on purpose).
 */
public final class Phones {

    private static final String[] PREFIXES = {
            "134", "135", "136", "137", "138", "139", "147", "150", "151", "152", "157", "158", "159", "172",
            "178", "182", "183", "184", "187", "188", "195", "197", "198", // China Mobile
            "130", "131", "132", "145", "155", "156", "166", "175", "176", "185", "186", "196", // China Unicom
            "133", "149", "153", "173", "177", "180", "181", "189", "190", "191", "193", "199", // China Telecom
            "192" // China Broadnet
    };
    private static final long TEN_8 = 100_000_000L;

    private Phones() {
    }

    public static String of(long seed, int customerIndex) {
        Rng rng = Rng.of(seed, 0x9407e, customerIndex);
        long subscriber = Math.floorMod(customerIndex * 48_271_973L + Math.floorMod(seed, TEN_8), TEN_8);
        String digits = Long.toString(subscriber);
        return rng.pick(PREFIXES) + "0".repeat(8 - digits.length()) + digits;
    }

    public static boolean isValid(String phone) {
        if (phone == null || phone.length() != 11 || !phone.chars().allMatch(Character::isDigit)) {
            return false;
        }
        String prefix = phone.substring(0, 3);
        for (String p : PREFIXES) {
            if (p.equals(prefix)) {
                return true;
            }
        }
        return false;
    }
}
