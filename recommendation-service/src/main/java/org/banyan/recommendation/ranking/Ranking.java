package org.banyan.recommendation.ranking;

import org.banyan.recommendation.eligibility.Exclusion;

import java.util.List;

/**
 * The outcome of ranking for one customer: the offers, best first; what the hard filters ruled out
 * (for analysts asking why); and whether the customer was a cold start (no history to learn from).
 */
public record Ranking(List<RankedOffer> offers, List<Exclusion> exclusions, boolean coldStart) {
}
