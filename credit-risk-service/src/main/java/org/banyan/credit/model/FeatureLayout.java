package org.banyan.credit.model;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * How a resolved {@link FeatureSpec} becomes the model's input columns: a NUMERIC or ORDINAL feature is
 * one column (an ordinal as its level's rank, so a monotone constraint means something), a CATEGORICAL
 * one is a 0/1 column per level. Missing values are NaN, which XGBoost routes along the branch it
 * learned for them; a category the model never saw is all zeros ("none of the known ones").
 */
final class FeatureLayout {

    private final FeatureSpec spec;
    private final List<String> columns = new ArrayList<>();
    private final int[] featureOfColumn;
    private final int[] firstColumn;
    private final List<Map<String, Integer>> levelIndex = new ArrayList<>();

    FeatureLayout(FeatureSpec spec) {
        this.spec = spec;
        List<Integer> owners = new ArrayList<>();
        firstColumn = new int[spec.features().size()];
        for (int f = 0; f < spec.features().size(); f++) {
            FeatureSpec.Feature feature = spec.features().get(f);
            firstColumn[f] = columns.size();
            Map<String, Integer> levels = new HashMap<>();
            for (int l = 0; l < feature.levels().size(); l++) {
                levels.put(feature.levels().get(l), l);
            }
            levelIndex.add(levels);
            if (feature.type() == FeatureSpec.Type.CATEGORICAL) {
                for (String level : feature.levels()) {
                    columns.add(feature.name() + "=" + level);
                    owners.add(f);
                }
            } else {
                columns.add(feature.name());
                owners.add(f);
            }
        }
        featureOfColumn = owners.stream().mapToInt(Integer::intValue).toArray();
    }

    FeatureSpec spec() {
        return spec;
    }

    int width() {
        return columns.size();
    }

    String[] columnNames() {
        return columns.toArray(String[]::new);
    }

    /** Index of the spec feature an input column belongs to (contributions add up per feature). */
    int featureOfColumn(int column) {
        return featureOfColumn[column];
    }

    /** XGBoost's monotone_constraints parameter, one entry per input column. */
    String monotoneConstraints() {
        return Arrays.stream(featureOfColumn).mapToObj(f -> {
            FeatureSpec.Feature feature = spec.features().get(f);
            return feature.type() == FeatureSpec.Type.CATEGORICAL ? "0" : String.valueOf(feature.monotoneOrZero());
        }).collect(Collectors.joining(",", "(", ")"));
    }

    boolean constrained() {
        return spec.features().stream().anyMatch(f -> f.monotoneOrZero() != 0);
    }

    /** Encodes live values (Number, String, Boolean or null per feature name) into {@code row} at {@code offset}. */
    void encode(Function<String, Object> values, float[] row, int offset) {
        for (int f = 0; f < spec.features().size(); f++) {
            FeatureSpec.Feature feature = spec.features().get(f);
            put(f, feature, values.apply(feature.name()), row, offset + firstColumn[f]);
        }
    }

    private void put(int f, FeatureSpec.Feature feature, Object value, float[] row, int at) {
        switch (feature.type()) {
            case NUMERIC -> row[at] = number(value);
            case ORDINAL -> {
                Integer rank = value == null ? null : levelIndex.get(f).get(value.toString());
                row[at] = rank == null ? Float.NaN : rank;
            }
            case CATEGORICAL -> {
                int width = feature.levels().size();
                Integer level = value == null ? null : levelIndex.get(f).get(value.toString());
                for (int l = 0; l < width; l++) {
                    row[at + l] = value == null ? Float.NaN : (level != null && level == l ? 1f : 0f);
                }
            }
        }
    }

    private static float number(Object value) {
        return switch (value) {
            case null -> Float.NaN;
            case Number n -> n.floatValue();
            case Boolean b -> b ? 1f : 0f;
            default -> {
                try {
                    yield Float.parseFloat(value.toString());
                } catch (NumberFormatException e) {
                    yield Float.NaN;
                }
            }
        };
    }

    /**
     * Encodes one text cell of a training table; unlike live scoring, anything unreadable is an error
     * naming the column and row, so a bad file fails the job instead of training on noise.
     */
    void encodeCell(int f, String cell, float[] row, int offset, long rowNumber) {
        FeatureSpec.Feature feature = spec.features().get(f);
        int at = offset + firstColumn[f];
        if (MissingValues.isMissing(cell)) {
            put(f, feature, null, row, at);
            return;
        }
        String value = cell.strip();
        switch (feature.type()) {
            case NUMERIC -> {
                try {
                    float parsed = Float.parseFloat(value);
                    if (!Float.isFinite(parsed)) {
                        throw new NumberFormatException();
                    }
                    row[at] = parsed;
                } catch (NumberFormatException e) {
                    throw new TrainingDataException("non-numeric value '" + abbreviate(value) + "' in column '"
                            + feature.source() + "' at data row " + rowNumber);
                }
            }
            case ORDINAL, CATEGORICAL -> {
                if (!levelIndex.get(f).containsKey(value)) {
                    throw new TrainingDataException("value '" + abbreviate(value) + "' in column '" + feature.source()
                            + "' at data row " + rowNumber + " is not one of its levels " + feature.levels());
                }
                put(f, feature, value, row, at);
            }
        }
    }

    private static String abbreviate(String value) {
        return value.length() <= 40 ? value : value.substring(0, 40) + "...";
    }
}
