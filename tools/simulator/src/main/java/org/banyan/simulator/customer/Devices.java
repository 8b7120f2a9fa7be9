package org.banyan.simulator.customer;

import org.banyan.simulator.core.Rng;

import java.util.Locale;
import java.util.UUID;

/**
 * Device ids as a bank app sees them: iOS identifierForVendor (upper-case UUID) or Android ANDROID_ID
 * (16 lower-case hex digits).
 */
public final class Devices {

    private Devices() {
    }

    public static String of(long seed, long owner, int slot, boolean ios) {
        Rng rng = Rng.of(seed, 0xde71ce, owner, slot);
        if (ios) {
            UUID uuid = new UUID((rng.nextLong() & 0xffffffffffff0fffL) | 0x4000L,
                    (rng.nextLong() & 0x3fffffffffffffffL) | 0x8000000000000000L);
            return uuid.toString().toUpperCase(Locale.ROOT);
        }
        String hex = Long.toHexString(rng.nextLong());
        return "0".repeat(16 - hex.length()) + hex;
    }
}
