package org.banyan.credit.model;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * XGBoost hyper-parameters of a training job; anything left out takes the default tuned on the German
 * credit data (shallow trees, small steps, row and column sampling, early stopping on log loss).
 */
record TrainingParams(Double eta, Integer maxDepth, Double minChildWeight, Double subsample,
        Double colsampleBytree, Double lambda, Double alpha, Double gamma, Integer maxRounds,
        Integer earlyStoppingRounds, Long seed, String evalMetric) {

    static final TrainingParams DEFAULTS = new TrainingParams(0.05, 3, 1.0, 0.7, 0.5, 1.0, 0.0, 0.0, 2000, 50,
            42L, "logloss");

    TrainingParams withDefaults() {
        TrainingParams d = DEFAULTS;
        return new TrainingParams(or(eta, d.eta), or(maxDepth, d.maxDepth), or(minChildWeight, d.minChildWeight),
                or(subsample, d.subsample), or(colsampleBytree, d.colsampleBytree), or(lambda, d.lambda),
                or(alpha, d.alpha), or(gamma, d.gamma), or(maxRounds, d.maxRounds),
                or(earlyStoppingRounds, d.earlyStoppingRounds), or(seed, d.seed), or(evalMetric, d.evalMetric));
    }

    List<String> problems() {
        List<String> problems = new ArrayList<>();
        TrainingParams p = withDefaults();
        check(problems, p.eta > 0 && p.eta <= 1, "params.eta must be in (0, 1]");
        check(problems, p.maxDepth >= 1 && p.maxDepth <= 12, "params.maxDepth must be 1..12");
        check(problems, p.minChildWeight >= 0, "params.minChildWeight must be >= 0");
        check(problems, p.subsample > 0 && p.subsample <= 1, "params.subsample must be in (0, 1]");
        check(problems, p.colsampleBytree > 0 && p.colsampleBytree <= 1, "params.colsampleBytree must be in (0, 1]");
        check(problems, p.lambda >= 0 && p.alpha >= 0 && p.gamma >= 0, "params.lambda, alpha and gamma must be >= 0");
        check(problems, p.maxRounds >= 1 && p.maxRounds <= 10_000, "params.maxRounds must be 1..10000");
        check(problems, p.earlyStoppingRounds >= 1 && p.earlyStoppingRounds <= p.maxRounds,
                "params.earlyStoppingRounds must be 1..maxRounds");
        check(problems, List.of("logloss", "auc").contains(p.evalMetric), "params.evalMetric must be logloss or auc");
        return problems;
    }

    /** The booster parameters for XGBoost, given the input layout and the threads to use. */
    Map<String, Object> booster(FeatureLayout layout, int threads) {
        TrainingParams p = withDefaults();
        Map<String, Object> params = new LinkedHashMap<>();
        params.put("objective", "binary:logistic");
        params.put("eval_metric", p.evalMetric);
        params.put("tree_method", "hist");
        params.put("eta", p.eta);
        params.put("max_depth", p.maxDepth);
        params.put("min_child_weight", p.minChildWeight);
        params.put("subsample", p.subsample);
        params.put("colsample_bytree", p.colsampleBytree);
        params.put("lambda", p.lambda);
        params.put("alpha", p.alpha);
        params.put("gamma", p.gamma);
        params.put("seed", p.seed);
        params.put("nthread", threads);
        params.put("verbosity", 0);
        if (layout.constrained()) {
            params.put("monotone_constraints", layout.monotoneConstraints());
        }
        return params;
    }

    private static void check(List<String> problems, boolean ok, String problem) {
        if (!ok) {
            problems.add(problem);
        }
    }

    private static <T> T or(T value, T fallback) {
        return value == null ? fallback : value;
    }
}
