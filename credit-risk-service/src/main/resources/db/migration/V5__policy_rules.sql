-- Policy rules are data: each edit through the API writes a new numbered rule set, the highest one
-- applies, and every decision records the version it was made under.
CREATE TABLE policy_rule_set (
    version    INT         PRIMARY KEY,
    created_by TEXT        NOT NULL,
    comment    TEXT,
    created_at TIMESTAMPTZ NOT NULL DEFAULT now()
);

CREATE TABLE policy_rule (
    rule_set_version INT  NOT NULL REFERENCES policy_rule_set (version),
    position         INT  NOT NULL,
    code             TEXT NOT NULL,
    description      TEXT NOT NULL,
    expression       TEXT NOT NULL,   -- Spring Expression Language, read-only data binding (docs/credit-decisioning.md)
    action           TEXT NOT NULL CHECK (action IN ('DECLINE', 'REFER')),
    reason_code      TEXT NOT NULL,
    reason_text      TEXT NOT NULL,
    PRIMARY KEY (rule_set_version, code)
);

-- The bank's internal block list (feature "blacklisted").
CREATE TABLE blocked_customer (
    customer_id TEXT        PRIMARY KEY,
    reason      TEXT        NOT NULL,
    added_by    TEXT        NOT NULL,
    added_at    TIMESTAMPTZ NOT NULL DEFAULT now()
);

INSERT INTO policy_rule_set (version, created_by, comment) VALUES (1, 'system', 'initial policy');
INSERT INTO policy_rule (rule_set_version, position, code, description, expression, action, reason_code, reason_text) VALUES
 (1, 1, 'MIN_AGE', 'Applicants must be adults', 'age < 18', 'DECLINE', 'P01',
  'Applicant is below the minimum age'),
 (1, 2, 'BLOCKED', 'Customers on the internal block list', 'blacklisted', 'DECLINE', 'P02',
  'Customer is on the bank''s internal block list'),
 (1, 3, 'NO_INCOME', 'Nothing to repay from', 'monthly_income <= 0', 'DECLINE', 'P03',
  'No income to repay the loan from'),
 (1, 4, 'AFFORDABILITY', 'Debt service over 60% of income', 'debt_to_income > 0.6', 'DECLINE', 'P04',
  'Repayments would take more than 60% of income'),
 (1, 5, 'PREVIOUS_DEFAULT', 'Defaulted here before', 'previous_default > 0', 'DECLINE', 'P05',
  'Previous default on a loan at this bank'),
 (1, 6, 'BUREAU_DELINQUENT', 'Three or more missed payments elsewhere in 24 months',
  'bureau_delinquencies_24m != null and bureau_delinquencies_24m >= 3', 'DECLINE', 'P06',
  'Repeated missed payments reported by the credit bureau'),
 (1, 7, 'LINKED_RING', 'Contact details shared with five or more other customers', 'linked_customers >= 5',
  'DECLINE', 'P07', 'Contact details are shared with many other applicants'),
 (1, 8, 'LINKED_GROUP', 'Contact details shared with two or more other customers', 'linked_customers >= 2',
  'REFER', 'P08', 'Contact details are shared with other applicants'),
 (1, 9, 'LINKED_DEFAULTS', 'Linked to customers who defaulted or applications declined',
  'linked_defaulted_customers >= 1 or linked_declined_applications >= 2', 'REFER', 'P09',
  'Linked to applicants who defaulted or were declined'),
 (1, 10, 'BUREAU_UNAVAILABLE', 'The bureau could not be asked', '!bureau_available', 'REFER', 'P10',
  'Credit bureau could not be reached'),
 (1, 11, 'MANY_INQUIRIES', 'Six or more credit applications elsewhere in six months',
  'bureau_inquiries_6m != null and bureau_inquiries_6m >= 6', 'REFER', 'P11',
  'Many recent applications for credit'),
 (1, 12, 'AGE_AT_MATURITY', 'Loan runs past the 75th year', 'age + term_months / 12.0 > 75', 'REFER', 'P12',
  'Loan would run beyond the usual age limit'),
 (1, 13, 'AMOUNT_TO_INCOME', 'Amount above five years of income', 'loan_to_income > 5', 'REFER', 'P13',
  'Amount requested is very large relative to income');
