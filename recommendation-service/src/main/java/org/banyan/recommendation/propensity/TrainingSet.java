package org.banyan.recommendation.propensity;

import java.util.Arrays;

/** Rows of model input (row-major, NaN for missing) with 0/1 labels. */
public record TrainingSet(float[] data, int rows, int columns, float[] labels) {

    public TrainingSet {
        if (data.length != (long) rows * columns || labels.length != rows) {
            throw new IllegalArgumentException("data must hold rows x columns values and one label per row");
        }
    }

    /** The rows at the given indices, in that order. */
    public TrainingSet select(int[] indices) {
        float[] picked = new float[indices.length * columns];
        float[] pickedLabels = new float[indices.length];
        for (int k = 0; k < indices.length; k++) {
            System.arraycopy(data, indices[k] * columns, picked, k * columns, columns);
            pickedLabels[k] = labels[indices[k]];
        }
        return new TrainingSet(picked, indices.length, columns, pickedLabels);
    }

    public long positives() {
        double sum = 0;
        for (float label : labels) {
            sum += label;
        }
        return Math.round(sum);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof TrainingSet other && rows == other.rows && columns == other.columns
                && Arrays.equals(data, other.data) && Arrays.equals(labels, other.labels);
    }

    @Override
    public int hashCode() {
        return 31 * Arrays.hashCode(data) + Arrays.hashCode(labels);
    }

    @Override
    public String toString() {
        return "TrainingSet[" + rows + " x " + columns + ", " + positives() + " positive]";
    }
}
