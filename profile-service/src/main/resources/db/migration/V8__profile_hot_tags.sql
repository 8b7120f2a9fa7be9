-- Typed copies of the tags segments use most (tagging.HotTags), one narrow row per customer, so a
-- segment over them scans ~100 bytes per customer instead of the whole JSONB tag map.
CREATE TABLE profile_hot (
    customer_id             TEXT PRIMARY KEY REFERENCES profile (customer_id) ON DELETE CASCADE,
    age                     NUMERIC,
    age_band                TEXT,
    gender                  TEXT,
    city                    TEXT,
    city_tier               NUMERIC,
    income_band             TEXT,
    income_monthly          NUMERIC,
    marital_status          TEXT,
    life_stage              TEXT,
    tenure_months           NUMERIC,
    consent_marketing_email BOOLEAN,
    consent_marketing_sms   BOOLEAN,
    consent_marketing_push  BOOLEAN,
    marketing_contactable   BOOLEAN,
    value_tier              TEXT,
    rfm_segment             TEXT,
    risk_level              TEXT,
    gambling_flag           BOOLEAN,
    salary_detected         BOOLEAN,
    spend_total_amount_90d  NUMERIC,
    balance_avg_90d         NUMERIC,
    digital_active_30d      BOOLEAN,
    dpd_bucket              TEXT,
    estimated_clv           NUMERIC
);

INSERT INTO profile_hot
SELECT customer_id, (tags -> 'age')::numeric, tags ->> 'age_band', tags ->> 'gender', tags ->> 'city',
       (tags -> 'city_tier')::numeric, tags ->> 'income_band', (tags -> 'income_monthly')::numeric,
       tags ->> 'marital_status', tags ->> 'life_stage', (tags -> 'tenure_months')::numeric,
       (tags -> 'consent_marketing_email')::boolean, (tags -> 'consent_marketing_sms')::boolean,
       (tags -> 'consent_marketing_push')::boolean, (tags -> 'marketing_contactable')::boolean,
       tags ->> 'value_tier', tags ->> 'rfm_segment', tags ->> 'risk_level', (tags -> 'gambling_flag')::boolean,
       (tags -> 'salary_detected')::boolean, (tags -> 'spend_total_amount_90d')::numeric,
       (tags -> 'balance_avg_90d')::numeric, (tags -> 'digital_active_30d')::boolean, tags ->> 'dpd_bucket',
       (tags -> 'estimated_clv')::numeric
FROM profile;
