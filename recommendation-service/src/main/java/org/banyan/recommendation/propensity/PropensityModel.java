package org.banyan.recommendation.propensity;

import ml.dmlc.xgboost4j.java.Booster;
import ml.dmlc.xgboost4j.java.XGBoost;
import ml.dmlc.xgboost4j.java.XGBoostError;

import java.io.IOException;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;

/**
 * A loaded propensity model. xgboost4j serialises predictions on one Booster, so the model keeps a
 * small pool of identical Boosters and concurrent requests each borrow one instead of queueing.
 */
public final class PropensityModel {

    private final BlockingQueue<Booster> boosters;
    private final int trees;

    public PropensityModel(byte[] booster, int trees, int poolSize) {
        this.trees = trees;
        this.boosters = new ArrayBlockingQueue<>(poolSize);
        try {
            for (int i = 0; i < poolSize; i++) {
                Booster loaded = XGBoost.loadModel(booster);
                // One request scores a handful of rows: OpenMP threads would cost more than they save.
                loaded.setParam("nthread", 1);
                boosters.add(loaded);
            }
        } catch (XGBoostError | IOException e) {
            throw new IllegalStateException("Cannot load propensity model", e);
        }
    }

    /** The probability of conversion for one row. */
    public double predict(float[] row) {
        return predict(row, 1, row.length)[0];
    }

    /** Probabilities for many rows at once (one native call: far cheaper per row than one by one). */
    public double[] predict(List<float[]> rows) {
        if (rows.isEmpty()) {
            return new double[0];
        }
        int width = rows.getFirst().length;
        float[] data = new float[rows.size() * width];
        for (int i = 0; i < rows.size(); i++) {
            System.arraycopy(rows.get(i), 0, data, i * width, width);
        }
        return predict(data, rows.size(), width);
    }

    /** Probabilities for every row of a set. */
    public double[] predict(TrainingSet set) {
        return predict(set.data(), set.rows(), set.columns());
    }

    private double[] predict(float[] data, int rows, int columns) {
        Booster booster = borrow();
        try {
            float[][] predicted = booster.inplace_predict(data, rows, columns, Float.NaN, new int[] {0, trees});
            double[] scores = new double[rows];
            for (int i = 0; i < rows; i++) {
                scores[i] = predicted[i][0];
            }
            return scores;
        } catch (XGBoostError e) {
            throw new IllegalStateException("Propensity prediction failed", e);
        } finally {
            boosters.add(booster);
        }
    }

    private Booster borrow() {
        try {
            return boosters.take();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
