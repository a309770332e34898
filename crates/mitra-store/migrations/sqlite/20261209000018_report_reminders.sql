-- The reminders sent for missing monthly reports: a firm is reminded of a month once, however
-- often a manager asks.
CREATE TABLE recovery_reminders (
    msme_id TEXT NOT NULL,
    month   TEXT NOT NULL,
    sent_at TEXT NOT NULL,
    PRIMARY KEY (msme_id, month)
);
