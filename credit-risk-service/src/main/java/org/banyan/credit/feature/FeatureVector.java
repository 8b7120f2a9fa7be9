package org.banyan.credit.feature;

import java.util.Collections;
import java.util.HashMap;
import java.util.Map;

/**
 * The facts a decision is made on, by canonical feature name ({@link FeatureCatalogue}): numbers as
 * {@link Double}, categories as {@link String}, flags as {@link Boolean}, a missing value as null. The
 * customer's profile tags come apart, under {@link #tags()}; a model reads one as {@code tag.<name>}.
 * Protected attributes never get in: {@link #of} drops them.
 */
public record FeatureVector(Map<String, Object> values, Map<String, Object> tags) {

    public static final String TAG_PREFIX = "tag.";

    public FeatureVector {
        values = Collections.unmodifiableMap(withoutProtected(values));
        tags = Collections.unmodifiableMap(withoutProtected(tags));
    }

    public static FeatureVector of(Map<String, Object> values, Map<String, Object> tags) {
        return new FeatureVector(values, tags);
    }

    /** The value of a feature or, for {@code tag.<name>}, of a profile tag; null when missing. */
    public Object get(String name) {
        if (name.startsWith(TAG_PREFIX)) {
            return tags.get(name.substring(TAG_PREFIX.length()));
        }
        return values.get(name);
    }

    private static Map<String, Object> withoutProtected(Map<String, Object> in) {
        Map<String, Object> out = new HashMap<>();
        in.forEach((name, value) -> {
            if (!ProtectedAttributes.isProtected(name)) {
                out.put(name, value);
            }
        });
        return out;
    }
}
