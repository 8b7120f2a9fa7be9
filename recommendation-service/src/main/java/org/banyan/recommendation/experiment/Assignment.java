package org.banyan.recommendation.experiment;

import org.banyan.recommendation.ranking.Strategy;

/** Which variant of the running experiment a customer is in, and the strategy that variant ranks with. */
public record Assignment(String experimentId, String variant, Strategy strategy) {
}
