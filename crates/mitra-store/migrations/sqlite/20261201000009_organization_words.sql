-- Text queries in list order: on PostgreSQL a (word, seq) table beside the GIN index. Nothing
-- to do on SQLite, whose full-text index is keyed by seq and already yields matches in list
-- order (migration 8).
SELECT 1;
