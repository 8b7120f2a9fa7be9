package org.banyan.credit.model;

import java.time.OffsetDateTime;
import java.util.UUID;

/** A training job as its requester sees it: where it stands, why it failed, which version it made. */
record TrainingJob(UUID jobId, TrainingJobStatus status, String modelName, String source, String failureReason,
        String modelVersion, String requestedBy, OffsetDateTime createdAt, OffsetDateTime startedAt,
        OffsetDateTime finishedAt) {

    enum TrainingJobStatus { QUEUED, RUNNING, SUCCEEDED, FAILED }
}
