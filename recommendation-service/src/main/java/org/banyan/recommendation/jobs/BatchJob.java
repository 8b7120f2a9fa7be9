package org.banyan.recommendation.jobs;

import tools.jackson.databind.JsonNode;

/**
 * A batch job a scheduler triggers through {@code POST /api/v1/jobs/{name}}. Names start with
 * {@code recommendation-} or {@code campaign-}, the prefixes the gateway routes to this service.
 */
public interface BatchJob {

    String name();

    /** Refuses bad parameters with a 4xx {@code BanyanException} before anything is queued. */
    default void validate(JsonNode params) {
    }

    /** Does the work on a job thread; the returned object is stored as the run's JSON result. */
    Object run(JsonNode params);
}
