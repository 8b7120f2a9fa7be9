package org.banyan.recommendation.propensity;

import ml.dmlc.xgboost4j.java.Booster;
import ml.dmlc.xgboost4j.java.DMatrix;
import ml.dmlc.xgboost4j.java.XGBoost;
import ml.dmlc.xgboost4j.java.XGBoostError;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Random;
import java.util.stream.IntStream;

/**
 * Trains a gradient-boosted propensity model with xgboost4j and measures it on a hold-out the training
 * never saw: rows are split into train, validation (early stopping) and test. After early stopping the
 * booster keeps the extra rounds, so the model is used with {@code best_iteration + 1} trees, the ones
 * that were validated.
 */
public final class PropensityTrainer {

    /** Hyper-parameters; the defaults suit tabular profile data of a few dozen to a few hundred columns. */
    public record Params(double eta, int maxDepth, int maxRounds, int earlyStoppingRounds, double subsample,
            double columnSample, double minChildWeight, int threads, long seed) {

        /**
         * One xgboost thread: training shares the cores with real-time serving, and OpenMP threads that lose
         * their core spin at barriers (measured here: a 45k-row fit took 90 s with two threads on a busy
         * machine and 5 s with one).
         */
        public static Params defaults() {
            return new Params(0.1, 5, 400, 30, 0.8, 0.8, 5, 1, 7);
        }
    }

    /** A fitted booster (UBJ bytes) and the number of trees to predict with. */
    public record Fitted(byte[] booster, int trees) {
    }

    /** Hold-out quality: ROC AUC, lift in the top 10% by score, and the base rate, on {@code rows} rows. */
    public record Evaluation(double auc, double liftTopDecile, double baseRate, int rows, long positives) {
    }

    /** A model with its hold-out evaluation. */
    public record Result(Fitted fitted, Evaluation holdOut) {
    }

    private final Params params;

    public PropensityTrainer(Params params) {
        this.params = params;
    }

    /** Splits randomly 68/12/20 (train/validation/test), fits on the first two, evaluates on the third. */
    public Result trainAndEvaluate(TrainingSet all) {
        int[] order = shuffled(all.rows(), params.seed());
        int testSize = all.rows() / 5;
        int validSize = (all.rows() - testSize) * 15 / 100;
        TrainingSet test = all.select(Arrays.copyOfRange(order, 0, testSize));
        TrainingSet valid = all.select(Arrays.copyOfRange(order, testSize, testSize + validSize));
        TrainingSet train = all.select(Arrays.copyOfRange(order, testSize + validSize, all.rows()));
        Fitted fitted = fit(train, valid);
        return new Result(fitted, evaluate(fitted, test));
    }

    /** Fits on {@code train}, stopping when AUC on {@code valid} has not improved for a while. */
    public Fitted fit(TrainingSet train, TrainingSet valid) {
        DMatrix trainMatrix = null;
        DMatrix validMatrix = null;
        try {
            trainMatrix = matrix(train);
            validMatrix = matrix(valid);
            // Only the validation set is watched: scoring the training set every round costs time and decides nothing.
            Map<String, DMatrix> watches = Map.of("valid", validMatrix);
            Booster booster = XGBoost.train(trainMatrix, boosterParams(), params.maxRounds(), watches,
                    new float[watches.size()][params.maxRounds()], null, null, params.earlyStoppingRounds());
            String best = booster.getAttr("best_iteration");
            int trees = best == null ? params.maxRounds() : Integer.parseInt(best) + 1;
            byte[] bytes = booster.toByteArray("ubj");
            booster.dispose();
            return new Fitted(bytes, trees);
        } catch (XGBoostError e) {
            throw new IllegalStateException("xgboost training failed", e);
        } finally {
            dispose(trainMatrix);
            dispose(validMatrix);
        }
    }

    public Evaluation evaluate(Fitted fitted, TrainingSet test) {
        double[] scores = new PropensityModel(fitted.booster(), fitted.trees(), 1).predict(test);
        return new Evaluation(BinaryMetrics.auc(scores, test.labels()), BinaryMetrics.lift(scores, test.labels(), 0.1),
                BinaryMetrics.baseRate(test.labels()), test.rows(), test.positives());
    }

    private Map<String, Object> boosterParams() {
        Map<String, Object> p = new LinkedHashMap<>();
        p.put("objective", "binary:logistic");
        p.put("eval_metric", "auc");
        p.put("tree_method", "hist");
        p.put("eta", params.eta());
        p.put("max_depth", params.maxDepth());
        p.put("subsample", params.subsample());
        p.put("colsample_bytree", params.columnSample());
        p.put("min_child_weight", params.minChildWeight());
        p.put("nthread", params.threads());
        p.put("seed", params.seed());
        p.put("verbosity", 0);
        return p;
    }

    private static DMatrix matrix(TrainingSet set) throws XGBoostError {
        DMatrix matrix = new DMatrix(set.data(), set.rows(), set.columns(), Float.NaN);
        matrix.setLabel(set.labels());
        return matrix;
    }

    private static void dispose(DMatrix matrix) {
        if (matrix != null) {
            matrix.dispose();
        }
    }

    static int[] shuffled(int n, long seed) {
        int[] order = IntStream.range(0, n).toArray();
        Random random = new Random(seed);
        for (int i = n - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            int t = order[i];
            order[i] = order[j];
            order[j] = t;
        }
        return order;
    }
}
