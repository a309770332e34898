-- Mentoring sessions: what the mentor of a confirmed pair logs after each meeting, one a day per
-- pair, with the mentee's word on it in the body.
CREATE TABLE mentoring_sessions (
    id        TEXT PRIMARY KEY NOT NULL,
    round_id  TEXT NOT NULL REFERENCES match_rounds (id),
    firm_id   TEXT NOT NULL REFERENCES organizations (id),
    mentor_id TEXT NOT NULL REFERENCES users (id),
    held_on   TEXT NOT NULL,
    body      TEXT NOT NULL,
    version   BIGINT NOT NULL
);

CREATE UNIQUE INDEX mentoring_sessions_by_pair ON mentoring_sessions (round_id, firm_id, held_on);
