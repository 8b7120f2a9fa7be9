package org.banyan.recommendation.candidates;

/**
 * A collaborative-filtering score for one candidate, and the customer's product that contributed most
 * to it (what the reason names).
 */
public record CfScore(double score, String because) {
}
