-- What customers did with products: app views and applications, clicks and conversions from feedback,
-- and bulk-loaded history (holdings, years of interactions). Collaborative filtering learns from it;
-- HOLDING and CONVERSION rows also say what a customer already has.
CREATE TABLE interaction (
    customer_id text        NOT NULL,
    product_id  text        NOT NULL,
    kind        text        NOT NULL,
    strength    real        NOT NULL CHECK (strength > 0),
    occurred_at timestamptz NOT NULL,
    source      text        NOT NULL
);

CREATE INDEX interaction_customer_idx ON interaction (customer_id, product_id);
