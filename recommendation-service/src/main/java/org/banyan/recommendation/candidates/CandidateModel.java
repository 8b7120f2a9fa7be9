package org.banyan.recommendation.candidates;

import java.time.Instant;

/**
 * The candidate models in use: item-item similarities and segment popularity (one version), and the
 * engagement models (their own version, trained in the same job).
 */
public record CandidateModel(int version, Instant trainedAt, ItemSimilarity similarity, Popularity popularity,
        int engagementVersion, EngagementModel engagement) {

    public static final CandidateModel NONE = new CandidateModel(0, Instant.EPOCH, ItemSimilarity.EMPTY,
            Popularity.EMPTY, 0, EngagementModel.NONE);

    CandidateModel withEngagement(int version, EngagementModel model) {
        return new CandidateModel(this.version, trainedAt, similarity, popularity, version, model);
    }
}
