-- Applications from MSMEs to opportunities, what each opportunity has given out, the rubric
-- its applications are scored by, and the reviewers' scores.
--
-- An application is stored whole as JSON in `body`, with its state and the keys lists read
-- copied into columns. One firm applies once to one opportunity. `seq` orders lists in commit
-- order (from the counter `applications.seq`), and `status_seq`, taken from the same counter at
-- each change of state, orders a waitlist in the order applications joined it, whichever
-- server's clock wrote them.
CREATE TABLE applications (
    id             TEXT PRIMARY KEY,
    seq            BIGINT NOT NULL UNIQUE,
    opportunity_id TEXT NOT NULL REFERENCES opportunities (id),
    msme_id        TEXT NOT NULL REFERENCES organizations (id),
    status         TEXT NOT NULL,
    status_seq     BIGINT NOT NULL,
    body           TEXT NOT NULL,
    version        BIGINT NOT NULL,
    created_at     TEXT NOT NULL,
    updated_at     TEXT NOT NULL,
    UNIQUE (opportunity_id, msme_id)
);
CREATE INDEX applications_by_opportunity ON applications (opportunity_id, status, seq);
CREATE INDEX applications_waiting ON applications (opportunity_id, status, status_seq);
CREATE INDEX applications_by_msme ON applications (msme_id, seq);
CREATE INDEX applications_by_status ON applications (status, seq);
INSERT INTO change_counters (name, value) VALUES ('applications.seq', 0);

-- What an opportunity has given out: approved applications and the sum of their amounts
-- (decimal text in the opportunity's currency), changed only under the opportunity's lock.
CREATE TABLE opportunity_uptake (
    opportunity_id TEXT PRIMARY KEY REFERENCES opportunities (id),
    seats          BIGINT NOT NULL,
    amount         TEXT,
    currency       TEXT
);

CREATE TABLE rubrics (
    opportunity_id TEXT PRIMARY KEY REFERENCES opportunities (id),
    body           TEXT NOT NULL,
    saved_at       TEXT NOT NULL
);

-- One reviewer's scores, comment or declared conflict of interest on one application.
CREATE TABLE reviews (
    application_id TEXT NOT NULL REFERENCES applications (id),
    reviewer_id    TEXT NOT NULL REFERENCES users (id),
    conflict       BOOLEAN NOT NULL,
    body           TEXT NOT NULL,
    at             TEXT NOT NULL,
    PRIMARY KEY (application_id, reviewer_id)
);
CREATE INDEX reviews_by_reviewer ON reviews (reviewer_id);
