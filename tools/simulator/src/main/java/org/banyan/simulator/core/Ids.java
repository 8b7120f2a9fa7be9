package org.banyan.simulator.core;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.UUID;

/**
 * Identifiers. All are functions of the run seed and of what they name, so a re-run publishes the same
 * event ids (consumers deduplicate on them) and no id depends on thread scheduling.
 */
public final class Ids {

    /** UnionPay-range BINs of the simulated bank's debit and credit cards. */
    private static final String DEBIT_BIN = "623688";
    private static final String CREDIT_BIN = "625868";
    private static final long TEN_9 = 1_000_000_000L;
    private static final long TEN_12 = 1_000_000_000_000L;

    private Ids() {
    }

    public static String customerId(int index) {
        return "C" + pad(index, 8);
    }

    /** Inverse of {@link #customerId(int)}; -1 if the id is not one of ours. */
    public static int customerIndex(String customerId) {
        if (customerId == null || customerId.length() != 9 || customerId.charAt(0) != 'C') {
            return -1;
        }
        try {
            return Integer.parseInt(customerId, 1, 9, 10);
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    /**
     * A 19-digit debit card / account number: BIN, 12 digits from a bijective scramble of
     * (customer, slot) so numbers are unique yet do not look sequential, and a Luhn check digit.
     */
    public static String debitAccount(int customer, int slot) {
        long body = Math.floorMod((customer * 10L + slot) * 7_919_435_011L + 386_742_517_103L, TEN_12);
        return withLuhn(DEBIT_BIN + pad(body, 12));
    }

    /** A 16-digit credit card number (PAN) with a Luhn check digit. */
    public static String creditCard(int customer, int slot) {
        long body = Math.floorMod((customer * 4L + slot) * 615_949_973L + 91_827_363L, TEN_9);
        return withLuhn(CREDIT_BIN + pad(body, 9));
    }

    public static String loanId(int customer, int seq) {
        return "L" + pad(customer, 8) + pad(seq, 2);
    }

    public static String applicationId(int customer, int seq) {
        return "AP" + pad(customer, 8) + pad(seq, 2);
    }

    public static String holdingId(String prefix, int customer, int slot) {
        return prefix + pad(customer, 8) + pad(slot, 2);
    }

    /** T + yymmdd + customer + 4-digit sequence within the customer's day. */
    public static String transactionId(String yymmdd, int customer, int seq) {
        return compose('T', yymmdd, customer, seq, 4);
    }

    public static String sessionId(String yymmdd, int customer, int seq) {
        return compose('S', yymmdd, customer, seq, 2);
    }

    /** Letter, date, 8-digit customer, zero-padded sequence; built in one byte array (a hot path). */
    private static String compose(char letter, String yymmdd, int customer, int seq, int seqWidth) {
        int width = Math.max(seqWidth, digits(seq));
        byte[] b = new byte[15 + width];
        b[0] = (byte) letter;
        for (int i = 0; i < 6; i++) {
            b[1 + i] = (byte) yymmdd.charAt(i);
        }
        fill(b, 7, 8, customer);
        fill(b, 15, width, seq);
        return new String(b, StandardCharsets.ISO_8859_1);
    }

    private static void fill(byte[] b, int at, int width, long value) {
        for (int i = at + width - 1; i >= at; i--) {
            b[i] = (byte) ('0' + value % 10);
            value /= 10;
        }
    }

    private static int digits(int v) {
        int n = 1;
        while (v >= 10) {
            v /= 10;
            n++;
        }
        return n;
    }

    public static String offerId(LocalDate date, int customer) {
        return "OF" + yymmdd(date) + pad(customer, 8);
    }

    /** A version-4-shaped UUID hashed from the run seed and the event's coordinates. */
    public static UUID eventId(long seed, int entity, int customer, long epochDay, int seq) {
        long h = Rng.derive(seed ^ 0x5eedL, entity, ((long) customer << 20) ^ epochDay, seq);
        long l = Rng.mix(h ^ 0x7f4a7c159e3779b9L);
        long msb = (h & 0xffffffffffff0fffL) | 0x0000000000004000L;
        long lsb = (l & 0x3fffffffffffffffL) | 0x8000000000000000L;
        return new UUID(msb, lsb);
    }

    public static String withLuhn(String digits) {
        int sum = 0;
        boolean doubleIt = true;
        for (int i = digits.length() - 1; i >= 0; i--) {
            int d = digits.charAt(i) - '0';
            if (doubleIt) {
                d *= 2;
                if (d > 9) {
                    d -= 9;
                }
            }
            sum += d;
            doubleIt = !doubleIt;
        }
        return digits + (char) ('0' + (10 - sum % 10) % 10);
    }

    public static boolean luhnValid(String number) {
        return number.length() > 1 && withLuhn(number.substring(0, number.length() - 1)).equals(number);
    }

    public static String yymmdd(LocalDate date) {
        return pad(date.getYear() % 100, 2) + pad(date.getMonthValue(), 2) + pad(date.getDayOfMonth(), 2);
    }

    public static String pad(long value, int width) {
        String s = Long.toString(value);
        if (s.length() >= width) {
            return s;
        }
        return "0".repeat(width - s.length()) + s;
    }
}
