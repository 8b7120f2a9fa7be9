package org.banyan.recommendation.evaluation;

import java.util.LinkedHashMap;
import java.util.Map;

/** What an offline evaluation measured, stored as the job run's result. */
record EvaluationReport(String protocol, int k, long interactions, int customers, int products,
        Map<String, Long> interactionsPerPart, double chosenShrinkage, Map<String, Double> validationNdcgByShrinkage,
        Map<String, Scores> test, Map<String, Map<String, Double>> improvementOverPopularPercent, long tookMillis) {

    static EvaluationReport of(Protocol protocol, int k, InteractionData data, byte[] parts, double shrinkage,
            Map<String, Double> validation, Map<OfflineEvaluation.Model, Scores> test, long tookMillis) {
        long[] perPart = new long[3];
        for (byte part : parts) {
            perPart[part]++;
        }
        Map<String, Scores> byModel = new LinkedHashMap<>();
        test.forEach((model, scores) -> byModel.put(model.name(), scores));
        Scores popular = test.get(OfflineEvaluation.Model.MOST_POPULAR);
        Map<String, Map<String, Double>> improvement = new LinkedHashMap<>();
        test.forEach((model, scores) -> {
            if (model != OfflineEvaluation.Model.MOST_POPULAR && scores.customers() > 0) {
                Map<String, Double> gain = new LinkedHashMap<>();
                gain.put("precision", percent(scores.precision(), popular.precision()));
                gain.put("recall", percent(scores.recall(), popular.recall()));
                gain.put("ndcg", percent(scores.ndcg(), popular.ndcg()));
                improvement.put(model.name(), gain);
            }
        });
        return new EvaluationReport(protocol.name(), k, data.size(), data.customers(), data.products().size(),
                Map.of("train", perPart[Protocol.TRAIN], "validation", perPart[Protocol.VALIDATION],
                        "test", perPart[Protocol.TEST]), shrinkage, validation, byModel, improvement, tookMillis);
    }

    private static double percent(double model, double baseline) {
        return baseline == 0 ? 0 : Math.round((model / baseline - 1) * 1000) / 10.0;
    }
}
