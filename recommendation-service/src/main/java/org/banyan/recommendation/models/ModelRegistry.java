package org.banyan.recommendation.models;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Records model versions, so every retraining is kept with its metrics and any instance can load it. */
@Service
public class ModelRegistry {

    private static final TypeReference<List<String>> FEATURES = new TypeReference<>() {
    };
    private static final TypeReference<Map<String, Object>> METRICS = new TypeReference<>() {
    };

    private final JdbcClient jdbc;
    private final JsonMapper mapper;

    ModelRegistry(JdbcClient jdbc, JsonMapper mapper) {
        this.jdbc = jdbc;
        this.mapper = mapper;
    }

    /** Stores a new version of {@code kind}/{@code key}, numbered after the latest one. */
    @Transactional
    public ModelVersion save(String kind, String key, Instant trainedAt, List<String> features,
            Map<String, Object> metrics, byte[] artifact) {
        jdbc.sql("SELECT pg_advisory_xact_lock(hashtext(:kind || '/' || :key))").param("kind", kind).param("key", key)
                .query().singleRow();
        int version = jdbc.sql("SELECT coalesce(max(version), 0) + 1 FROM model_version WHERE kind = :kind AND model_key = :key")
                .param("kind", kind).param("key", key).query(Integer.class).single();
        jdbc.sql("""
                        INSERT INTO model_version (kind, model_key, version, trained_at, features, metrics, artifact)
                        VALUES (:kind, :key, :version, :at, CAST(:features AS jsonb), CAST(:metrics AS jsonb), :artifact)""")
                .param("kind", kind).param("key", key).param("version", version)
                .param("at", Timestamp.from(trainedAt))
                .param("features", mapper.writeValueAsString(features))
                .param("metrics", mapper.writeValueAsString(metrics))
                .param("artifact", artifact)
                .update();
        return new ModelVersion(kind, key, version, trainedAt, List.copyOf(features), Map.copyOf(metrics), artifact);
    }

    /** The newest version of every key of {@code kind}. */
    public List<ModelVersion> latest(String kind) {
        return jdbc.sql("""
                        SELECT DISTINCT ON (model_key) * FROM model_version WHERE kind = :kind
                        ORDER BY model_key, version DESC""")
                .param("kind", kind).query(this::version).list();
    }

    public Optional<ModelVersion> latest(String kind, String key) {
        return jdbc.sql("SELECT * FROM model_version WHERE kind = :kind AND model_key = :key ORDER BY version DESC LIMIT 1")
                .param("kind", kind).param("key", key).query(this::version).optional();
    }

    /** The highest version number of each key of {@code kind}, cheap enough to poll. */
    public Map<String, Integer> latestVersions(String kind) {
        Map<String, Integer> versions = new HashMap<>();
        jdbc.sql("SELECT model_key, max(version) AS version FROM model_version WHERE kind = :kind GROUP BY model_key")
                .param("kind", kind).query(rs -> {
                    versions.put(rs.getString("model_key"), rs.getInt("version"));
                });
        return versions;
    }

    /** Every version, newest first, without artifacts. */
    public List<ModelVersion> history() {
        return jdbc.sql("""
                        SELECT kind, model_key, version, trained_at, features, metrics, ''::bytea AS artifact
                        FROM model_version ORDER BY trained_at DESC, kind, model_key LIMIT 200""")
                .query(this::version).list();
    }

    private ModelVersion version(ResultSet rs, int row) throws SQLException {
        return new ModelVersion(rs.getString("kind"), rs.getString("model_key"), rs.getInt("version"),
                rs.getTimestamp("trained_at").toInstant(), mapper.readValue(rs.getString("features"), FEATURES),
                mapper.readValue(rs.getString("metrics"), METRICS), rs.getBytes("artifact"));
    }
}
