package org.banyan.common.masking;

/**
 * Masks personal data for display (ARCHITECTURE.md, "Security"): national id keeps its first 6 and
 * last 4 characters, phone its first 3 and last 4 digits, card and account numbers their first 6
 * and last 4. A value too short to keep that much is masked whole, so masking never reveals more
 * than the rule allows.
 */
public final class Masking {

    static final int MIN_HIDDEN = 4;
    private static final char MASK = '*';

    private Masking() {
    }

    public static String nationalId(String value) {
        return keep(value, 6, 4);
    }

    public static String phone(String value) {
        return keep(value, 3, 4);
    }

    public static String cardOrAccount(String value) {
        return keep(value, 6, 4);
    }

    static String keep(String value, int head, int tail) {
        if (value == null) {
            return null;
        }
        int length = value.length();
        if (length < head + tail + MIN_HIDDEN) {
            return String.valueOf(MASK).repeat(length);
        }
        return value.substring(0, head) + String.valueOf(MASK).repeat(length - head - tail)
                + value.substring(length - tail);
    }
}
