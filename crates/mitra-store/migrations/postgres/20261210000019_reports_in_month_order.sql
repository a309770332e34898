-- The live organisations counted by kind from an index rather than from their records. (On
-- SQLite this migration also keys the reports by month first, for uploads that take as long
-- in the 24th month as in the first; PostgreSQL keeps both of its keys, firm and month.)
CREATE INDEX organizations_live_kind ON organizations (archived_at, kind);
