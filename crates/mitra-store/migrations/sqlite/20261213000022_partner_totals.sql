-- The partner cells summed over everything but the month, the partnership and the country:
-- the dashboards of partnerships that split or narrow by nothing finer (by channel, partner or
-- opportunity, in a country or all) read a few cells per month and opportunity rather than
-- hundreds. Moved in the same transactions as the partner cells.
CREATE TABLE recovery_partner_totals (
    month              TEXT NOT NULL,
    opportunity_id     TEXT NOT NULL,
    channel            TEXT NOT NULL,
    partner_id         TEXT NOT NULL,
    country            TEXT NOT NULL,
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
    PRIMARY KEY (month, opportunity_id, channel, partner_id, country)
);

INSERT INTO recovery_partner_totals
SELECT month, opportunity_id, channel, partner_id, country, SUM(reports), SUM(operating),
       SUM(reduced_operations), SUM(temporarily_closed), SUM(permanently_closed), SUM(indexed),
       SUM(index_points), SUM(staffed), SUM(paid_employees), SUM(jobs_counted),
       SUM(jobs_maintained), SUM(jobs_created)
FROM recovery_partner_cells
GROUP BY month, opportunity_id, channel, partner_id, country;
