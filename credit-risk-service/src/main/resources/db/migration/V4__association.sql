-- Contact details an application shares with others, as keyed hashes (HMAC-SHA256 of the normalised
-- value under banyan.credit.association.link-key): applications can be linked without keeping the
-- phone numbers, devices or addresses themselves.
CREATE TABLE application_link (
    application_id UUID        NOT NULL,
    kind           TEXT        NOT NULL CHECK (kind IN ('PHONE', 'DEVICE', 'ADDRESS')),
    key_hash       BYTEA       NOT NULL,
    customer_id    TEXT        NOT NULL,
    decision       TEXT        NOT NULL,
    created_at     TIMESTAMPTZ NOT NULL,
    PRIMARY KEY (application_id, kind)
);
CREATE INDEX application_link_key ON application_link (key_hash, created_at);
