package org.banyan.recommendation.experiment;

import java.time.Instant;
import java.util.List;

/** An experiment: DRAFT until started, RUNNING while it splits traffic, STOPPED for good after. */
public record Experiment(String experimentId, String name, String description, Status status, List<Variant> variants,
        Instant createdAt, Instant startedAt, Instant stoppedAt) {

    public enum Status { DRAFT, RUNNING, STOPPED }

    public Experiment {
        variants = List.copyOf(variants);
    }

    /** The first variant is the control that the others are compared with. */
    public Variant control() {
        return variants.getFirst();
    }
}
