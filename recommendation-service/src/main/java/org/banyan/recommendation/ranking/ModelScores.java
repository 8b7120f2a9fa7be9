package org.banyan.recommendation.ranking;

import org.banyan.recommendation.catalogue.ProductType;

import java.util.Map;

/**
 * Model probabilities for one customer: engagement per product and conversion propensity per product
 * type. Real-time ranking computes them per request; a campaign computes them for a page of customers at
 * once (batch prediction is far cheaper per row) and hands each customer's in.
 */
public record ModelScores(Map<String, Double> engagement, Map<ProductType, Double> propensity) {

    public static final ModelScores NONE = new ModelScores(Map.of(), Map.of());
}
