package org.banyan.credit.model;

import ml.dmlc.xgboost4j.java.Booster;
import ml.dmlc.xgboost4j.java.DMatrix;
import ml.dmlc.xgboost4j.java.XGBoost;
import ml.dmlc.xgboost4j.java.XGBoostError;
import org.banyan.credit.scorecard.Scorecard;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Trains an XGBoost binary classifier on a {@link TrainingSet} and measures it on held-out data
 * ({@link Validation}). After early stopping XGBoost keeps the extra rounds, so every prediction uses
 * the validated {@code best_iteration + 1} trees (STACK-NOTES.md).
 */
final class XgbTrainer {

    private final int threads;
    private final Scorecard scorecard;

    XgbTrainer(int threads, Scorecard scorecard) {
        this.threads = threads;
        this.scorecard = scorecard;
    }

    TrainedModel train(TrainingSet set, TrainingParams params, Validation validation) {
        try {
            Validation v = validation.withDefaults();
            return v.method() == Validation.Method.KFOLD ? crossValidated(set, params, v) : holdOut(set, params, v);
        } catch (XGBoostError e) {
            throw new TrainingDataException("XGBoost could not train on this data: " + e.getMessage());
        }
    }

    private TrainedModel crossValidated(TrainingSet set, TrainingParams params, Validation v) throws XGBoostError {
        TrainingParams p = params.withDefaults();
        int[] fold = stratifiedFolds(set.labels(), v.folds(), p.seed());
        double[] outOfFold = new double[set.rows()];
        List<Double> foldAuc = new ArrayList<>();
        List<Integer> rounds = new ArrayList<>();
        for (int f = 0; f < v.folds(); f++) {
            int[] test = rowsWhere(fold, f, true);
            int[] rest = rowsWhere(fold, f, false);
            int[][] split = stratifiedSplit(rest, set.labels(), v.validationFraction(), p.seed() + f);
            Fitted fitted = fit(set, split[0], split[1], p);
            try {
                double[] predicted = predict(fitted.booster(), set, test, fitted.trees());
                double[] scores = new double[test.length];
                float[] labels = new float[test.length];
                for (int k = 0; k < test.length; k++) {
                    outOfFold[test[k]] = predicted[k];
                    scores[k] = predicted[k];
                    labels[k] = set.labels()[test[k]];
                }
                foldAuc.add(Metrics.auc(scores, labels));
                rounds.add(fitted.trees());
            } finally {
                fitted.booster().dispose();
            }
        }
        int finalRounds = (int) Math.max(1, Math.round(rounds.stream().mapToInt(Integer::intValue).average().orElse(1)));
        Booster model = train(set, allRows(set.rows()), null, p, finalRounds);
        try {
            ModelMetrics metrics = Evaluation.of(v.describe(), outOfFold, set.labels(), set.groups(), foldAuc,
                    finalRounds, scorecard, importance(model, set, finalRounds));
            return new TrainedModel(model.toByteArray("ubj"), finalRounds, set.layout().spec(), metrics);
        } finally {
            model.dispose();
        }
    }

    private TrainedModel holdOut(TrainingSet set, TrainingParams params, Validation v) throws XGBoostError {
        TrainingParams p = params.withDefaults();
        int[][] trainAndTest = stratifiedSplit(allRows(set.rows()), set.labels(), v.testFraction(), p.seed());
        double validationShare = v.validationFraction() / (1 - v.testFraction());
        int[][] fitAndStop = stratifiedSplit(trainAndTest[0], set.labels(), validationShare, p.seed() + 1);
        Fitted fitted = fit(set, fitAndStop[0], fitAndStop[1], p);
        try {
            int[] test = trainAndTest[1];
            double[] predicted = predict(fitted.booster(), set, test, fitted.trees());
            float[] labels = new float[test.length];
            Map<String, String[]> groups = new LinkedHashMap<>();
            set.groups().forEach((column, values) -> {
                String[] subset = new String[test.length];
                for (int k = 0; k < test.length; k++) {
                    subset[k] = values[test[k]];
                }
                groups.put(column, subset);
            });
            for (int k = 0; k < test.length; k++) {
                labels[k] = set.labels()[test[k]];
            }
            ModelMetrics metrics = Evaluation.of(v.describe(), predicted, labels, groups, List.of(), fitted.trees(),
                    scorecard, importance(fitted.booster(), set, fitted.trees()));
            return new TrainedModel(fitted.booster().toByteArray("ubj"), fitted.trees(), set.layout().spec(), metrics);
        } finally {
            fitted.booster().dispose();
        }
    }

    /** Trains on {@code fit}, early-stopping on {@code stop}; returns the booster and its best tree count. */
    private Fitted fit(TrainingSet set, int[] fit, int[] stop, TrainingParams p) throws XGBoostError {
        Booster booster = train(set, fit, stop, p, p.maxRounds());
        String best = booster.getAttr("best_iteration");
        int trees = best == null ? booster.getNumBoostedRound() : Integer.parseInt(best) + 1;
        return new Fitted(booster, trees);
    }

    private Booster train(TrainingSet set, int[] rows, int[] stop, TrainingParams p, int rounds) throws XGBoostError {
        DMatrix train = matrix(set, rows);
        DMatrix validation = stop == null ? null : matrix(set, stop);
        try {
            // Only the early-stopping set is watched: evaluating the training rows every round costs time.
            Map<String, DMatrix> watches = new LinkedHashMap<>();
            if (validation != null) {
                watches.put("validation", validation);
            }
            float[][] history = new float[Math.max(1, watches.size())][rounds];
            int patience = validation == null ? 0 : p.earlyStoppingRounds();
            return XGBoost.train(train, p.booster(set.layout(), threads), rounds, watches, history, null, null, patience);
        } finally {
            train.dispose();
            if (validation != null) {
                validation.dispose();
            }
        }
    }

    private static double[] predict(Booster booster, TrainingSet set, int[] rows, int trees) throws XGBoostError {
        DMatrix data = matrix(set, rows);
        try {
            float[][] predicted = booster.predict(data, false, trees);
            double[] out = new double[rows.length];
            for (int i = 0; i < rows.length; i++) {
                out[i] = predicted[i][0];
            }
            return out;
        } finally {
            data.dispose();
        }
    }

    private static List<ModelMetrics.FeatureImportance> importance(Booster booster, TrainingSet set, int trees)
            throws XGBoostError {
        DMatrix data = matrix(set, allRows(set.rows()));
        try {
            float[][] contributions = booster.predictContrib(data, trees);
            FeatureLayout layout = set.layout();
            double[] sums = new double[layout.spec().features().size()];
            for (float[] row : contributions) {
                double[] perFeature = new double[sums.length];
                for (int c = 0; c < layout.width(); c++) {
                    perFeature[layout.featureOfColumn(c)] += row[c];
                }
                for (int f = 0; f < sums.length; f++) {
                    sums[f] += Math.abs(perFeature[f]);
                }
            }
            List<ModelMetrics.FeatureImportance> importance = new ArrayList<>();
            for (int f = 0; f < sums.length; f++) {
                importance.add(new ModelMetrics.FeatureImportance(layout.spec().features().get(f).name(),
                        Metrics.round(sums[f] / contributions.length)));
            }
            importance.sort((a, b) -> Double.compare(b.meanAbsContribution(), a.meanAbsContribution()));
            return importance;
        } finally {
            data.dispose();
        }
    }

    private static DMatrix matrix(TrainingSet set, int[] rows) throws XGBoostError {
        int width = set.width();
        float[] data = new float[rows.length * width];
        float[] labels = new float[rows.length];
        for (int k = 0; k < rows.length; k++) {
            System.arraycopy(set.matrix(), rows[k] * width, data, k * width, width);
            labels[k] = set.labels()[rows[k]];
        }
        DMatrix matrix = new DMatrix(data, rows.length, width, Float.NaN);
        matrix.setLabel(labels);
        return matrix;
    }

    /** Assigns each row to one of {@code k} folds so that every fold has the same share of bads. */
    static int[] stratifiedFolds(float[] labels, int k, long seed) {
        int[] fold = new int[labels.length];
        Random random = new Random(seed);
        for (float cls : new float[] {0f, 1f}) {
            List<Integer> members = new ArrayList<>();
            for (int i = 0; i < labels.length; i++) {
                if (labels[i] == cls) {
                    members.add(i);
                }
            }
            Collections.shuffle(members, random);
            for (int position = 0; position < members.size(); position++) {
                fold[members.get(position)] = position % k;
            }
        }
        return fold;
    }

    /** Splits {@code rows} into [kept, held out], holding out {@code fraction} of each class. */
    static int[][] stratifiedSplit(int[] rows, float[] labels, double fraction, long seed) {
        Random random = new Random(seed);
        List<Integer> kept = new ArrayList<>();
        List<Integer> held = new ArrayList<>();
        for (float cls : new float[] {0f, 1f}) {
            List<Integer> members = new ArrayList<>();
            for (int row : rows) {
                if (labels[row] == cls) {
                    members.add(row);
                }
            }
            Collections.shuffle(members, random);
            int heldOut = (int) Math.round(members.size() * fraction);
            held.addAll(members.subList(0, heldOut));
            kept.addAll(members.subList(heldOut, members.size()));
        }
        return new int[][] {kept.stream().mapToInt(Integer::intValue).sorted().toArray(),
                held.stream().mapToInt(Integer::intValue).sorted().toArray()};
    }

    private static int[] rowsWhere(int[] fold, int f, boolean in) {
        List<Integer> rows = new ArrayList<>();
        for (int i = 0; i < fold.length; i++) {
            if ((fold[i] == f) == in) {
                rows.add(i);
            }
        }
        return rows.stream().mapToInt(Integer::intValue).toArray();
    }

    private static int[] allRows(int n) {
        int[] rows = new int[n];
        for (int i = 0; i < n; i++) {
            rows[i] = i;
        }
        return rows;
    }

    private record Fitted(Booster booster, int trees) {
    }
}
