-- The partnered reports summed per month, group and partnership, as `recovery_cells` sums all
-- of them: a report is counted once for each opportunity its firm had taken part in by the
-- report's month (the partnership's `since`), with that partnership's channel, so that the
-- dashboards split by channel, partner and opportunity read a few cells too. A firm that took
-- part in two opportunities counts in both. Moved in the same transaction as every report and
-- partnership; a cell whose reports fall to zero is deleted.
CREATE TABLE recovery_partner_cells (
    month              TEXT NOT NULL,
    opportunity_id     TEXT NOT NULL,
    channel            TEXT NOT NULL,
    country            TEXT NOT NULL,
    region_key         TEXT NOT NULL,
    sector             TEXT NOT NULL,
    size_class         TEXT NOT NULL,
    women_led          INTEGER NOT NULL,
    youth_led          INTEGER NOT NULL,
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
    PRIMARY KEY (month, opportunity_id, channel, country, region_key, sector, size_class, women_led, youth_led)
);

INSERT INTO recovery_partner_cells
SELECT r.month, p.opportunity_id, p.channel, r.country, r.region_key, r.sector, r.size_class,
       r.women_led, r.youth_led,
       COUNT(*),
       SUM(CASE WHEN r.status = 'operating' THEN 1 ELSE 0 END),
       SUM(CASE WHEN r.status = 'reduced_operations' THEN 1 ELSE 0 END),
       SUM(CASE WHEN r.status = 'temporarily_closed' THEN 1 ELSE 0 END),
       SUM(CASE WHEN r.status = 'permanently_closed' THEN 1 ELSE 0 END),
       SUM(CASE WHEN r.index_points IS NULL THEN 0 ELSE 1 END),
       SUM(COALESCE(r.index_points, 0)),
       SUM(CASE WHEN r.paid_employees IS NULL THEN 0 ELSE 1 END),
       SUM(COALESCE(r.paid_employees, 0)),
       SUM(CASE WHEN r.jobs_maintained IS NULL THEN 0 ELSE 1 END),
       SUM(COALESCE(r.jobs_maintained, 0)),
       SUM(COALESCE(r.jobs_created, 0))
FROM recovery_reports r
JOIN recovery_partnerships p ON p.msme_id = r.msme_id AND p.since <= r.month
GROUP BY r.month, p.opportunity_id, p.channel, r.country, r.region_key, r.sector, r.size_class,
         r.women_led, r.youth_led;
