-- The registry: organisations and the opportunities partners offer.
--
-- Each row keeps the whole validated record as JSON in `body` (the domain types are the schema)
-- and copies the fields that lists filter on into columns with indexes. Timestamps are RFC 3339
-- text in UTC and ids are UUIDv7 text, so that ordering by id is ordering by creation and both
-- backends read the same values.

CREATE TABLE organizations (
    id            TEXT PRIMARY KEY NOT NULL,
    kind          TEXT NOT NULL,
    name          TEXT NOT NULL,
    country       TEXT NOT NULL,
    -- Lower-cased so that "Ashanti" and "ashanti" are one region.
    region_key    TEXT,
    industry_code TEXT,
    -- Space-separated ancestors and prefixes of the industry code with a space at each end,
    -- such as ' C 10 107 1073 ', so that a prefix filter is one LIKE on a token.
    industry_path TEXT NOT NULL,
    size_class    TEXT,
    -- Comma-separated channels with a comma at each end, such as ',resources,training,'.
    channels      TEXT NOT NULL,
    women_led     BOOLEAN NOT NULL,
    youth_led     BOOLEAN NOT NULL,
    veteran_led   BOOLEAN NOT NULL,
    -- Lower-cased name and description for the text query.
    search_text   TEXT NOT NULL,
    body          TEXT NOT NULL,
    created_at    TEXT NOT NULL,
    updated_at    TEXT NOT NULL,
    archived_at   TEXT
);

CREATE INDEX organizations_kind_country ON organizations (kind, country);
CREATE INDEX organizations_country_region ON organizations (country, region_key);
CREATE INDEX organizations_size_class ON organizations (size_class);

CREATE TABLE opportunities (
    id          TEXT PRIMARY KEY NOT NULL,
    partner_id  TEXT NOT NULL REFERENCES organizations (id),
    channel     TEXT NOT NULL,
    country     TEXT NOT NULL,
    -- '|'-separated lower-cased regions with a '|' at each end; '||' when nationwide.
    region_keys TEXT NOT NULL,
    -- Comma-separated language codes with a comma at each end.
    languages   TEXT NOT NULL,
    opens_on    TEXT,
    closes_on   TEXT,
    search_text TEXT NOT NULL,
    body        TEXT NOT NULL,
    created_at  TEXT NOT NULL,
    updated_at  TEXT NOT NULL,
    archived_at TEXT
);

CREATE INDEX opportunities_channel_country ON opportunities (channel, country);
CREATE INDEX opportunities_partner ON opportunities (partner_id);
