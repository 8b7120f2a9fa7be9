-- A/B/n experiments over ranking strategies. At most one runs at a time, so every request is in at most
-- one experiment and results are not confounded by another.
CREATE TABLE experiment (
    experiment_id text PRIMARY KEY,
    name          text        NOT NULL,
    description   text,
    status        text        NOT NULL,
    variants      jsonb       NOT NULL,
    created_at    timestamptz NOT NULL,
    started_at    timestamptz,
    stopped_at    timestamptz
);

CREATE UNIQUE INDEX experiment_one_running_uq ON experiment ((true)) WHERE status = 'RUNNING';
