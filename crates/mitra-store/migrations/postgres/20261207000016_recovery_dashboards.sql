-- What dashboards count of each report, fixed when it is stored: the groups the firm was in
-- then (country, lower-cased region, ISIC section, size class, ownership, whether it had been
-- approved for an opportunity by that month) and its measures against the baseline (the
-- recovery index in basis points, paid employees, jobs maintained and created). Empty text and
-- 0 stand for "unknown" in the group columns, so that they can be part of a key.
ALTER TABLE recovery_reports ADD COLUMN country TEXT NOT NULL DEFAULT '';
ALTER TABLE recovery_reports ADD COLUMN region_key TEXT NOT NULL DEFAULT '';
ALTER TABLE recovery_reports ADD COLUMN sector TEXT NOT NULL DEFAULT '';
ALTER TABLE recovery_reports ADD COLUMN size_class TEXT NOT NULL DEFAULT '';
ALTER TABLE recovery_reports ADD COLUMN women_led INTEGER NOT NULL DEFAULT 0;
ALTER TABLE recovery_reports ADD COLUMN youth_led INTEGER NOT NULL DEFAULT 0;
ALTER TABLE recovery_reports ADD COLUMN partnered INTEGER NOT NULL DEFAULT 0;
ALTER TABLE recovery_reports ADD COLUMN index_points BIGINT;
ALTER TABLE recovery_reports ADD COLUMN paid_employees BIGINT;
ALTER TABLE recovery_reports ADD COLUMN jobs_maintained BIGINT;
ALTER TABLE recovery_reports ADD COLUMN jobs_created BIGINT;

-- The reports summed per month and group: every change of a report takes its old
-- contribution out of its cell and puts the new one in, in the same transaction, so that a
-- dashboard reads a few thousand cells instead of millions of reports and never disagrees
-- with them. A cell whose reports fall to zero is deleted.
CREATE TABLE recovery_cells (
    month              TEXT NOT NULL,
    country            TEXT NOT NULL,
    region_key         TEXT NOT NULL,
    sector             TEXT NOT NULL,
    size_class         TEXT NOT NULL,
    women_led          INTEGER NOT NULL,
    youth_led          INTEGER NOT NULL,
    partnered          INTEGER NOT NULL,
    reports            BIGINT NOT NULL,
    operating          BIGINT NOT NULL,
    reduced_operations BIGINT NOT NULL,
    temporarily_closed BIGINT NOT NULL,
    permanently_closed BIGINT NOT NULL,
    indexed            BIGINT NOT NULL,
    index_points       BIGINT NOT NULL,
    staffed            BIGINT NOT NULL,
    paid_employees     BIGINT NOT NULL,
    jobs_counted       BIGINT NOT NULL,
    jobs_maintained    BIGINT NOT NULL,
    jobs_created       BIGINT NOT NULL,
    PRIMARY KEY (month, country, region_key, sector, size_class, women_led, youth_led, partnered)
);
