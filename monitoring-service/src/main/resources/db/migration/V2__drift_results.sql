-- Daily drift results, one row per (date, model, metric); the job upserts, so a rerun of a date
-- replaces its figures instead of adding to them.
CREATE TABLE drift_result (
    run_date      DATE        NOT NULL,
    model_version TEXT        NOT NULL,
    metric        TEXT        NOT NULL,
    value         DOUBLE PRECISION NOT NULL,
    status        TEXT        NOT NULL,
    computed_at   TIMESTAMPTZ NOT NULL,
    PRIMARY KEY (run_date, model_version, metric)
);

-- Scores of credit decisions as they arrive, the population the drift job compares to the baseline.
CREATE TABLE decision_score (
    decision_id   TEXT PRIMARY KEY,
    model_version TEXT        NOT NULL,
    score         INT         NOT NULL,
    decision      TEXT        NOT NULL,
    decided_on    DATE        NOT NULL
);
CREATE INDEX decision_score_day ON decision_score (decided_on, model_version);

-- Training baseline of a model: the share of scores in each bin (bin upper edges, ascending).
CREATE TABLE drift_baseline (
    model_version TEXT PRIMARY KEY,
    edges         TEXT NOT NULL,
    shares        TEXT NOT NULL
);
