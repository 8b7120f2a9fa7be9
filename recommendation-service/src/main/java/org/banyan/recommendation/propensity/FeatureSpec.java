package org.banyan.recommendation.propensity;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * How profile tags become a model's input columns, written as one string per column so a stored model
 * version names exactly what it reads: {@code income_monthly} (a number or boolean tag),
 * {@code gender=FEMALE} (one category of a category tag, one-hot) and {@code birth_date@days} (days
 * from a date tag to today). A tag the customer lacks is a missing value, which xgboost handles.
 */
public record FeatureSpec(List<String> columns) {

    public FeatureSpec {
        columns = List.copyOf(columns);
    }

    public int width() {
        return columns.size();
    }

    /** The profile tag a column reads. */
    public static String tagOf(String column) {
        int eq = column.indexOf('=');
        String tag = eq > 0 ? column.substring(0, eq) : column;
        return tag.endsWith("@days") ? tag.substring(0, tag.length() - 5) : tag;
    }

    /** One customer's tags as a model row. */
    public float[] vectorize(Map<String, Object> tags, LocalDate today) {
        float[] row = new float[columns.size()];
        for (int i = 0; i < row.length; i++) {
            row[i] = value(columns.get(i), tags, today);
        }
        return row;
    }

    private static float value(String column, Map<String, Object> tags, LocalDate today) {
        int eq = column.indexOf('=');
        if (eq > 0) {
            Object value = tags.get(column.substring(0, eq));
            return value == null ? Float.NaN : column.substring(eq + 1).equals(String.valueOf(value)) ? 1 : 0;
        }
        if (column.endsWith("@days")) {
            LocalDate date = date(tags.get(column.substring(0, column.length() - 5)));
            return date == null ? Float.NaN : ChronoUnit.DAYS.between(date, today);
        }
        return switch (tags.get(column)) {
            case Number n -> n.floatValue();
            case Boolean b -> b ? 1 : 0;
            case null, default -> Float.NaN;
        };
    }

    /**
     * Chooses columns from a sample of profiles: every number or boolean tag, date tags as days, and the
     * most frequent values of text tags one-hot. Tags seen in under 1% of the sample, and tags whose
     * code starts with an excluded prefix (ones that would leak the label, such as holdings), are left out.
     */
    public static FeatureSpec discover(Collection<Map<String, Object>> sample, Set<String> excludedPrefixes,
            int maxCategories) {
        Map<String, TagStats> stats = new TreeMap<>();
        for (Map<String, Object> tags : sample) {
            tags.forEach((tag, value) -> {
                if (value != null && excludedPrefixes.stream().noneMatch(tag::startsWith)) {
                    stats.computeIfAbsent(tag, t -> new TagStats()).add(value);
                }
            });
        }
        List<String> columns = new ArrayList<>();
        long minSeen = Math.max(1, sample.size() / 100);
        stats.forEach((tag, s) -> {
            if (s.seen >= minSeen) {
                columns.addAll(s.columns(tag, maxCategories, minSeen));
            }
        });
        return new FeatureSpec(columns);
    }

    private static LocalDate date(Object value) {
        if (value instanceof String text && text.length() == 10) {
            try {
                return LocalDate.parse(text);
            } catch (DateTimeParseException e) {
                return null;
            }
        }
        return null;
    }

    /** What a sample holds for one tag. */
    private static final class TagStats {
        long seen;
        long numbers;
        long dates;
        final Map<String, Long> texts = new HashMap<>();

        void add(Object value) {
            seen++;
            if (value instanceof Number || value instanceof Boolean) {
                numbers++;
            } else if (date(value) != null) {
                dates++;
            } else if (value instanceof String text) {
                texts.merge(text, 1L, Long::sum);
            }
        }

        List<String> columns(String tag, int maxCategories, long minSeen) {
            if (numbers == seen) {
                return List.of(tag);
            }
            if (dates == seen) {
                return List.of(tag + "@days");
            }
            if (texts.values().stream().mapToLong(Long::longValue).sum() != seen) {
                return List.of();
            }
            return texts.entrySet().stream()
                    .filter(e -> e.getValue() >= Math.max(2, minSeen / 2))
                    .sorted(Map.Entry.<String, Long>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                    .limit(maxCategories)
                    .map(e -> tag + "=" + e.getKey())
                    .sorted(Comparator.naturalOrder())
                    .toList();
        }
    }
}
