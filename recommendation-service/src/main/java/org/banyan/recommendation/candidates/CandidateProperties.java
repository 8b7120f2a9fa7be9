package org.banyan.recommendation.candidates;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import java.time.Duration;
import java.util.Set;

/**
 * {@code banyan.recommendation.candidates.*}.
 *
 * @param neighbours               similar products kept per product
 * @param shrinkage                pseudo-count that shrinks similarities of rarely co-occurring pairs
 * @param minSegmentSize           customers a look-alike segment needs before its own popularity is used
 * @param engagementWindow         the most recent period whose first engagements the engagement models learn
 *                                 to predict from everything before it
 * @param engagementMaxCustomers   customers sampled (by hash) to train engagement models
 * @param engagementMinPositives   customers who must have engaged with a product for it to get a model
 * @param excludedTagPrefixes      tags never used as features because they would leak what happened
 *                                 after the cut (holdings)
 */
@ConfigurationProperties("banyan.recommendation.candidates")
public record CandidateProperties(
        @DefaultValue("50") int neighbours,
        @DefaultValue("10") double shrinkage,
        @DefaultValue("30") long minSegmentSize,
        @DefaultValue("30d") Duration engagementWindow,
        @DefaultValue("100000") int engagementMaxCustomers,
        @DefaultValue("30") int engagementMinPositives,
        @DefaultValue({"holds_", "held_", "owns_", "product_"}) Set<String> excludedTagPrefixes) {
}
