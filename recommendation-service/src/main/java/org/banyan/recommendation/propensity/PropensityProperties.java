package org.banyan.recommendation.propensity;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import java.time.Duration;
import java.util.Set;

/**
 * {@code banyan.recommendation.propensity.*}.
 *
 * @param lookback            contacts this recent become training examples
 * @param minPositives        conversions (and non-conversions) a product type needs before it gets a model
 * @param excludedTagPrefixes tags never used as features because they would leak the label (holdings)
 * @param maxCategories       most frequent values of a text tag that become one-hot columns
 * @param discoverySample     profiles sampled to decide which tags become columns
 * @param boostersPerModel    identical boosters per model, so concurrent requests do not queue on one
 */
@ConfigurationProperties("banyan.recommendation.propensity")
public record PropensityProperties(
        @DefaultValue("180d") Duration lookback,
        @DefaultValue("20") int minPositives,
        @DefaultValue({"holds_", "held_", "owns_", "product_"}) Set<String> excludedTagPrefixes,
        @DefaultValue("12") int maxCategories,
        @DefaultValue("5000") int discoverySample,
        @DefaultValue("2") int boostersPerModel) {
}
