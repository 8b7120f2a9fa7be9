-- Custom tags: expressions over other tags that analysts add, version and retire at run time.
-- Built-in tags live in code (catalog.BuiltInTags); only the custom ones are data.
CREATE TABLE custom_tag (
    code            TEXT        PRIMARY KEY,
    seq             BIGSERIAL   NOT NULL UNIQUE,  -- creation order: a tag may only read tags created before it
    name_en         TEXT        NOT NULL,
    name_zh         TEXT        NOT NULL,
    dimension       TEXT        NOT NULL,
    value_type      TEXT        NOT NULL,
    owner           TEXT        NOT NULL,
    description     TEXT        NOT NULL,
    status          TEXT        NOT NULL,
    current_version INT         NOT NULL,
    created_at      TIMESTAMPTZ NOT NULL DEFAULT now(),
    updated_at      TIMESTAMPTZ NOT NULL DEFAULT now()
);

CREATE TABLE custom_tag_version (
    code        TEXT        NOT NULL REFERENCES custom_tag (code),
    version     INT         NOT NULL,
    expression  TEXT        NOT NULL,
    description TEXT        NOT NULL,
    created_by  TEXT        NOT NULL,
    created_at  TIMESTAMPTZ NOT NULL DEFAULT now(),
    PRIMARY KEY (code, version)
);
