-- Referred applications waiting for (or decided by) an analyst. The automatic decision stays in
-- credit_application; the manual one is kept here beside the snapshot the analyst saw.
CREATE TABLE review_case (
    application_id     UUID          PRIMARY KEY,
    customer_id        TEXT          NOT NULL,
    status             TEXT          NOT NULL CHECK (status IN ('OPEN', 'DECIDED')),
    opened_at          TIMESTAMPTZ   NOT NULL,
    referral           JSONB         NOT NULL,   -- what the automatic decision said and why
    manual_decision_id UUID          UNIQUE,
    manual_decision    TEXT          CHECK (manual_decision IN ('APPROVE', 'DECLINE')),
    approved_amount    NUMERIC(19,2),
    interest_rate      NUMERIC(7,4),
    reason_codes       JSONB,
    comment            TEXT,
    reviewer           TEXT,
    decided_at         TIMESTAMPTZ
);
CREATE INDEX review_case_queue ON review_case (status, opened_at);
