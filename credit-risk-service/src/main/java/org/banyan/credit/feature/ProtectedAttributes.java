package org.banyan.credit.feature;

import java.util.Locale;
import java.util.Set;

/**
 * Attributes the law and the bank's fairness policy keep out of credit decisions: they may be kept
 * beside the data to measure fairness, but never be a model feature or a rule input. Names are
 * compared case-insensitively, with or without the {@code tag.} prefix of profile tags.
 */
public final class ProtectedAttributes {

    // is_married and life_stage are profile tags derived from marital status (docs/tags.md): proxies count too.
    private static final Set<String> NAMES = Set.of("sex", "gender", "marital_status", "personal_status",
            "nationality", "citizenship", "foreign_worker", "race", "ethnicity", "religion", "is_married", "life_stage");

    private ProtectedAttributes() {
    }

    public static boolean isProtected(String name) {
        if (name == null) {
            return false;
        }
        String normalised = name.trim().toLowerCase(Locale.ROOT);
        if (normalised.startsWith(FeatureVector.TAG_PREFIX)) {
            normalised = normalised.substring(FeatureVector.TAG_PREFIX.length());
        }
        return NAMES.contains(normalised);
    }

    public static Set<String> names() {
        return NAMES;
    }
}
