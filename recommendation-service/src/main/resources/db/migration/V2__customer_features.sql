-- Features kept locally so a recommendation never waits on another service: the customer's profile
-- tags (from profile.tag-changes.v1, applied in profile-version order) and recent risk signals
-- (from credit.risk-signals.v1, newest first, bounded).
CREATE TABLE customer_features (
    customer_id     text PRIMARY KEY,
    profile_version bigint      NOT NULL DEFAULT 0,
    tags            jsonb       NOT NULL DEFAULT '{}',
    risk_signals    jsonb       NOT NULL DEFAULT '[]',
    updated_at      timestamptz NOT NULL
);
