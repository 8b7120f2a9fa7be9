-- The customer's profile tags as profile-service announced them (profile.tag-changes.v1), kept here so
-- a decision never waits on another service. One row per tag; a tag that lost its value keeps a row
-- with value NULL so an older, late event cannot bring it back. Protected attributes are not kept.
CREATE TABLE customer_tag (
    customer_id     TEXT        NOT NULL,
    tag             TEXT        NOT NULL,
    value           JSONB,
    profile_version BIGINT      NOT NULL,
    updated_at      TIMESTAMPTZ NOT NULL DEFAULT now(),
    PRIMARY KEY (customer_id, tag)
);

-- Repayment behaviour on this bank's loans (bank.loan-events.v1), for features and linked-group risk.
CREATE TABLE customer_credit_history (
    customer_id       TEXT        PRIMARY KEY,
    missed_payments   INT         NOT NULL DEFAULT 0,
    max_days_past_due INT         NOT NULL DEFAULT 0,
    defaulted         BOOLEAN     NOT NULL DEFAULT false, -- charged off, or 90+ days past due
    updated_at        TIMESTAMPTZ NOT NULL DEFAULT now()
);
