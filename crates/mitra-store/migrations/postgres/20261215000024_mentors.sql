-- Mentors are people: a user with the mentor role keeps one profile (what they know, the
-- languages, where, how many mentees at once, whether they take new ones), and programmes draw
-- on pools of them.
CREATE TABLE mentor_profiles (
    user_id    TEXT PRIMARY KEY NOT NULL REFERENCES users (id),
    body       TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    version    BIGINT NOT NULL
);

CREATE TABLE programme_mentors (
    programme_id TEXT NOT NULL REFERENCES programmes (id),
    user_id      TEXT NOT NULL REFERENCES users (id),
    added_at     TEXT NOT NULL,
    PRIMARY KEY (programme_id, user_id)
);

CREATE INDEX programme_mentors_by_user ON programme_mentors (user_id);
