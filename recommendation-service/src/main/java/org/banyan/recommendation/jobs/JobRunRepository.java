package org.banyan.recommendation.jobs;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.databind.json.JsonMapper;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

@Repository
class JobRunRepository {

    private final JdbcClient jdbc;
    private final JsonMapper mapper;

    JobRunRepository(JdbcClient jdbc, JsonMapper mapper) {
        this.jdbc = jdbc;
        this.mapper = mapper;
    }

    /** Inserts a new run; false when a run with the same job and idempotency key exists. */
    boolean insert(JobRun run) {
        return jdbc.sql("""
                        INSERT INTO job_run (run_id, job, idempotency_key, status, params, requested_at)
                        VALUES (:id, :job, :key, :status, CAST(:params AS jsonb), :at)
                        ON CONFLICT DO NOTHING""")
                .param("id", run.runId()).param("job", run.job()).param("key", run.idempotencyKey())
                .param("status", run.status().name()).param("params", mapper.writeValueAsString(run.params()))
                .param("at", Timestamp.from(run.requestedAt()))
                .update() == 1;
    }

    void finish(UUID runId, JobRun.Status status, Object result, String error, Instant at) {
        jdbc.sql("""
                        UPDATE job_run SET status = :status, result = CAST(:result AS jsonb), error = :error,
                            finished_at = :at WHERE run_id = :id""")
                .param("id", runId).param("status", status.name())
                .param("result", result == null ? null : mapper.writeValueAsString(result))
                .param("error", error).param("at", Timestamp.from(at))
                .update();
    }

    Optional<JobRun> find(String job, UUID runId) {
        return jdbc.sql("SELECT * FROM job_run WHERE job = :job AND run_id = :id").param("job", job).param("id", runId)
                .query(this::run).optional();
    }

    Optional<JobRun> findByKey(String job, String key) {
        return jdbc.sql("SELECT * FROM job_run WHERE job = :job AND idempotency_key = :key")
                .param("job", job).param("key", key).query(this::run).optional();
    }

    List<JobRun> recent(String job, int limit) {
        return jdbc.sql("SELECT * FROM job_run WHERE job = :job ORDER BY requested_at DESC LIMIT :limit")
                .param("job", job).param("limit", limit).query(this::run).list();
    }

    private JobRun run(ResultSet rs, int row) throws SQLException {
        String result = rs.getString("result");
        Timestamp finished = rs.getTimestamp("finished_at");
        return new JobRun(rs.getObject("run_id", UUID.class), rs.getString("job"), rs.getString("idempotency_key"),
                JobRun.Status.valueOf(rs.getString("status")), mapper.readTree(rs.getString("params")),
                result == null ? null : mapper.readTree(result), rs.getString("error"),
                rs.getTimestamp("requested_at").toInstant(), finished == null ? null : finished.toInstant());
    }
}
