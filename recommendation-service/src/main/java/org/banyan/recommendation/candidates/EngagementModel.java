package org.banyan.recommendation.candidates;

import org.banyan.recommendation.propensity.FeatureSpec;
import org.banyan.recommendation.propensity.PropensityModel;

import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Which products a customer is likely to engage with next (view, apply, open): one xgboost model per
 * product over the customer's profile tags and their interaction vector (dampened strength per product,
 * the product's own included: a customer who keeps looking at it is the likeliest to take it up), trained
 * on what customers went on to do. Where collaborative filtering only
 * sees co-occurrence, these models also learn from who the customer is. Immutable.
 */
public final class EngagementModel {

    public static final EngagementModel NONE = new EngagementModel(new FeatureSpec(List.of()), List.of(), Map.of());

    private final FeatureSpec tags;
    private final List<String> interactionColumns;
    private final Map<String, Scorer> byProduct;

    public EngagementModel(FeatureSpec tags, List<String> interactionColumns, Map<String, Scorer> byProduct) {
        this.tags = tags;
        this.interactionColumns = List.copyOf(interactionColumns);
        this.byProduct = Map.copyOf(byProduct);
    }

    public boolean isEmpty() {
        return byProduct.isEmpty();
    }

    public FeatureSpec tagSpec() {
        return tags;
    }

    public List<String> interactionColumns() {
        return interactionColumns;
    }

    public boolean covers(String productId) {
        return byProduct.containsKey(productId);
    }

    /** The products with a model and their training base rates. */
    public Map<String, Double> baseRates() {
        Map<String, Double> rates = new HashMap<>();
        byProduct.forEach((product, scorer) -> rates.put(product, scorer.baseRate()));
        return rates;
    }

    /** Engagement probabilities of the candidates that have a model. */
    public Map<String, Double> score(Map<String, Object> customerTags, Map<String, Float> strengths,
            Collection<String> candidates, LocalDate today) {
        Map<String, Double> scores = new HashMap<>();
        float[] row = null;
        for (String product : candidates) {
            Scorer scorer = byProduct.get(product);
            if (scorer != null) {
                row = row == null ? row(customerTags, strengths, today) : row;
                scores.put(product, scorer.model().predict(row));
            }
        }
        return scores;
    }

    /** Probabilities for many customers' rows (see {@link #row}) for one product; null without a model for it. */
    public double[] scoreBatch(List<float[]> rows, String product) {
        Scorer scorer = byProduct.get(product);
        return scorer == null ? null : scorer.model().predict(rows);
    }

    /** A model input row: tag columns, then one dampened strength per interaction column. */
    public float[] row(Map<String, Object> customerTags, Map<String, Float> strengths, LocalDate today) {
        return row(tags, interactionColumns, customerTags, strengths, today);
    }

    static float[] row(FeatureSpec tags, List<String> interactionColumns, Map<String, Object> customerTags,
            Map<String, Float> strengths, LocalDate today) {
        float[] tagRow = tags.vectorize(customerTags, today);
        float[] row = new float[tagRow.length + interactionColumns.size()];
        System.arraycopy(tagRow, 0, row, 0, tagRow.length);
        for (int i = 0; i < interactionColumns.size(); i++) {
            row[tagRow.length + i] = (float) ItemSimilarity.weight(strengths.getOrDefault(interactionColumns.get(i), 0f));
        }
        return row;
    }

    /** One product's model and the share of training customers who engaged with it. */
    public record Scorer(PropensityModel model, double baseRate) {
    }
}
