-- Per consumer and topic: how many distinct events arrived and when the last one did
-- (data freshness as each service sees it). Written idempotently with the processed-event ledger.
CREATE TABLE banyan_topic_intake (
    consumer         TEXT        NOT NULL,
    topic            TEXT        NOT NULL,
    events_total     BIGINT      NOT NULL,
    last_event_id    UUID        NOT NULL,
    last_occurred_at TIMESTAMPTZ NOT NULL,
    last_received_at TIMESTAMPTZ NOT NULL,
    PRIMARY KEY (consumer, topic)
);
