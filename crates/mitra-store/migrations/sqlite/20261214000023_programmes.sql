-- Programmes: what an agency or a partner runs on one channel in a country, grouping
-- opportunities. The baseline year is kept as a column so that the year a firm's recovery is
-- measured against (its first programme's) is read with one join from its partnerships.
-- `archived_at` is there for the shape every record row has; programmes end on a date instead.
CREATE TABLE programmes (
    id            TEXT PRIMARY KEY NOT NULL,
    run_by        TEXT NOT NULL REFERENCES organizations (id),
    channel       TEXT NOT NULL,
    country       TEXT NOT NULL,
    starts_on     TEXT NOT NULL,
    baseline_year BIGINT NOT NULL,
    body          TEXT NOT NULL,
    created_at    TEXT NOT NULL,
    updated_at    TEXT NOT NULL,
    archived_at   TEXT,
    version       BIGINT NOT NULL
);

CREATE INDEX programmes_country ON programmes (country, starts_on);

-- The programme an opportunity is part of, if any.
ALTER TABLE opportunities ADD COLUMN programme_id TEXT REFERENCES programmes (id);
CREATE INDEX opportunities_programme ON opportunities (programme_id);
