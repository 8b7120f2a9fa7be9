-- Every trained model version: candidate models (item-item similarities, popularity) and propensity
-- models (xgboost, UBJ bytes), with the features they read and their hold-out metrics. Instances load
-- the newest version of each kind, so all of them serve the same model.
CREATE TABLE model_version (
    kind       text        NOT NULL,
    model_key  text        NOT NULL,
    version    integer     NOT NULL,
    trained_at timestamptz NOT NULL,
    features   jsonb       NOT NULL DEFAULT '[]',
    metrics    jsonb       NOT NULL DEFAULT '{}',
    artifact   bytea       NOT NULL,
    PRIMARY KEY (kind, model_key, version)
);
