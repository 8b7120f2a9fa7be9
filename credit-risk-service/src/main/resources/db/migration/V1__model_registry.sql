-- Model registry: every trained version with its feature specification, parameters, held-out
-- metrics and the booster itself (UBJ bytes). Exactly one version is CHAMPION and decides; any
-- CHALLENGER may score in shadow; RETIRED versions stay for audit and rollback.
CREATE TABLE model_version (
    version           TEXT        PRIMARY KEY,            -- <name>-<n>, e.g. german-credit-1
    name              TEXT        NOT NULL,
    status            TEXT        NOT NULL CHECK (status IN ('CHALLENGER', 'CHAMPION', 'RETIRED')),
    shadow            BOOLEAN     NOT NULL DEFAULT false, -- scores live applications, never decides
    feature_spec      JSONB       NOT NULL,               -- with categorical levels resolved at training
    params            JSONB       NOT NULL,
    validation        JSONB       NOT NULL,
    metrics           JSONB       NOT NULL,
    trees             INT         NOT NULL CHECK (trees > 0), -- predict with this many trees (best_iteration + 1)
    model_format      TEXT        NOT NULL DEFAULT 'ubj',
    model_binary      BYTEA       NOT NULL,
    model_sha256      TEXT        NOT NULL,
    dataset           TEXT        NOT NULL,
    training_job_id   UUID        NOT NULL,
    created_at        TIMESTAMPTZ NOT NULL DEFAULT now(),
    status_changed_at TIMESTAMPTZ NOT NULL DEFAULT now()
);
CREATE UNIQUE INDEX model_version_one_champion ON model_version (status) WHERE status = 'CHAMPION';
CREATE INDEX model_version_live ON model_version (status, shadow);
CREATE SEQUENCE model_version_number;

-- Who made which version champion, replacing which: the history rollback walks back through.
CREATE TABLE model_promotion (
    id               BIGSERIAL   PRIMARY KEY,
    action           TEXT        NOT NULL CHECK (action IN ('PROMOTE', 'ROLLBACK')),
    version          TEXT        NOT NULL REFERENCES model_version (version),
    replaced_version TEXT        REFERENCES model_version (version),
    actor            TEXT        NOT NULL,
    reason           TEXT,
    occurred_at      TIMESTAMPTZ NOT NULL DEFAULT now()
);
CREATE INDEX model_promotion_version ON model_promotion (version, id);

-- Asynchronous training jobs. The uploaded data is kept only until the job ends. A job whose
-- instance stopped refreshing its heartbeat (it restarted or died) is failed by any instance.
CREATE TABLE training_job (
    id                 UUID        PRIMARY KEY,
    status             TEXT        NOT NULL CHECK (status IN ('QUEUED', 'RUNNING', 'SUCCEEDED', 'FAILED')),
    model_name         TEXT        NOT NULL,
    source             TEXT        NOT NULL,              -- upload:<file name>, table:<name> or dataset:<name>
    request            JSONB       NOT NULL,              -- feature spec, params, validation, promote flag
    upload             BYTEA,
    upload_sha256      TEXT,
    failure_reason     TEXT,
    model_version      TEXT        REFERENCES model_version (version),
    requested_by       TEXT        NOT NULL,
    idempotency_key    TEXT,
    instance_id        TEXT        NOT NULL,              -- the service instance that runs it
    heartbeat_at       TIMESTAMPTZ NOT NULL DEFAULT now(), -- refreshed while that instance lives
    created_at         TIMESTAMPTZ NOT NULL DEFAULT now(),
    started_at         TIMESTAMPTZ,
    finished_at        TIMESTAMPTZ
);
CREATE INDEX training_job_open ON training_job (status) WHERE status IN ('QUEUED', 'RUNNING');
CREATE UNIQUE INDEX training_job_idempotency ON training_job (requested_by, idempotency_key)
    WHERE idempotency_key IS NOT NULL;

-- Tables a training job may read (source "table"): load labelled data here, one row per application.
CREATE SCHEMA IF NOT EXISTS training_data;

-- What shadow challengers would have said about live applications, beside what the champion said:
-- stored, never decisive, compared through the API before a promotion.
CREATE TABLE shadow_score (
    application_id   UUID             NOT NULL,
    model_version    TEXT             NOT NULL REFERENCES model_version (version),
    pd               DOUBLE PRECISION NOT NULL,
    score            INT              NOT NULL,
    grade            TEXT             NOT NULL,
    band_action      TEXT             NOT NULL,
    champion_version TEXT             NOT NULL REFERENCES model_version (version),
    champion_pd      DOUBLE PRECISION NOT NULL,
    champion_score   INT              NOT NULL,
    champion_grade   TEXT             NOT NULL,
    champion_action  TEXT             NOT NULL,
    scored_at        TIMESTAMPTZ      NOT NULL DEFAULT now(),
    PRIMARY KEY (model_version, application_id)
);
