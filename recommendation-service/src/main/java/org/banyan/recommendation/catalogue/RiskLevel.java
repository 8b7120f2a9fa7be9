package org.banyan.recommendation.catalogue;

import java.util.Optional;

/**
 * Risk level of a wealth product (R1 lowest .. R5 highest), the scale suitability rules compare
 * against a customer's assessed risk tolerance.
 */
public enum RiskLevel {
    R1, R2, R3, R4, R5;

    public int rank() {
        return ordinal() + 1;
    }

    public static RiskLevel ofRank(int rank) {
        return values()[rank - 1];
    }

    /**
     * Reads a risk scale value as profile tags hold it: "R3", "C3" (customer tolerance as many banks
     * label it), "3" or the number 3. Anything else is no assessment at all.
     */
    public static Optional<RiskLevel> parse(Object value) {
        if (value instanceof Number number) {
            int rank = number.intValue();
            return rank >= 1 && rank <= 5 && number.doubleValue() == rank ? Optional.of(ofRank(rank)) : Optional.empty();
        }
        if (value instanceof String text && !text.isBlank()) {
            char last = text.trim().charAt(text.trim().length() - 1);
            String prefix = text.trim().substring(0, text.trim().length() - 1).toUpperCase();
            if (last >= '1' && last <= '5' && (prefix.isEmpty() || prefix.equals("R") || prefix.equals("C"))) {
                return Optional.of(ofRank(last - '0'));
            }
        }
        return Optional.empty();
    }
}
