package org.banyan.profile.catalog;

import java.util.List;

/**
 * One tag of the catalog.
 *
 * @param code          stable identifier, {@code [a-z][a-z0-9_]*}; the key in profiles, events and segments
 * @param computation   how the value is obtained
 * @param version       increases with every change of meaning (a new expression for a custom tag)
 * @param owner         team or person answerable for the definition
 * @param rule          how a built-in tag is computed, in words; the expression of a custom tag
 * @param unit          unit of a number (CNY, days, count, ratio), or null
 * @param categories    the values a built-in category tag takes, when they are a closed set
 * @param personal      personal data: masked in profile reads unless an ADMIN unmasks (audited)
 * @param builtIn       shipped with the service (false: created through the API)
 */
public record TagDefinition(
        String code,
        String nameEn,
        String nameZh,
        Dimension dimension,
        ValueType valueType,
        Computation computation,
        int version,
        TagStatus status,
        String owner,
        String description,
        String rule,
        String unit,
        List<String> categories,
        boolean personal,
        boolean builtIn) {

    public static final String CODE_PATTERN = "[a-z][a-z0-9_]{1,62}";

    public TagDefinition {
        categories = categories == null ? List.of() : List.copyOf(categories);
    }

    public boolean active() {
        return status == TagStatus.ACTIVE;
    }
}
