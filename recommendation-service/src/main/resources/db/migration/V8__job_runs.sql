-- Batch job runs triggered through /api/v1/jobs/{job}: parameters, status and result, and the
-- caller's Idempotency-Key so a retried trigger returns the first run instead of starting another.
CREATE TABLE job_run (
    run_id          uuid PRIMARY KEY,
    job             text        NOT NULL,
    idempotency_key text,
    status          text        NOT NULL,
    params          jsonb       NOT NULL,
    result          jsonb,
    error           text,
    requested_at    timestamptz NOT NULL,
    finished_at     timestamptz
);

CREATE UNIQUE INDEX job_run_idempotency_uq ON job_run (job, idempotency_key) WHERE idempotency_key IS NOT NULL;
CREATE INDEX job_run_job_idx ON job_run (job, requested_at DESC);
