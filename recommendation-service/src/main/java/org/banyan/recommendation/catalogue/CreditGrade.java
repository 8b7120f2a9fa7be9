package org.banyan.recommendation.catalogue;

import java.util.Optional;

/** Credit grade from the credit-risk service, A (best) to G (worst), as profile tags carry it. */
public enum CreditGrade {
    A, B, C, D, E, F, G;

    /** Whether this grade is as good as {@code required} or better. */
    public boolean meets(CreditGrade required) {
        return ordinal() <= required.ordinal();
    }

    public static Optional<CreditGrade> parse(Object value) {
        if (value instanceof String text && text.trim().length() == 1) {
            char c = Character.toUpperCase(text.trim().charAt(0));
            if (c >= 'A' && c <= 'G') {
                return Optional.of(values()[c - 'A']);
            }
        }
        return Optional.empty();
    }
}
