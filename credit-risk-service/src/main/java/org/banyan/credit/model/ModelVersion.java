package org.banyan.credit.model;

import java.time.OffsetDateTime;
import java.util.UUID;

/** A registered model version as the registry describes it (the booster bytes are loaded apart). */
record ModelVersion(String version, String name, ModelStatus status, boolean shadow, FeatureSpec featureSpec,
        TrainingParams params, Validation validation, ModelMetrics metrics, int trees, String modelSha256,
        String dataset, UUID trainingJobId, OffsetDateTime createdAt, OffsetDateTime statusChangedAt) {
}
