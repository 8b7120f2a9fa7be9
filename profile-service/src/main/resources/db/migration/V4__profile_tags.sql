-- The tag store: one row per customer with every tag value in a JSONB map (absent key = no value),
-- and the aggregate state the tags are computed from (JSON, read and written whole by the service).
CREATE TABLE profile (
    customer_id     TEXT        PRIMARY KEY,
    profile_version BIGINT      NOT NULL,
    as_of           DATE,
    updated_at      TIMESTAMPTZ NOT NULL,
    tags            JSONB       NOT NULL,
    state           BYTEA       NOT NULL
);

-- Tag history: one row per profile version with the tags that changed (as published on
-- profile.tag-changes.v1); the profile as of a past instant is the current one with later changes undone.
CREATE TABLE profile_change (
    customer_id     TEXT        NOT NULL,
    profile_version BIGINT      NOT NULL,
    changed_at      TIMESTAMPTZ NOT NULL,
    changes         JSONB       NOT NULL,
    PRIMARY KEY (customer_id, profile_version)
);

-- Customers erased on request: later (replayed or late) events for them are ignored.
CREATE TABLE profile_erasure (
    customer_id TEXT        PRIMARY KEY,
    erased_at   TIMESTAMPTZ NOT NULL
);

-- Basic attributes moved into the profile's tags; the customer table keeps identity and personal data.
ALTER TABLE customer
    DROP COLUMN profile_version,
    DROP COLUMN birth_date,
    DROP COLUMN gender,
    DROP COLUMN city,
    DROP COLUMN city_tier,
    DROP COLUMN occupation,
    DROP COLUMN education,
    DROP COLUMN marital_status,
    DROP COLUMN income_monthly,
    DROP COLUMN kyc_level,
    DROP COLUMN join_date,
    DROP COLUMN consent_marketing_email,
    DROP COLUMN consent_marketing_sms,
    DROP COLUMN consent_marketing_push,
    DROP COLUMN consent_data_sharing;
