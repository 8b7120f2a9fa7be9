package org.banyan.credit.model;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A data table checked against its feature specification and encoded for XGBoost: a row-major float
 * matrix, the 0/1 labels, and the group columns for the fairness report. Building one is where a bad
 * file is refused, with the reason, before any model is trained.
 */
record TrainingSet(FeatureLayout layout, float[] matrix, float[] labels, Map<String, String[]> groups) {

    int rows() {
        return labels.length;
    }

    int width() {
        return layout.width();
    }

    static TrainingSet of(DataTable table, FeatureSpec spec, TrainingLimits limits) {
        List<String> problems = spec.problems();
        if (!problems.isEmpty()) {
            throw new TrainingDataException("invalid feature spec: " + String.join("; ", problems));
        }
        requireColumns(table, spec);
        if (table.size() < limits.minRows()) {
            throw new TrainingDataException("too few rows: " + table.size() + ", at least " + limits.minRows()
                    + " are needed");
        }
        float[] labels = labels(table, spec.label());
        requireBothClasses(labels, spec.label(), limits.minPerClass());
        FeatureLayout layout = new FeatureLayout(spec.resolvedAgainst(table));
        return new TrainingSet(layout, encode(table, layout), labels, groups(table, spec));
    }

    private static void requireColumns(DataTable table, FeatureSpec spec) {
        if (table.indexOf(spec.label()).isEmpty()) {
            throw new TrainingDataException("bad header: the label column '" + spec.label() + "' is missing; columns are "
                    + table.columns());
        }
        List<String> missing = new ArrayList<>();
        spec.sourceColumns().forEach(n -> table.indexOf(n).ifPresentOrElse(i -> { }, () -> missing.add(n)));
        spec.groupColumns().forEach(n -> table.indexOf(n).ifPresentOrElse(i -> { }, () -> missing.add(n)));
        if (!missing.isEmpty()) {
            throw new TrainingDataException("bad header: column(s) " + missing + " named in the feature spec are missing");
        }
    }

    private static float[] labels(DataTable table, String label) {
        int column = table.indexOf(label).orElseThrow();
        float[] labels = new float[table.size()];
        for (int r = 0; r < table.size(); r++) {
            String value = table.rows().get(r)[column].strip().toLowerCase(Locale.ROOT);
            labels[r] = switch (value) {
                case "1", "true" -> 1f;
                case "0", "false" -> 0f;
                default -> throw new TrainingDataException("label '" + label + "' at data row " + (r + 1) + " is '"
                        + value + "'; it must be 1 (bad) or 0 (good)");
            };
        }
        return labels;
    }

    private static void requireBothClasses(float[] labels, String label, int minPerClass) {
        int bad = 0;
        for (float l : labels) {
            bad += (int) l;
        }
        int good = labels.length - bad;
        if (bad == 0 || good == 0) {
            throw new TrainingDataException("one class only: every row of label '" + label + "' is "
                    + (bad == 0 ? "0 (good)" : "1 (bad)") + "; a model needs both outcomes");
        }
        if (Math.min(bad, good) < minPerClass) {
            throw new TrainingDataException("too few rows of one class: " + bad + " bad and " + good
                    + " good; at least " + minPerClass + " of each are needed");
        }
    }

    private static float[] encode(DataTable table, FeatureLayout layout) {
        var index = table.index();
        List<FeatureSpec.Feature> features = layout.spec().features();
        int[] source = features.stream().mapToInt(f -> index.get(f.source())).toArray();
        float[] matrix = new float[table.size() * layout.width()];
        int[] present = new int[features.size()];
        for (int r = 0; r < table.size(); r++) {
            String[] row = table.rows().get(r);
            for (int f = 0; f < features.size(); f++) {
                String cell = row[source[f]];
                layout.encodeCell(f, cell, matrix, r * layout.width(), r + 1);
                present[f] += MissingValues.isMissing(cell) ? 0 : 1;
            }
        }
        for (int f = 0; f < features.size(); f++) {
            if (present[f] == 0) {
                throw new TrainingDataException("column '" + features.get(f).source() + "' has no values");
            }
        }
        return matrix;
    }

    private static Map<String, String[]> groups(DataTable table, FeatureSpec spec) {
        Map<String, String[]> groups = new LinkedHashMap<>();
        for (String group : spec.groupColumns()) {
            int column = table.indexOf(group).orElseThrow();
            groups.put(group, table.rows().stream().map(r -> r[column].strip()).toArray(String[]::new));
        }
        return groups;
    }
}
