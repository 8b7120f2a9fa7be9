package org.banyan.recommendation.candidates;

import org.banyan.recommendation.propensity.FeatureSpec;
import org.banyan.recommendation.propensity.PropensityModel;
import org.banyan.recommendation.propensity.PropensityTrainer;
import org.banyan.recommendation.propensity.TrainingSet;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Trains {@link EngagementModel}s from examples of "what the customer had done, and what they did next":
 * for each product with enough positives, a model of whether a customer went on to engage with it.
 * Customers excluded for a product (those who already held it) are left out of its examples.
 */
public final class EngagementTrainer {

    /**
     * One customer: profile tags, strengths per product up to the cut, products engaged with after it, and
     * products the customer is no example for (already held, so never offered).
     */
    public record Example(Map<String, Object> tags, Map<String, Float> before, Set<String> after, Set<String> excluded) {
    }

    /** A trained model per product and its stored form, with hold-out metrics per product. */
    public record Trained(EngagementModel model, Map<String, byte[]> boosters, Map<String, Integer> trees,
            Map<String, Map<String, Object>> metrics) {
    }

    private final int minPositives;
    private final PropensityTrainer.Params params;

    public EngagementTrainer(int minPositives, PropensityTrainer.Params params) {
        this.minPositives = minPositives;
        this.params = params;
    }

    public Trained train(List<Example> examples, FeatureSpec tagSpec, LocalDate today) {
        List<String> columns = new ArrayList<>(new TreeSet<>(examples.stream()
                .flatMap(e -> e.before().keySet().stream()).toList()));
        int width = tagSpec.width() + columns.size();
        List<float[]> rows = examples.stream()
                .map(e -> EngagementModel.row(tagSpec, columns, e.tags(), e.before(), today)).toList();
        Set<String> products = new TreeSet<>(columns);
        examples.forEach(e -> products.addAll(e.after()));
        Map<String, EngagementModel.Scorer> scorers = new HashMap<>();
        Map<String, byte[]> boosters = new HashMap<>();
        Map<String, Integer> trees = new HashMap<>();
        Map<String, Map<String, Object>> metrics = new LinkedHashMap<>();
        for (String product : products) {
            TrainingSet set = examplesFor(product, examples, rows, width);
            if (set.positives() < minPositives || set.rows() - set.positives() < minPositives) {
                continue;
            }
            PropensityTrainer.Result result = new PropensityTrainer(params).trainAndEvaluate(set);
            double baseRate = (double) set.positives() / set.rows();
            scorers.put(product, new EngagementModel.Scorer(
                    new PropensityModel(result.fitted().booster(), result.fitted().trees(), 2), baseRate));
            boosters.put(product, result.fitted().booster());
            trees.put(product, result.fitted().trees());
            metrics.put(product, Map.of("auc", result.holdOut().auc(), "liftTopDecile", result.holdOut().liftTopDecile(),
                    "baseRate", baseRate, "examples", set.rows(), "positives", set.positives(),
                    "trees", result.fitted().trees()));
        }
        return new Trained(new EngagementModel(tagSpec, columns, scorers), boosters, trees, metrics);
    }

    /** The examples of customers not excluded for the product. */
    private static TrainingSet examplesFor(String product, List<Example> examples, List<float[]> rows, int width) {
        List<Integer> picked = new ArrayList<>();
        for (int i = 0; i < examples.size(); i++) {
            if (!examples.get(i).excluded().contains(product)) {
                picked.add(i);
            }
        }
        float[] data = new float[picked.size() * width];
        float[] labels = new float[picked.size()];
        for (int k = 0; k < picked.size(); k++) {
            System.arraycopy(rows.get(picked.get(k)), 0, data, k * width, width);
            labels[k] = examples.get(picked.get(k)).after().contains(product) ? 1 : 0;
        }
        return new TrainingSet(data, picked.size(), width, labels);
    }
}
