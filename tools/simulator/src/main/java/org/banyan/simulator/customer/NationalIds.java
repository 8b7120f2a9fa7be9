package org.banyan.simulator.customer;

import java.time.LocalDate;

/**
 * PRC resident identity numbers (GB 11643-1999): 6-digit region code, birth date YYYYMMDD, a 3-digit
 * sequence whose last digit is odd for men and even for women, and an ISO 7064 MOD 11-2 check character.
 */
public final class NationalIds {

    private static final int[] WEIGHTS = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
    private static final char[] CHECK = {'1', '0', 'X', '9', '8', '7', '6', '5', '4', '3', '2'};

    private NationalIds() {
    }

    /** Builds an id; {@code sequence} is 0-999 and must already have the parity of the sex. */
    public static String of(String regionCode, LocalDate birthDate, int sequence) {
        String body = regionCode
                + birthDate.getYear()
                + two(birthDate.getMonthValue())
                + two(birthDate.getDayOfMonth())
                + three(sequence);
        return body + checkCharacter(body);
    }

    /** The ISO 7064 MOD 11-2 check character of the first 17 digits. */
    public static char checkCharacter(String first17) {
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += (first17.charAt(i) - '0') * WEIGHTS[i];
        }
        return CHECK[sum % 11];
    }

    public static boolean isValid(String id) {
        if (id == null || id.length() != 18) {
            return false;
        }
        for (int i = 0; i < 17; i++) {
            if (!Character.isDigit(id.charAt(i))) {
                return false;
            }
        }
        return checkCharacter(id) == id.charAt(17);
    }

    public static LocalDate birthDate(String id) {
        return LocalDate.of(Integer.parseInt(id.substring(6, 10)), Integer.parseInt(id.substring(10, 12)),
                Integer.parseInt(id.substring(12, 14)));
    }

    public static boolean isMale(String id) {
        return (id.charAt(16) - '0') % 2 == 1;
    }

    /** A sequence number with the parity the standard gives the sex (odd: male). */
    public static int sequenceFor(boolean male, int raw) {
        int base = Math.floorMod(raw, 500) * 2;
        return male ? base + 1 : base;
    }

    private static String two(int v) {
        return v < 10 ? "0" + v : Integer.toString(v);
    }

    private static String three(int v) {
        return v < 10 ? "00" + v : v < 100 ? "0" + v : Integer.toString(v);
    }
}
