package org.banyan.recommendation.jobs;

import tools.jackson.databind.JsonNode;

import java.time.Instant;
import java.util.UUID;

/** One run of a batch job. */
public record JobRun(UUID runId, String job, String idempotencyKey, Status status, JsonNode params, JsonNode result,
        String error, Instant requestedAt, Instant finishedAt) {

    public enum Status { RUNNING, SUCCEEDED, FAILED }
}
