-- Leases: which process runs a piece of background work (such as the daily refresh of the
-- size classes) when several share the database. A holder renews its lease before it expires;
-- `done` notes what the work last completed, so that no other process redoes it.
CREATE TABLE leases (
    name       TEXT PRIMARY KEY NOT NULL,
    holder     TEXT NOT NULL,
    -- RFC 3339 in UTC with six fractional digits, like every stored time.
    expires_at TEXT NOT NULL,
    done       TEXT
);

-- Times were written with as many fractional digits as they had (none to nine), so text order
-- was not always time order. Rewrite them with exactly six, as the store now writes them:
-- 'YYYY-MM-DDTHH:MM:SS' then '.' and the first six fractional digits, padded with zeros, then 'Z'.
UPDATE organizations SET created_at = substr(created_at, 1, 19) || '.' || substr(CASE WHEN substr(created_at, 20, 1) = '.' THEN substr(created_at, 21, length(created_at) - 21) ELSE '' END || '000000', 1, 6) || 'Z' WHERE length(created_at) <> 27;
UPDATE organizations SET updated_at = substr(updated_at, 1, 19) || '.' || substr(CASE WHEN substr(updated_at, 20, 1) = '.' THEN substr(updated_at, 21, length(updated_at) - 21) ELSE '' END || '000000', 1, 6) || 'Z' WHERE length(updated_at) <> 27;
UPDATE organizations SET archived_at = substr(archived_at, 1, 19) || '.' || substr(CASE WHEN substr(archived_at, 20, 1) = '.' THEN substr(archived_at, 21, length(archived_at) - 21) ELSE '' END || '000000', 1, 6) || 'Z' WHERE length(archived_at) <> 27;
UPDATE opportunities SET created_at = substr(created_at, 1, 19) || '.' || substr(CASE WHEN substr(created_at, 20, 1) = '.' THEN substr(created_at, 21, length(created_at) - 21) ELSE '' END || '000000', 1, 6) || 'Z' WHERE length(created_at) <> 27;
UPDATE opportunities SET updated_at = substr(updated_at, 1, 19) || '.' || substr(CASE WHEN substr(updated_at, 20, 1) = '.' THEN substr(updated_at, 21, length(updated_at) - 21) ELSE '' END || '000000', 1, 6) || 'Z' WHERE length(updated_at) <> 27;
UPDATE opportunities SET archived_at = substr(archived_at, 1, 19) || '.' || substr(CASE WHEN substr(archived_at, 20, 1) = '.' THEN substr(archived_at, 21, length(archived_at) - 21) ELSE '' END || '000000', 1, 6) || 'Z' WHERE length(archived_at) <> 27;
