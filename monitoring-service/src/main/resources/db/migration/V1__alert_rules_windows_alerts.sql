-- Alert rules are data: one row per rule, the current version; every saved version is kept.
CREATE TABLE alert_rule (
    name            TEXT PRIMARY KEY,
    version         INT         NOT NULL,
    kind            TEXT        NOT NULL,
    topic           TEXT,
    condition       TEXT        NOT NULL,
    value_field     TEXT,
    window_seconds  BIGINT      NOT NULL DEFAULT 0,
    threshold       NUMERIC(19,4) NOT NULL DEFAULT 1,
    requires        TEXT,
    severity        TEXT        NOT NULL,
    dedupe_seconds  BIGINT      NOT NULL,
    enabled         BOOLEAN     NOT NULL,
    updated_at      TIMESTAMPTZ NOT NULL
);

CREATE TABLE alert_rule_version (
    name        TEXT        NOT NULL,
    version     INT         NOT NULL,
    definition  TEXT        NOT NULL,
    saved_by    TEXT,
    saved_at    TIMESTAMPTZ NOT NULL,
    PRIMARY KEY (name, version)
);

-- Sliding-window state: the events that matched a windowed rule, keyed on the event id so a
-- replayed event is counted once; windows are evaluated on event time, so they survive restarts.
CREATE TABLE window_event (
    rule_name   TEXT          NOT NULL,
    subject     TEXT          NOT NULL,
    event_id    UUID          NOT NULL,
    occurred_at TIMESTAMPTZ   NOT NULL,
    value       NUMERIC(19,4) NOT NULL,
    PRIMARY KEY (rule_name, event_id)
);
CREATE INDEX window_event_subject ON window_event (rule_name, subject, occurred_at);

-- Per-subject state of absence and change rules: last matching event and its value.
CREATE TABLE subject_state (
    rule_name    TEXT          NOT NULL,
    subject      TEXT          NOT NULL,
    last_seen    TIMESTAMPTZ   NOT NULL,
    last_value   NUMERIC(19,4),
    seen_count   BIGINT        NOT NULL,
    absent_alerted_for TIMESTAMPTZ,
    PRIMARY KEY (rule_name, subject)
);

CREATE TABLE alert (
    alert_id     UUID PRIMARY KEY,
    rule_name    TEXT        NOT NULL,
    rule_version INT         NOT NULL,
    subject      TEXT        NOT NULL,
    severity     TEXT        NOT NULL,
    status       TEXT        NOT NULL,
    count        INT         NOT NULL,
    summary      TEXT,
    assignee     TEXT,
    first_seen   TIMESTAMPTZ NOT NULL,
    last_seen    TIMESTAMPTZ NOT NULL,
    created_at   TIMESTAMPTZ NOT NULL,
    updated_at   TIMESTAMPTZ NOT NULL,
    escalated_at TIMESTAMPTZ
);
CREATE INDEX alert_rule_subject ON alert (rule_name, subject, last_seen);
CREATE INDEX alert_status ON alert (status, created_at);

CREATE TABLE alert_history (
    id          BIGSERIAL PRIMARY KEY,
    alert_id    UUID        NOT NULL REFERENCES alert (alert_id),
    at          TIMESTAMPTZ NOT NULL,
    action      TEXT        NOT NULL,
    actor       TEXT,
    from_status TEXT,
    to_status   TEXT,
    note        TEXT
);
CREATE INDEX alert_history_alert ON alert_history (alert_id, id);
