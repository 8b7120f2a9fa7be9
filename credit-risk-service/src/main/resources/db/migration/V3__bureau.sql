-- The simulated credit bureau's files (fed by the simulator through the API). A real bureau plugs in
-- behind the CreditBureau interface instead and needs no table.
CREATE TABLE simulated_bureau_file (
    customer_id           TEXT          PRIMARY KEY,
    delinquencies_24m     INT           NOT NULL CHECK (delinquencies_24m >= 0),
    inquiries_6m          INT           NOT NULL CHECK (inquiries_6m >= 0),
    external_loans        INT           NOT NULL CHECK (external_loans >= 0),
    external_debt_monthly NUMERIC(19,2) NOT NULL CHECK (external_debt_monthly >= 0),
    oldest_account_months INT           NOT NULL CHECK (oldest_account_months >= 0),
    updated_at            TIMESTAMPTZ   NOT NULL DEFAULT now()
);
