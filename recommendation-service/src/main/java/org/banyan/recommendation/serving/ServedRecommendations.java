package org.banyan.recommendation.serving;

import org.springframework.stereotype.Service;

import java.util.Optional;
import java.util.UUID;

/** Looks up offers served in real time, for feedback attribution. */
@Service
public class ServedRecommendations {

    private final RecommendationLog log;

    ServedRecommendations(RecommendationLog log) {
        this.log = log;
    }

    public Optional<ServedRecommendation> find(UUID recommendationId) {
        return log.find(recommendationId);
    }
}
