-- The product catalogue: what may be offered, to whom (eligibility), where (channels) and when (validity).
CREATE TABLE product (
    product_id            text PRIMARY KEY,
    name                  text        NOT NULL,
    type                  text        NOT NULL,
    risk_level            smallint CHECK (risk_level BETWEEN 1 AND 5),
    min_age               smallint,
    max_age               smallint,
    min_monthly_income    numeric(19, 2),
    min_kyc_level         smallint,
    required_credit_grade text,
    channels              text[]      NOT NULL,
    valid_from            timestamptz,
    valid_until           timestamptz,
    status                text        NOT NULL,
    interest_signals      jsonb       NOT NULL DEFAULT '[]',
    description           text,
    version               integer     NOT NULL,
    created_at            timestamptz NOT NULL,
    updated_at            timestamptz NOT NULL,
    CHECK ((type = 'WEALTH') = (risk_level IS NOT NULL))
);

CREATE INDEX product_type_idx ON product (type, product_id);
