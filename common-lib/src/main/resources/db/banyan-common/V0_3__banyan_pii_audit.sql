-- Append-only audit of every unmasked read of personal data: who, what, when, under which request.
-- The trigger makes the log immutable through any connection the application uses.
CREATE TABLE banyan_pii_audit (
    id                  BIGSERIAL PRIMARY KEY,
    occurred_at         TIMESTAMPTZ NOT NULL DEFAULT now(),
    actor               TEXT        NOT NULL,
    actor_roles         TEXT        NOT NULL,
    subject_customer_id TEXT        NOT NULL,
    fields              TEXT        NOT NULL,
    request_id          TEXT,
    method              TEXT        NOT NULL,
    path                TEXT        NOT NULL
);
CREATE INDEX banyan_pii_audit_subject ON banyan_pii_audit (subject_customer_id, occurred_at);

CREATE FUNCTION banyan_pii_audit_is_append_only() RETURNS trigger AS $$
BEGIN
    RAISE EXCEPTION 'banyan_pii_audit is append-only: % refused', TG_OP;
END;
$$ LANGUAGE plpgsql;

CREATE TRIGGER banyan_pii_audit_no_update_delete
    BEFORE UPDATE OR DELETE ON banyan_pii_audit
    FOR EACH ROW EXECUTE FUNCTION banyan_pii_audit_is_append_only();
CREATE TRIGGER banyan_pii_audit_no_truncate
    BEFORE TRUNCATE ON banyan_pii_audit
    FOR EACH STATEMENT EXECUTE FUNCTION banyan_pii_audit_is_append_only();
