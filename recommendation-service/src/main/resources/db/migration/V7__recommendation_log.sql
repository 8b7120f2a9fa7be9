-- Every offer served in real time, under the id the client sends back with its feedback: feedback is
-- attributed to the customer, product, channel, strategy and experiment variant recorded here.
CREATE TABLE recommendation (
    recommendation_id uuid PRIMARY KEY,
    customer_id       text        NOT NULL,
    product_id        text        NOT NULL,
    channel           text        NOT NULL,
    rank              smallint    NOT NULL,
    score             real        NOT NULL,
    reason            text        NOT NULL,
    strategy          text        NOT NULL,
    experiment_id     text,
    variant           text,
    served_at         timestamptz NOT NULL
);

CREATE INDEX recommendation_served_at_idx ON recommendation (served_at);
