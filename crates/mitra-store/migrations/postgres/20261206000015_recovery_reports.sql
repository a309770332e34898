-- Recovery reports: what a firm says of one month, one report per firm and month (a later
-- report of the same month replaces it, and its version moves on). `month` is the first day
-- of the month (YYYY-MM-01), so text order is month order; the report is kept whole in `body`.
CREATE TABLE recovery_reports (
    msme_id     TEXT NOT NULL REFERENCES organizations (id),
    month       TEXT NOT NULL,
    status      TEXT NOT NULL,
    body        TEXT NOT NULL,
    version     BIGINT NOT NULL,
    reported_at TEXT NOT NULL,
    PRIMARY KEY (msme_id, month)
);
CREATE INDEX recovery_reports_by_month ON recovery_reports (month, msme_id);
