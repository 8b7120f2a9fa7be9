package org.banyan.recommendation.training;

import org.banyan.recommendation.candidates.CandidateModels;
import org.banyan.recommendation.jobs.BatchJob;
import org.banyan.recommendation.models.ModelVersion;
import org.banyan.recommendation.propensity.PropensityModels;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;

/**
 * {@code recommendation-model-training}: retrains the candidate models (item-item similarities, segment
 * popularity) from all interactions and the propensity models from the contact history, recording a
 * new version of each. Nightly from the scheduler, or on demand.
 */
@Component
class ModelTrainingJob implements BatchJob {

    private final CandidateModels candidates;
    private final PropensityModels propensity;

    ModelTrainingJob(CandidateModels candidates, PropensityModels propensity) {
        this.candidates = candidates;
        this.propensity = propensity;
    }

    @Override
    public String name() {
        return "recommendation-model-training";
    }

    @Override
    public Object run(JsonNode params) {
        ModelVersion candidateVersion = candidates.train();
        PropensityModels.TrainingReport report = propensity.train();
        return new Result(candidateVersion, report);
    }

    record Result(ModelVersion candidates, PropensityModels.TrainingReport propensity) {
    }
}
