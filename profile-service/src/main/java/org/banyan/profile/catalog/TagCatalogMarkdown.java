package org.banyan.profile.catalog;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** Renders the built-in catalog as {@code docs/tags.md}; a test fails when the file is out of date. */
public final class TagCatalogMarkdown {

    private TagCatalogMarkdown() {
    }

    public static String render(List<TagDefinition> tags) {
        Map<Dimension, List<TagDefinition>> byDimension = tags.stream()
                .collect(Collectors.groupingBy(TagDefinition::dimension));
        StringBuilder md = new StringBuilder();
        md.append("# Tag catalog\n\n")
                .append("<!-- Generated from profile-service's catalog (BuiltInTags) by TagCatalogMarkdown; do not edit.\n")
                .append("     Regenerate: ./mvnw -pl profile-service test -Dtest=TagCatalogDocTest -Dbanyan.docs.write=true -->\n\n")
                .append("The ").append(tags.size()).append(" built-in tags of the customer profile, by dimension. ")
                .append("Custom tags (expressions over these) are added at run time through `/api/v1/tags` and ")
                .append("are listed by the API, not here.\n\n")
                .append("Windows end on the profile's as-of business date and include it (\"30 days\" is that day ")
                .append("and the 29 before). Spend is debit card purchases and bill payments. Computation: ")
                .append("EVENT (latest event), WINDOW (sliding window; aged nightly by the recompute job), ")
                .append("EXPRESSION (derived from other tags), EXTERNAL (set through the API).\n\n")
                .append("| dimension | tags |\n|---|---|\n");
        for (Dimension d : Dimension.values()) {
            md.append("| ").append(d.name()).append(" — ").append(d.nameEn()).append(" / ").append(d.nameZh())
                    .append(" | ").append(byDimension.getOrDefault(d, List.of()).size()).append(" |\n");
        }
        for (Dimension d : Dimension.values()) {
            md.append("\n## ").append(d.nameEn()).append(" / ").append(d.nameZh()).append(" (`").append(d.name())
                    .append("`)\n\n")
                    .append("| code | name | 名称 | type | computation | unit | rule |\n")
                    .append("|---|---|---|---|---|---|---|\n");
            for (TagDefinition t : byDimension.getOrDefault(d, List.of())) {
                md.append("| `").append(t.code()).append("` | ").append(cell(t.nameEn())).append(" | ")
                        .append(cell(t.nameZh())).append(" | ").append(type(t)).append(" | ")
                        .append(t.computation()).append(" | ").append(t.unit() == null ? "" : t.unit()).append(" | ")
                        .append(cell(t.rule())).append(t.personal() ? " *(personal data)*" : "").append(" |\n");
            }
        }
        md.append("\n## Spend categories\n\n| category | name | 名称 | MCC |\n|---|---|---|---|\n");
        Arrays.stream(SpendCategory.values()).forEach(c -> md.append("| `").append(c.name()).append("` | ")
                .append(c.nameEn()).append(" | ").append(c.nameZh()).append(" | ").append(c.mccRanges()).append(" |\n"));
        md.append("| gambling (risk tags) | Gambling | 博彩 | ").append(SpendCategory.GAMBLING_MCCS).append(" |\n");
        return md.toString();
    }

    private static String type(TagDefinition t) {
        if (t.valueType() == ValueType.CATEGORY && !t.categories().isEmpty()) {
            return "CATEGORY: " + String.join(", ", t.categories());
        }
        return t.valueType().name();
    }

    private static String cell(String text) {
        return text == null ? "" : text.replace("|", "\\|");
    }
}
