package org.banyan.credit.model;

import java.util.ArrayList;
import java.util.List;

/**
 * How a job estimates out-of-sample performance. KFOLD: stratified k-fold cross-validation, each fold
 * model early-stopped on a slice of its own training part, then a final model trained on every row for
 * the average number of rounds. HOLDOUT: one stratified train / validation / test split, early
 * stopping on validation, figures on test, and that model kept.
 */
record Validation(Method method, Integer folds, Double validationFraction, Double testFraction) {

    static final Validation DEFAULT = new Validation(Method.KFOLD, 5, 0.2, 0.2);

    enum Method { KFOLD, HOLDOUT }

    Validation withDefaults() {
        return new Validation(method == null ? DEFAULT.method : method, folds == null ? DEFAULT.folds : folds,
                validationFraction == null ? DEFAULT.validationFraction : validationFraction,
                testFraction == null ? DEFAULT.testFraction : testFraction);
    }

    List<String> problems() {
        Validation v = withDefaults();
        List<String> problems = new ArrayList<>();
        if (v.folds < 2 || v.folds > 20) {
            problems.add("validation.folds must be 2..20");
        }
        if (v.validationFraction <= 0 || v.testFraction <= 0 || v.validationFraction + v.testFraction >= 0.8) {
            problems.add("validation.validationFraction and testFraction must be > 0 and together < 0.8");
        }
        return problems;
    }

    String describe() {
        Validation v = withDefaults();
        return v.method == Method.KFOLD
                ? "stratified " + v.folds + "-fold cross-validation (out-of-fold predictions)"
                : "stratified hold-out: test " + v.testFraction + ", validation " + v.validationFraction;
    }
}
