-- Saved segments (the definition in its JSON form and canonical text) and frozen member snapshots.
CREATE TABLE segment (
    id          UUID        PRIMARY KEY,
    name        TEXT        NOT NULL,
    description TEXT,
    definition  JSONB       NOT NULL,
    expression  TEXT        NOT NULL,
    created_by  TEXT        NOT NULL,
    created_at  TIMESTAMPTZ NOT NULL DEFAULT now()
);

CREATE TABLE segment_snapshot (
    id           UUID        PRIMARY KEY,
    segment_id   UUID        NOT NULL REFERENCES segment (id),
    campaign_id  TEXT,
    expression   TEXT        NOT NULL,
    member_count BIGINT      NOT NULL,
    created_by   TEXT        NOT NULL,
    created_at   TIMESTAMPTZ NOT NULL DEFAULT now()
);

CREATE TABLE segment_snapshot_member (
    snapshot_id UUID NOT NULL REFERENCES segment_snapshot (id),
    customer_id TEXT NOT NULL,
    PRIMARY KEY (snapshot_id, customer_id)
);
CREATE INDEX segment_snapshot_member_customer ON segment_snapshot_member (customer_id);
