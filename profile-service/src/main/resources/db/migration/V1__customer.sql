-- Basic attributes of each customer as last reported by core banking (bank.customers.v1).
-- Personal identifiers (national id, phone) are not kept here until field encryption lands.
CREATE TABLE customer (
    customer_id             TEXT PRIMARY KEY,
    profile_version         BIGINT        NOT NULL,
    birth_date              DATE          NOT NULL,
    gender                  TEXT          NOT NULL,
    city                    TEXT          NOT NULL,
    city_tier               INT           NOT NULL,
    occupation              TEXT          NOT NULL,
    education               TEXT          NOT NULL,
    marital_status          TEXT          NOT NULL,
    income_monthly          NUMERIC(19,2) NOT NULL,
    kyc_level               INT           NOT NULL,
    join_date               DATE          NOT NULL,
    consent_marketing_email BOOLEAN       NOT NULL,
    consent_marketing_sms   BOOLEAN       NOT NULL,
    consent_marketing_push  BOOLEAN       NOT NULL,
    consent_data_sharing    BOOLEAN       NOT NULL,
    updated_at              TIMESTAMPTZ   NOT NULL
);
