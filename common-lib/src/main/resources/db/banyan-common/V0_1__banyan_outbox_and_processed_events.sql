-- Shared by every Banyan service (common-lib): the transactional outbox and the processed-event
-- ledger that makes consumers idempotent. Versions 0.x are reserved for common-lib; services start at 1.

CREATE TABLE banyan_outbox (
    id          BIGSERIAL PRIMARY KEY,
    bucket      INT         NOT NULL,   -- hash(message_key) mod banyan.outbox.buckets; one relay per bucket at a time
    topic       TEXT        NOT NULL,
    message_key TEXT        NOT NULL,   -- the customerId: ordering is per key
    event_id    UUID        NOT NULL UNIQUE,
    event_type  TEXT        NOT NULL,
    envelope    TEXT        NOT NULL,   -- the JSON envelope, serialised when the business transaction committed
    request_id  TEXT,
    created_at  TIMESTAMPTZ NOT NULL DEFAULT now()
);
CREATE INDEX banyan_outbox_bucket_id ON banyan_outbox (bucket, id);

CREATE TABLE banyan_processed_event (
    consumer     TEXT        NOT NULL,
    event_id     UUID        NOT NULL,
    event_type   TEXT        NOT NULL,
    processed_at TIMESTAMPTZ NOT NULL,
    PRIMARY KEY (consumer, event_id)
);
CREATE INDEX banyan_processed_event_processed_at ON banyan_processed_event (processed_at);
