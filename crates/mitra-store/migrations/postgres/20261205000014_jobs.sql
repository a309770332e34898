-- Background jobs that several processes may share: bulk decisions on applications.
--
-- A job is claimed by one process at a time (`claimed_by`, until `lease_until`); a claim that
-- stops being renewed is taken over. Each item is one subject (an application) with its outcome,
-- written in the same transaction as what the job did to it, so a job that is killed resumes at
-- the first item without an outcome and never does one twice.
CREATE TABLE jobs (
    id          TEXT PRIMARY KEY,
    kind        TEXT NOT NULL,
    body        TEXT NOT NULL,
    created_by  TEXT NOT NULL REFERENCES users (id),
    interface   TEXT NOT NULL,
    total       BIGINT NOT NULL,
    done        BIGINT NOT NULL,
    skipped     BIGINT NOT NULL,
    claimed_by  TEXT,
    lease_until TEXT,
    created_at  TEXT NOT NULL,
    finished_at TEXT
);
CREATE INDEX jobs_unfinished ON jobs (finished_at, created_at);

CREATE TABLE job_items (
    job_id     TEXT NOT NULL REFERENCES jobs (id),
    position   BIGINT NOT NULL,
    subject_id TEXT NOT NULL,
    outcome    TEXT,
    detail     TEXT,
    reason     TEXT,
    PRIMARY KEY (job_id, position)
);
CREATE INDEX job_items_pending ON job_items (job_id, outcome, position);
