package org.banyan.recommendation.serving;

import org.springframework.stereotype.Service;

import java.time.Duration;
import java.util.Optional;
import java.util.UUID;

/**
 * Looks up offers served in real time, for feedback attribution: first among those this instance has
 * not written yet, then in the log; an id found nowhere is looked up once more after a short pause,
 * since another instance may have served it and not written it yet.
 */
@Service
public class ServedRecommendations {

    static final Duration WRITE_DELAY = Duration.ofMillis(300);

    private final RecommendationLog log;
    private final ServedOfferWriter writer;

    ServedRecommendations(RecommendationLog log, ServedOfferWriter writer) {
        this.log = log;
        this.writer = writer;
    }

    public Optional<ServedRecommendation> find(UUID recommendationId) {
        Optional<ServedRecommendation> found = lookup(recommendationId);
        if (found.isPresent()) {
            return found;
        }
        try {
            Thread.sleep(WRITE_DELAY);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.empty();
        }
        return lookup(recommendationId);
    }

    private Optional<ServedRecommendation> lookup(UUID recommendationId) {
        return writer.pending(recommendationId).or(() -> log.find(recommendationId));
    }
}
