-- Every contact with a customer about a product and what they did with it: campaign messages sent,
-- offers shown (impressions), clicks, conversions and dismissals. Frequency caps, cool-downs, experiment
-- results, campaign reports and propensity training all read it. Events keep the eventId they travel
-- under on marketing.feedback.v1, so an event this service published and later consumes counts once.
CREATE TABLE contact_event (
    event_id          uuid PRIMARY KEY,
    customer_id       text        NOT NULL,
    product_id        text        NOT NULL,
    channel           text        NOT NULL,
    action            text        NOT NULL,
    recommendation_id uuid,
    campaign_id       text,
    experiment_id     text,
    variant           text,
    occurred_at       timestamptz NOT NULL
);

-- One event of each action per recommendation, and per campaign message: a repeated click is one click.
CREATE UNIQUE INDEX contact_event_recommendation_uq ON contact_event (recommendation_id, action)
    WHERE recommendation_id IS NOT NULL;
CREATE UNIQUE INDEX contact_event_campaign_uq ON contact_event (campaign_id, customer_id, action)
    WHERE campaign_id IS NOT NULL;
CREATE INDEX contact_event_customer_idx ON contact_event (customer_id, occurred_at);
CREATE INDEX contact_event_experiment_idx ON contact_event (experiment_id, variant) WHERE experiment_id IS NOT NULL;
CREATE INDEX contact_event_time_idx ON contact_event (occurred_at);
