package org.banyan.profile.recompute;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

@Repository
class JobRuns {

    private static final String COLUMNS = "id, job, run_key, business_date, publish_changes, status, requested_by, "
            + "requested_at, started_at, finished_at, checkpoint, customers_processed, customers_changed, error";

    private final JdbcClient jdbc;

    JobRuns(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Records a new run, or returns the existing run for the same job and key (and false). */
    Created createOrGet(String job, String runKey, LocalDate businessDate, boolean publish, String actor) {
        int inserted = jdbc.sql("""
                        INSERT INTO profile_job_run (id, job, run_key, business_date, publish_changes, status, requested_by)
                        VALUES (:id, :job, :key, :date, :publish, 'QUEUED', :actor)
                        ON CONFLICT (job, run_key) DO NOTHING""")
                .param("id", UUID.randomUUID()).param("job", job).param("key", runKey).param("date", businessDate)
                .param("publish", publish).param("actor", actor).update();
        JobRun run = jdbc.sql("SELECT " + COLUMNS + " FROM profile_job_run WHERE job = :job AND run_key = :key")
                .param("job", job).param("key", runKey).query(JobRun.class).single();
        return new Created(run, inserted == 1);
    }

    Optional<JobRun> find(UUID id) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM profile_job_run WHERE id = :id").param("id", id)
                .query(JobRun.class).optional();
    }

    List<JobRun> latest(String job, int limit) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM profile_job_run WHERE job = :job ORDER BY requested_at DESC LIMIT :n")
                .param("job", job).param("n", limit).query(JobRun.class).list();
    }

    /** Claims a queued run, or a running one whose worker stopped beating; false when another has it. */
    boolean claim(UUID id) {
        return jdbc.sql("""
                        UPDATE profile_job_run SET status = 'RUNNING', started_at = coalesce(started_at, now()),
                            heartbeat_at = now()
                        WHERE id = :id AND (status = 'QUEUED'
                            OR (status = 'RUNNING' AND heartbeat_at < now() - interval '2 minutes'))""")
                .param("id", id).update() == 1;
    }

    List<UUID> abandoned() {
        return jdbc.sql("""
                        SELECT id FROM profile_job_run WHERE status = 'QUEUED'
                            OR (status = 'RUNNING' AND heartbeat_at < now() - interval '2 minutes')
                        ORDER BY requested_at""")
                .query(UUID.class).list();
    }

    void progress(UUID id, String checkpoint, int processed, int changed) {
        jdbc.sql("""
                        UPDATE profile_job_run SET checkpoint = :checkpoint, heartbeat_at = now(),
                            customers_processed = customers_processed + :processed,
                            customers_changed = customers_changed + :changed
                        WHERE id = :id""")
                .param("id", id).param("checkpoint", checkpoint).param("processed", processed)
                .param("changed", changed).update();
    }

    void finish(UUID id, JobRun.Status status, String error) {
        jdbc.sql("UPDATE profile_job_run SET status = :status, finished_at = now(), error = :error WHERE id = :id")
                .param("id", id).param("status", status.name()).param("error", error).update();
    }

    record Created(JobRun run, boolean isNew) {
    }
}
