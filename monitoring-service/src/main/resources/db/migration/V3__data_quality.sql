-- Data quality per topic and UTC day: events seen and events carrying every expected field.
CREATE TABLE quality_daily (
    day       DATE   NOT NULL,
    topic     TEXT   NOT NULL,
    events    BIGINT NOT NULL,
    complete  BIGINT NOT NULL,
    PRIMARY KEY (day, topic)
);
