-- Every loan application with its automatic decision: the form (contact details are kept only as link
-- hashes, see application_link), the features it was decided on, the rules that fired under which rule
-- set, the champion's score and explanation, the offer, and the response as first given (replayed for
-- a repeated Idempotency-Key).
CREATE TABLE credit_application (
    application_id      UUID          PRIMARY KEY,
    customer_id         TEXT          NOT NULL,
    submitted_at        TIMESTAMPTZ   NOT NULL,
    channel             TEXT,
    request             JSONB         NOT NULL,
    requested_amount    NUMERIC(19,2) NOT NULL,
    term_months         INT           NOT NULL,
    decision_id         UUID          NOT NULL UNIQUE,
    decision            TEXT          NOT NULL CHECK (decision IN ('APPROVE', 'DECLINE', 'REFER')),
    pd                  DOUBLE PRECISION NOT NULL,
    score               INT           NOT NULL,
    grade               TEXT          NOT NULL,
    approved_amount     NUMERIC(19,2),
    interest_rate       NUMERIC(7,4),
    monthly_installment NUMERIC(19,2),
    reasons             JSONB         NOT NULL,
    rules_fired         JSONB         NOT NULL,
    rule_set_version    INT           NOT NULL,
    model_version       TEXT          NOT NULL,
    features            JSONB         NOT NULL,
    explanation         JSONB         NOT NULL,
    response            JSONB         NOT NULL,
    processing_millis   INT           NOT NULL,
    idempotency_scope   TEXT,
    idempotency_key     TEXT,
    request_hash        TEXT          NOT NULL
);
CREATE UNIQUE INDEX credit_application_idempotency ON credit_application (idempotency_scope, idempotency_key)
    WHERE idempotency_key IS NOT NULL;
CREATE INDEX credit_application_customer ON credit_application (customer_id, submitted_at DESC);
