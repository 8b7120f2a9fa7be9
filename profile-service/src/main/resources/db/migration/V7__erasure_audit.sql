-- Append-only record of every erasure: who asked, under which request, what was removed.
CREATE TABLE erasure_audit (
    id                    BIGSERIAL   PRIMARY KEY,
    customer_id           TEXT        NOT NULL,
    erased_at             TIMESTAMPTZ NOT NULL DEFAULT now(),
    actor                 TEXT        NOT NULL,
    actor_roles           TEXT        NOT NULL,
    request_id            TEXT,
    tags_removed          INT         NOT NULL,
    personal_data_removed BOOLEAN     NOT NULL
);

CREATE FUNCTION erasure_audit_is_append_only() RETURNS trigger AS $$
BEGIN
    RAISE EXCEPTION 'erasure_audit is append-only: % refused', TG_OP;
END;
$$ LANGUAGE plpgsql;

CREATE TRIGGER erasure_audit_no_update_delete
    BEFORE UPDATE OR DELETE ON erasure_audit
    FOR EACH ROW EXECUTE FUNCTION erasure_audit_is_append_only();
