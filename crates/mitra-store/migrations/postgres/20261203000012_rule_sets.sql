-- Eligibility rule sets: the versions of an opportunity's rules, each applying from a date.
-- A version is never changed once saved (an application records which version judged it);
-- `body` holds its criteria as JSON, as the eligibility crate writes them.
CREATE TABLE rule_sets (
    opportunity_id TEXT NOT NULL REFERENCES opportunities (id),
    version        BIGINT NOT NULL,
    applies_from   TEXT NOT NULL,
    body           TEXT NOT NULL,
    saved_at       TEXT NOT NULL,
    PRIMARY KEY (opportunity_id, version)
);
