package org.banyan.recommendation.ranking;

import org.banyan.recommendation.candidates.CandidateModel;
import org.banyan.recommendation.candidates.CfScore;
import org.banyan.recommendation.eligibility.OfferContext;
import org.banyan.recommendation.propensity.PropensityModels;

import java.util.Map;

/** What scoring one customer's candidates needs. */
record ScoringInputs(OfferContext context, CandidateModel model, String segment, Map<String, CfScore> cf,
        ModelScores scores, PropensityModels propensity) {
}
