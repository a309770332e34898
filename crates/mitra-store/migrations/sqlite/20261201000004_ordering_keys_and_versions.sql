-- Ordering keys and versions.
--
-- `seq` orders lists and cursors. It is taken from a counter row that stays locked until the
-- inserting transaction commits, so keys are handed out in commit order: a reader paging by
-- cursor while others insert never skips a record (ids, made before the lock, did not follow
-- commit order across processes).
--
-- `version` moves by one with every change of content or archive state, so that a client can
-- change a record only while it is still at the version it read (If-Match).

ALTER TABLE organizations ADD COLUMN seq BIGINT;
ALTER TABLE organizations ADD COLUMN version BIGINT NOT NULL DEFAULT 1;
ALTER TABLE opportunities ADD COLUMN seq BIGINT;
ALTER TABLE opportunities ADD COLUMN version BIGINT NOT NULL DEFAULT 1;

-- Existing records keep their id order.
UPDATE organizations SET seq = numbered.n
FROM (SELECT id, row_number() OVER (ORDER BY id) AS n FROM organizations) AS numbered
WHERE organizations.id = numbered.id;
UPDATE opportunities SET seq = numbered.n
FROM (SELECT id, row_number() OVER (ORDER BY id) AS n FROM opportunities) AS numbered
WHERE opportunities.id = numbered.id;

CREATE UNIQUE INDEX organizations_seq ON organizations (seq);
CREATE UNIQUE INDEX opportunities_seq ON opportunities (seq);

INSERT INTO change_counters (name, value) SELECT 'organizations.seq', COALESCE(MAX(seq), 0) FROM organizations;
INSERT INTO change_counters (name, value) SELECT 'opportunities.seq', COALESCE(MAX(seq), 0) FROM opportunities;
