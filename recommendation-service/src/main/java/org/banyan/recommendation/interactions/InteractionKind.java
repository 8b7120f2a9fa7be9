package org.banyan.recommendation.interactions;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * Kinds of implicit feedback and the strength each carries by default: acting on a product says more
 * than looking at it, and owning it says most. {@link #WEIGHTED} is a bulk-loaded row that states its
 * own strength.
 */
public enum InteractionKind {
    VIEW(1), CLICK(2), APPLY(3), CONVERSION(5), HOLDING(5), WEIGHTED(1);

    private final float defaultStrength;

    InteractionKind(float defaultStrength) {
        this.defaultStrength = defaultStrength;
    }

    public float defaultStrength() {
        return defaultStrength;
    }

    /** Whether the customer now has the product (so it is never offered to them again). */
    public boolean meansHeld() {
        return this == CONVERSION || this == HOLDING;
    }

    public static Optional<InteractionKind> parse(String name) {
        String wanted = name.trim().toUpperCase(Locale.ROOT);
        return Arrays.stream(values()).filter(k -> k.name().equals(wanted)).findFirst();
    }
}
