-- Reports found by month first. Every monthly upload adds a report to every firm: keyed by
-- firm first, each upload wrote into every page of the key, and an upload took longer with
-- each month stored; keyed by month first, an upload's reports (written in firm order) go to
-- the key's end. Reads of one firm's reports ask for each month stored (the cells know them).
-- Nothing refers to a report, and firms are archived rather than deleted, so no index by firm
-- is needed.
CREATE TABLE recovery_reports_keyed_by_month (
    msme_id         TEXT NOT NULL REFERENCES organizations (id),
    month           TEXT NOT NULL,
    status          TEXT NOT NULL,
    body            TEXT NOT NULL,
    version         INTEGER NOT NULL,
    reported_at     TEXT NOT NULL,
    country         TEXT NOT NULL DEFAULT '',
    region_key      TEXT NOT NULL DEFAULT '',
    sector          TEXT NOT NULL DEFAULT '',
    size_class      TEXT NOT NULL DEFAULT '',
    women_led       INTEGER NOT NULL DEFAULT 0,
    youth_led       INTEGER NOT NULL DEFAULT 0,
    partnered       INTEGER NOT NULL DEFAULT 0,
    index_points    BIGINT,
    paid_employees  BIGINT,
    jobs_maintained BIGINT,
    jobs_created    BIGINT
);
INSERT INTO recovery_reports_keyed_by_month
SELECT msme_id, month, status, body, version, reported_at, country, region_key, sector, size_class,
       women_led, youth_led, partnered, index_points, paid_employees, jobs_maintained, jobs_created
FROM recovery_reports ORDER BY month, msme_id;
DROP TABLE recovery_reports;
ALTER TABLE recovery_reports_keyed_by_month RENAME TO recovery_reports;
CREATE UNIQUE INDEX recovery_reports_key ON recovery_reports (month, msme_id);

-- The live organisations counted by kind from an index rather than from their records.
CREATE INDEX organizations_live_kind ON organizations (archived_at, kind);
