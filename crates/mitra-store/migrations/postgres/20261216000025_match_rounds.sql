-- Match rounds: a programme's rounds (the settings of the next run, the publication), every run
-- with the inputs it was solved from and its outcome (so a published round can be solved again
-- from what it stored), and the pairs a published round proposed with each side's answer.
CREATE TABLE match_rounds (
    id           TEXT PRIMARY KEY NOT NULL,
    programme_id TEXT NOT NULL REFERENCES programmes (id),
    body         TEXT NOT NULL,
    created_by   TEXT NOT NULL REFERENCES users (id),
    created_at   TEXT NOT NULL,
    updated_at   TEXT NOT NULL,
    version      BIGINT NOT NULL
);

CREATE INDEX match_rounds_by_programme ON match_rounds (programme_id, created_at);

CREATE TABLE match_runs (
    round_id    TEXT NOT NULL REFERENCES match_rounds (id),
    number      BIGINT NOT NULL,
    job_id      TEXT NOT NULL,
    created_by  TEXT NOT NULL REFERENCES users (id),
    created_at  TEXT NOT NULL,
    finished_at TEXT,
    inputs      TEXT NOT NULL,
    outcome     TEXT,
    PRIMARY KEY (round_id, number)
);

CREATE TABLE match_proposals (
    round_id  TEXT NOT NULL REFERENCES match_rounds (id),
    firm_id   TEXT NOT NULL REFERENCES organizations (id),
    mentor_id TEXT NOT NULL REFERENCES users (id),
    seq       BIGINT NOT NULL,
    deadline  TEXT NOT NULL,
    body      TEXT NOT NULL,
    version   BIGINT NOT NULL,
    PRIMARY KEY (round_id, firm_id)
);

CREATE INDEX match_proposals_by_mentor ON match_proposals (mentor_id);
CREATE INDEX match_proposals_by_firm ON match_proposals (firm_id);
