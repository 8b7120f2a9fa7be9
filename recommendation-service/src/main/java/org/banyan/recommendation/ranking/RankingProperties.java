package org.banyan.recommendation.ranking;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code banyan.recommendation.ranking.*}: the default strategy, and the blend weights of
 * {@link Strategy#HYBRID}: collaborative filtering, segment popularity, engagement models, propensity
 * (conversion) models and interest tags.
 * Each component is scaled to [0, 1] before weighting, so the weights say how much each counts.
 */
@ConfigurationProperties("banyan.recommendation.ranking")
public record RankingProperties(
        @DefaultValue("HYBRID") Strategy defaultStrategy,
        @DefaultValue("0.25") double cfWeight,
        @DefaultValue("0.10") double popularityWeight,
        @DefaultValue("0.35") double engagementWeight,
        @DefaultValue("0.20") double propensityWeight,
        @DefaultValue("0.10") double interestWeight) {
}
