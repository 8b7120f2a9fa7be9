package org.banyan.recommendation.models;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/** One stored model: what it is ({@code kind}, {@code key}), which version, what it reads and how it scored. */
public record ModelVersion(String kind, String key, int version, Instant trainedAt, List<String> features,
        Map<String, Object> metrics, byte[] artifact) {

    /** The same version without its (possibly large) artifact, for listings. */
    public ModelVersion withoutArtifact() {
        return new ModelVersion(kind, key, version, trainedAt, features, metrics, new byte[0]);
    }
}
