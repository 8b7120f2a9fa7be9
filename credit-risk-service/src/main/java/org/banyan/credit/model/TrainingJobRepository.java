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
class TrainingJobRepository {

    private static final String COLUMNS = "id, status, model_name, source, failure_reason, model_version, requested_by, "
            + "created_at, started_at, finished_at";

    private final JdbcClient jdbc;
    private final JsonMapper json;

    TrainingJobRepository(JdbcClient jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    /** Inserts the job unless this requester already used the idempotency key; true when inserted. */
    boolean insert(UUID id, TrainingJobRequest request, String source, byte[] upload, String uploadSha256,
            String requestedBy, String idempotencyKey, String instanceId) {
        return jdbc.sql("""
                        INSERT INTO training_job (id, status, model_name, source, request, upload, upload_sha256,
                            requested_by, idempotency_key, instance_id)
                        VALUES (:id, 'QUEUED', :name, :source, CAST(:request AS jsonb), :upload, :sha, :by, :key,
                            :instance)
                        ON CONFLICT (requested_by, idempotency_key) WHERE idempotency_key IS NOT NULL DO NOTHING""")
                .param("id", id).param("name", request.modelName()).param("source", source)
                .param("request", json.writeValueAsString(request)).param("upload", upload).param("sha", uploadSha256)
                .param("by", requestedBy).param("key", idempotencyKey).param("instance", instanceId)
                .update() == 1;
    }

    Optional<TrainingJob> find(UUID id) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM training_job WHERE id = :id").param("id", id)
                .query(TrainingJobRepository::row).optional();
    }

    Optional<TrainingJob> findByKey(String requestedBy, String idempotencyKey) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM training_job WHERE requested_by = :by AND idempotency_key = :key")
                .param("by", requestedBy).param("key", idempotencyKey).query(TrainingJobRepository::row).optional();
    }

    List<TrainingJob> recent(int limit) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM training_job ORDER BY created_at DESC LIMIT :limit")
                .param("limit", limit).query(TrainingJobRepository::row).list();
    }

    TrainingJobRequest request(UUID id) {
        return json.readValue(jdbc.sql("SELECT request::text FROM training_job WHERE id = :id").param("id", id)
                .query(String.class).single(), TrainingJobRequest.class);
    }

    byte[] upload(UUID id) {
        return jdbc.sql("SELECT upload FROM training_job WHERE id = :id").param("id", id).query(byte[].class)
                .optional().orElse(null);
    }

    /** QUEUED to RUNNING; false when the job was not queued (already taken, or failed at a restart). */
    boolean start(UUID id) {
        return jdbc.sql("UPDATE training_job SET status = 'RUNNING', started_at = now() WHERE id = :id AND status = 'QUEUED'")
                .param("id", id).update() == 1;
    }

    void succeed(UUID id, String version) {
        jdbc.sql("""
                        UPDATE training_job SET status = 'SUCCEEDED', model_version = :version, finished_at = now(),
                            upload = NULL WHERE id = :id""")
                .param("id", id).param("version", version).update();
    }

    void fail(UUID id, String reason) {
        jdbc.sql("""
                        UPDATE training_job SET status = 'FAILED', failure_reason = :reason, finished_at = now(),
                            upload = NULL WHERE id = :id""")
                .param("id", id).param("reason", reason.length() > 2000 ? reason.substring(0, 2000) : reason).update();
    }

    /** Keeps this instance's open jobs alive. */
    void heartbeat(String instanceId) {
        jdbc.sql("""
                        UPDATE training_job SET heartbeat_at = now()
                        WHERE instance_id = :instance AND status IN ('QUEUED', 'RUNNING')""")
                .param("instance", instanceId).update();
    }

    /** Jobs whose instance stopped (restart, crash) cannot finish: they fail, saying so. */
    int failAbandoned(java.time.Duration silence) {
        return jdbc.sql("""
                        UPDATE training_job SET status = 'FAILED', finished_at = now(), upload = NULL,
                            failure_reason = 'interrupted: the service instance running it stopped; submit it again'
                        WHERE status IN ('QUEUED', 'RUNNING') AND heartbeat_at < now() - make_interval(secs => :seconds)""")
                .param("seconds", (double) silence.toSeconds()).update();
    }

    boolean anyOpenOrSucceeded(String source, String requestedBy) {
        return jdbc.sql("""
                        SELECT count(*) FROM training_job
                        WHERE source = :source AND requested_by = :by AND status <> 'FAILED'""")
                .param("source", source).param("by", requestedBy).query(Long.class).single() > 0;
    }

    private static TrainingJob row(ResultSet rs, int n) throws SQLException {
        return new TrainingJob(rs.getObject("id", UUID.class), TrainingJob.TrainingJobStatus.valueOf(rs.getString("status")),
                rs.getString("model_name"), rs.getString("source"), rs.getString("failure_reason"),
                rs.getString("model_version"), rs.getString("requested_by"),
                rs.getObject("created_at", OffsetDateTime.class), rs.getObject("started_at", OffsetDateTime.class),
                rs.getObject("finished_at", OffsetDateTime.class));
    }
}
