-- Each firm's partnerships: the opportunity a partner approved it for, on which channel, and
-- the first month it counted as partnered for it. The dashboards' "partnered" column says
-- whether a report's month came after any of them; the impact estimate reads the entry month
-- per channel from here. Filled from the approvals already in the applications' histories.
CREATE TABLE recovery_partnerships (
    msme_id        TEXT NOT NULL,
    opportunity_id TEXT NOT NULL,
    channel        TEXT NOT NULL,
    since          TEXT NOT NULL,
    PRIMARY KEY (msme_id, opportunity_id)
);

CREATE INDEX recovery_partnerships_by_channel ON recovery_partnerships (channel, msme_id);

INSERT INTO recovery_partnerships (msme_id, opportunity_id, channel, since)
SELECT a.msme_id, a.opportunity_id, COALESCE(json_extract(o.body, '$.channel'), ''),
       MIN(substr(json_extract(step.value, '$.at'), 1, 7) || '-01')
FROM applications a
JOIN opportunities o ON o.id = a.opportunity_id,
     json_each(a.body, '$.history') step
WHERE json_extract(step.value, '$.status') = 'approved'
GROUP BY a.msme_id, a.opportunity_id, json_extract(o.body, '$.channel');
