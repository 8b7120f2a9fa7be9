-- Runs of the profile batch jobs. (job, run_key) is unique: a recompute runs once per business date,
-- and asking again returns the first run. The checkpoint lets a run resume after a restart.
CREATE TABLE profile_job_run (
    id                  UUID        PRIMARY KEY,
    job                 TEXT        NOT NULL,
    run_key             TEXT        NOT NULL,
    business_date       DATE,
    publish_changes     BOOLEAN     NOT NULL,
    status              TEXT        NOT NULL,
    requested_by        TEXT        NOT NULL,
    requested_at        TIMESTAMPTZ NOT NULL DEFAULT now(),
    started_at          TIMESTAMPTZ,
    finished_at         TIMESTAMPTZ,
    heartbeat_at        TIMESTAMPTZ,
    checkpoint          TEXT        NOT NULL DEFAULT '',
    customers_processed BIGINT      NOT NULL DEFAULT 0,
    customers_changed   BIGINT      NOT NULL DEFAULT 0,
    error               TEXT,
    UNIQUE (job, run_key)
);
