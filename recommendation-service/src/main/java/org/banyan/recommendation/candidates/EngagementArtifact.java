package org.banyan.recommendation.candidates;

import org.banyan.recommendation.propensity.FeatureSpec;
import org.banyan.recommendation.propensity.PropensityModel;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The stored form of an engagement model version: its columns and each product's booster. */
record EngagementArtifact(List<String> tagColumns, List<String> interactionColumns, Map<String, Stored> products) {

    record Stored(byte[] booster, int trees, double baseRate) {
    }

    static EngagementArtifact of(EngagementTrainer.Trained trained) {
        Map<String, Stored> products = new HashMap<>();
        trained.boosters().forEach((product, booster) -> products.put(product, new Stored(booster,
                trained.trees().get(product), trained.model().baseRates().get(product))));
        return new EngagementArtifact(trained.model().tagSpec().columns(), trained.model().interactionColumns(), products);
    }

    EngagementModel load(int boostersPerModel) {
        Map<String, EngagementModel.Scorer> scorers = new HashMap<>();
        products.forEach((product, stored) -> scorers.put(product, new EngagementModel.Scorer(
                new PropensityModel(stored.booster(), stored.trees(), boostersPerModel), stored.baseRate())));
        return new EngagementModel(new FeatureSpec(tagColumns), interactionColumns, scorers);
    }
}
