package org.banyan.credit.model;

import ml.dmlc.xgboost4j.java.Booster;
import ml.dmlc.xgboost4j.java.DMatrix;
import ml.dmlc.xgboost4j.java.XGBoost;
import ml.dmlc.xgboost4j.java.XGBoostError;

import java.io.IOException;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.function.Function;

/**
 * A registered model loaded for scoring: its input layout and a small pool of boosters. XGBoost 3.0
 * synchronises predict per booster, so one booster would serialise every request; each caller borrows
 * its own. Boosters are single-threaded: one application is too small for OpenMP to help.
 */
final class LoadedModel implements AutoCloseable {

    private final String version;
    private final FeatureLayout layout;
    private final int trees;
    private final BlockingQueue<Booster> pool;
    private volatile boolean closed;

    LoadedModel(String version, FeatureSpec spec, int trees, byte[] binary, int poolSize) {
        this.version = version;
        this.layout = new FeatureLayout(spec);
        this.trees = trees;
        this.pool = new ArrayBlockingQueue<>(poolSize);
        try {
            for (int i = 0; i < poolSize; i++) {
                Booster booster = XGBoost.loadModel(binary);
                booster.setParam("nthread", 1);
                pool.add(booster);
            }
        } catch (XGBoostError | IOException e) {
            close();
            throw new IllegalStateException("Model " + version + " cannot be loaded", e);
        }
    }

    String version() {
        return version;
    }

    FeatureLayout layout() {
        return layout;
    }

    /** Probability of default and, when asked, per-column contributions (last entry: the bias). */
    Prediction predict(Function<String, Object> values, boolean explain) {
        float[] row = new float[layout.width()];
        layout.encode(values, row, 0);
        Booster booster = borrow();
        try {
            DMatrix matrix = new DMatrix(row, 1, row.length, Float.NaN);
            try {
                float pd = booster.predict(matrix, false, trees)[0][0];
                float[] contributions = explain ? booster.predictContrib(matrix, trees)[0] : null;
                return new Prediction(pd, contributions);
            } finally {
                matrix.dispose();
            }
        } catch (XGBoostError e) {
            throw new IllegalStateException("Model " + version + " failed to predict", e);
        } finally {
            release(booster);
        }
    }

    /** Probabilities of default for many encoded rows at once (batch scoring). */
    float[] predictBatch(float[] rows, int count) {
        Booster booster = borrow();
        try {
            float[][] predicted = booster.inplace_predict(rows, count, layout.width(), Float.NaN, new int[] {0, trees});
            float[] out = new float[count];
            for (int i = 0; i < count; i++) {
                out[i] = predicted[i][0];
            }
            return out;
        } catch (XGBoostError e) {
            throw new IllegalStateException("Model " + version + " failed to predict", e);
        } finally {
            release(booster);
        }
    }

    private Booster borrow() {
        try {
            return pool.take();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted waiting for a booster of " + version, e);
        }
    }

    private void release(Booster booster) {
        if (closed) {
            booster.dispose();
        } else {
            pool.add(booster);
        }
    }

    @Override
    public void close() {
        closed = true;
        Booster booster;
        while ((booster = pool.poll()) != null) {
            booster.dispose();
        }
    }

    record Prediction(float pd, float[] contributions) {
    }
}
