package org.banyan.credit.model;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.databind.json.JsonMapper;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

@Repository
class ModelRepository {

    private static final String COLUMNS = "version, name, status, shadow, feature_spec::text AS feature_spec, "
            + "params::text AS params, validation::text AS validation, metrics::text AS metrics, trees, model_sha256, "
            + "dataset, training_job_id, created_at, status_changed_at";

    private final JdbcClient jdbc;
    private final JsonMapper json;

    ModelRepository(JdbcClient jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    /** Serialises status changes across instances until the transaction ends (champion swaps touch two rows). */
    void lockRegistry() {
        jdbc.sql("SELECT 1 FROM pg_advisory_xact_lock(3341, 1)").query(Integer.class).single();
    }

    String nextVersion(String name) {
        long n = jdbc.sql("SELECT nextval('model_version_number')").query(Long.class).single();
        return name + "-" + n;
    }

    void insert(String version, String name, TrainedModel model, TrainingParams params, Validation validation,
            String sha256, String dataset, UUID jobId) {
        jdbc.sql("""
                        INSERT INTO model_version (version, name, status, feature_spec, params, validation, metrics,
                            trees, model_binary, model_sha256, dataset, training_job_id)
                        VALUES (:version, :name, 'CHALLENGER', CAST(:spec AS jsonb), CAST(:params AS jsonb),
                            CAST(:validation AS jsonb), CAST(:metrics AS jsonb), :trees, :binary, :sha, :dataset, :job)""")
                .param("version", version).param("name", name)
                .param("spec", json.writeValueAsString(model.spec()))
                .param("params", json.writeValueAsString(params))
                .param("validation", json.writeValueAsString(validation))
                .param("metrics", json.writeValueAsString(model.metrics()))
                .param("trees", model.trees()).param("binary", model.binary()).param("sha", sha256)
                .param("dataset", dataset).param("job", jobId)
                .update();
    }

    Optional<ModelVersion> find(String version) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM model_version WHERE version = :version")
                .param("version", version).query(this::row).optional();
    }

    /** Locks the row until the transaction ends, so concurrent status changes apply one after the other. */
    Optional<ModelVersion> findForUpdate(String version) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM model_version WHERE version = :version FOR UPDATE")
                .param("version", version).query(this::row).optional();
    }

    Optional<ModelVersion> champion() {
        return jdbc.sql("SELECT " + COLUMNS + " FROM model_version WHERE status = 'CHAMPION'").query(this::row).optional();
    }

    List<ModelVersion> list() {
        return jdbc.sql("SELECT " + COLUMNS + " FROM model_version ORDER BY created_at DESC, version").query(this::row).list();
    }

    /** The versions that score live applications: the champion and any shadow challengers. */
    List<LiveVersion> live() {
        return jdbc.sql("SELECT version, status, trees FROM model_version WHERE status = 'CHAMPION' OR shadow")
                .query((rs, n) -> new LiveVersion(rs.getString("version"),
                        ModelStatus.valueOf(rs.getString("status")), rs.getInt("trees")))
                .list();
    }

    byte[] binary(String version) {
        return jdbc.sql("SELECT model_binary FROM model_version WHERE version = :version").param("version", version)
                .query(byte[].class).single();
    }

    void setStatus(String version, ModelStatus status) {
        jdbc.sql("""
                        UPDATE model_version SET status = :status, status_changed_at = now(),
                            shadow = CASE WHEN :status = 'CHALLENGER' THEN shadow ELSE false END
                        WHERE version = :version""")
                .param("status", status.name()).param("version", version).update();
    }

    void setShadow(String version, boolean shadow) {
        jdbc.sql("UPDATE model_version SET shadow = :shadow WHERE version = :version")
                .param("shadow", shadow).param("version", version).update();
    }

    void recordPromotion(String action, String version, String replaced, String actor, String reason) {
        jdbc.sql("""
                        INSERT INTO model_promotion (action, version, replaced_version, actor, reason)
                        VALUES (:action, :version, :replaced, :actor, :reason)""")
                .param("action", action).param("version", version).param("replaced", replaced)
                .param("actor", actor).param("reason", reason).update();
    }

    /** The version the given champion replaced when it was last promoted, if it replaced one. */
    Optional<String> replacedBy(String champion) {
        return jdbc.sql("""
                        SELECT replaced_version FROM model_promotion
                        WHERE version = :version AND action = 'PROMOTE' ORDER BY id DESC LIMIT 1""")
                .param("version", champion).query(String.class).optional();
    }

    List<Promotion> promotions() {
        return jdbc.sql("SELECT action, version, replaced_version, actor, reason, occurred_at FROM model_promotion ORDER BY id DESC")
                .query((rs, n) -> new Promotion(rs.getString("action"), rs.getString("version"),
                        rs.getString("replaced_version"), rs.getString("actor"), rs.getString("reason"),
                        rs.getObject("occurred_at", OffsetDateTime.class)))
                .list();
    }

    private ModelVersion row(ResultSet rs, int n) throws SQLException {
        return new ModelVersion(rs.getString("version"), rs.getString("name"), ModelStatus.valueOf(rs.getString("status")),
                rs.getBoolean("shadow"), json.readValue(rs.getString("feature_spec"), FeatureSpec.class),
                json.readValue(rs.getString("params"), TrainingParams.class),
                json.readValue(rs.getString("validation"), Validation.class),
                json.readValue(rs.getString("metrics"), ModelMetrics.class), rs.getInt("trees"),
                rs.getString("model_sha256"), rs.getString("dataset"), rs.getObject("training_job_id", UUID.class),
                rs.getObject("created_at", OffsetDateTime.class), rs.getObject("status_changed_at", OffsetDateTime.class));
    }

    record LiveVersion(String version, ModelStatus status, int trees) {
    }

    record Promotion(String action, String version, String replacedVersion, String actor, String reason,
            OffsetDateTime occurredAt) {
    }
}
