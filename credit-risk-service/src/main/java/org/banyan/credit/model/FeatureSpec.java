package org.banyan.credit.model;

import org.banyan.credit.feature.FeatureCatalogue;
import org.banyan.credit.feature.ProtectedAttributes;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * What a model reads and predicts: the label column (1 = bad, 0 = good), the features with their
 * type, and group columns kept only to report fairness. Stored with every model version, with
 * categorical levels resolved from the training data, so scoring encodes exactly as training did.
 *
 * @param label        the 0/1 outcome column; 1 is the event the model predicts (default, bad loan)
 * @param features     model inputs, each a column of the data and a feature the engine can serve
 * @param groupColumns columns kept aside for the fairness report; protected attributes belong here
 */
record FeatureSpec(String label, List<Feature> features, List<String> groupColumns) {

    FeatureSpec {
        features = features == null ? List.of() : List.copyOf(features);
        groupColumns = groupColumns == null ? List.of() : List.copyOf(groupColumns);
    }

    enum Type { NUMERIC, ORDINAL, CATEGORICAL }

    /**
     * @param name     the catalogue feature this is (what live scoring supplies)
     * @param levels   ORDINAL: the categories from lowest to highest (required); CATEGORICAL: the known
     *                 categories (learned from the data when absent)
     * @param monotone +1 risk may only rise with the value, -1 only fall, 0 or null unconstrained
     * @param column   the data column holding it, when the bank's file names it differently (default: name)
     */
    record Feature(String name, Type type, List<String> levels, Integer monotone, String column) {

        Feature {
            levels = levels == null ? List.of() : List.copyOf(levels);
        }

        Feature(String name, Type type, List<String> levels, Integer monotone) {
            this(name, type, levels, monotone, null);
        }

        int monotoneOrZero() {
            return monotone == null ? 0 : monotone;
        }

        /** The data column to read. */
        String source() {
            return column == null || column.isBlank() ? name : column;
        }
    }

    /** Everything wrong with this specification, one sentence each; empty when it is usable. */
    List<String> problems() {
        List<String> problems = new ArrayList<>();
        if (label == null || label.isBlank()) {
            problems.add("featureSpec.label is required");
        }
        if (features.isEmpty()) {
            problems.add("featureSpec.features must name at least one feature");
        }
        Set<String> seen = new HashSet<>();
        for (Feature feature : features) {
            problems.addAll(problemsOf(feature, seen));
        }
        Set<String> columns = new HashSet<>();
        for (Feature feature : features) {
            if (feature.name() != null && !columns.add(feature.source())) {
                problems.add("featureSpec.features: column '" + feature.source() + "' feeds two features");
            }
        }
        for (String group : groupColumns) {
            if (seen.contains(group) || columns.contains(group) || group.equals(label)) {
                problems.add("featureSpec.groupColumns: '" + group + "' is also a feature or the label");
            }
        }
        return problems;
    }

    private List<String> problemsOf(Feature feature, Set<String> seen) {
        List<String> problems = new ArrayList<>();
        String name = feature.name();
        if (name == null || name.isBlank()) {
            problems.add("featureSpec.features: every feature needs a name");
            return problems;
        }
        if (!seen.add(name)) {
            problems.add("featureSpec.features: '" + name + "' appears twice");
        }
        if (name.equals(label)) {
            problems.add("featureSpec.features: the label '" + name + "' cannot be a feature");
        }
        if (ProtectedAttributes.isProtected(name) || ProtectedAttributes.isProtected(feature.column())) {
            problems.add("featureSpec.features: '" + name + "' is a protected attribute and may only be a group column");
        } else if (!FeatureCatalogue.servable(name)) {
            problems.add("featureSpec.features: '" + name + "' is not a feature the decision engine can supply "
                    + "(see docs/models.md, feature catalogue)");
        }
        if (feature.type() == null) {
            problems.add("featureSpec.features: '" + name + "' needs a type (NUMERIC, ORDINAL or CATEGORICAL)");
        } else if (feature.type() == Type.ORDINAL && feature.levels().isEmpty()) {
            problems.add("featureSpec.features: ORDINAL '" + name + "' needs its levels, lowest first");
        }
        int monotone = feature.monotoneOrZero();
        if (monotone < -1 || monotone > 1) {
            problems.add("featureSpec.features: '" + name + "' monotone must be -1, 0 or 1");
        } else if (monotone != 0 && feature.type() == Type.CATEGORICAL) {
            problems.add("featureSpec.features: '" + name + "' is CATEGORICAL and cannot be monotone");
        }
        return problems;
    }

    /** This specification with every CATEGORICAL feature's levels filled in from the data when not given. */
    FeatureSpec resolvedAgainst(DataTable table) {
        var index = table.index();
        List<Feature> resolved = features.stream().map(f -> {
            if (f.type() != Type.CATEGORICAL || !f.levels().isEmpty()) {
                return f;
            }
            int column = index.get(f.source());
            List<String> levels = table.rows().stream().map(r -> r[column].strip())
                    .filter(v -> !MissingValues.isMissing(v)).distinct().sorted().toList();
            return new Feature(f.name(), f.type(), levels, f.monotone(), f.column());
        }).toList();
        return new FeatureSpec(label, resolved, groupColumns);
    }

    List<String> sourceColumns() {
        return features.stream().map(Feature::source).toList();
    }

    List<String> featureNames() {
        return features.stream().map(Feature::name).toList();
    }
}
