-- Change counters: a row per kind of record whose value is bumped in the same transaction as
-- every change to those records. A server that keeps a catalogue in memory (the recommender)
-- reads one row to learn whether its copy is stale, also when other processes share the
-- database.
CREATE TABLE change_counters (
    name  TEXT PRIMARY KEY NOT NULL,
    value BIGINT NOT NULL
);

INSERT INTO change_counters (name, value) VALUES ('opportunities', 0);
