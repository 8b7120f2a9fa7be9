-- Batch campaigns: a segment of profile-service frozen into members, a random hold-out kept out, the
-- best eligible customers within the budget messaged, and the outcome reported against the hold-out.
CREATE TABLE campaign (
    campaign_id      text PRIMARY KEY,
    name             text        NOT NULL,
    segment_id       text        NOT NULL,
    product_ids      text[]      NOT NULL,
    channel          text        NOT NULL,
    budget           integer     NOT NULL CHECK (budget > 0),
    holdout_percent  smallint    NOT NULL,
    targeting        text        NOT NULL,
    attribution_days smallint    NOT NULL,
    scheduled_at     timestamptz,
    status           text        NOT NULL,
    idempotency_key  text UNIQUE,
    snapshot_id      text,
    created_at       timestamptz NOT NULL,
    run_started_at   timestamptz,
    completed_at     timestamptz,
    failure          text,
    outcome          jsonb
);

CREATE INDEX campaign_due_idx ON campaign (status, scheduled_at);

-- The frozen members. holdout: kept out by the random split; selected: messaged; comparable: a hold-out
-- member the engine would have chosen (scored at or above the budget's cut-off), the fair comparison group.
CREATE TABLE campaign_member (
    campaign_id text    NOT NULL,
    customer_id text    NOT NULL,
    holdout     boolean NOT NULL,
    selected    boolean NOT NULL DEFAULT false,
    comparable  boolean NOT NULL DEFAULT false,
    product_id  text,
    score       real,
    message_id  uuid,
    PRIMARY KEY (campaign_id, customer_id)
);
