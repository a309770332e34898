-- Full-text search. `search_text` now holds the words of a record's name and description as
-- search compares them (lower case, accents removed, one space between words; computed by
-- the application, the same for both backends), and an FTS5 index over it answers text
-- queries instead of a LIKE over every row. The index reads its text from the table and is
-- kept in step by triggers. Rows written before keep their old text until the refresh of
-- derived columns rewrites it, which the cleared note below makes happen at the next start.
CREATE VIRTUAL TABLE organizations_search USING fts5 (
    search_text, content = 'organizations', content_rowid = 'rowid', tokenize = 'unicode61 remove_diacritics 0'
);
CREATE TRIGGER organizations_search_insert AFTER INSERT ON organizations BEGIN
    INSERT INTO organizations_search (rowid, search_text) VALUES (new.rowid, new.search_text);
END;
CREATE TRIGGER organizations_search_delete AFTER DELETE ON organizations BEGIN
    INSERT INTO organizations_search (organizations_search, rowid, search_text) VALUES ('delete', old.rowid, old.search_text);
END;
CREATE TRIGGER organizations_search_update AFTER UPDATE OF search_text ON organizations BEGIN
    INSERT INTO organizations_search (organizations_search, rowid, search_text) VALUES ('delete', old.rowid, old.search_text);
    INSERT INTO organizations_search (rowid, search_text) VALUES (new.rowid, new.search_text);
END;
INSERT INTO organizations_search (organizations_search) VALUES ('rebuild');

CREATE VIRTUAL TABLE opportunities_search USING fts5 (
    search_text, content = 'opportunities', content_rowid = 'rowid', tokenize = 'unicode61 remove_diacritics 0'
);
CREATE TRIGGER opportunities_search_insert AFTER INSERT ON opportunities BEGIN
    INSERT INTO opportunities_search (rowid, search_text) VALUES (new.rowid, new.search_text);
END;
CREATE TRIGGER opportunities_search_delete AFTER DELETE ON opportunities BEGIN
    INSERT INTO opportunities_search (opportunities_search, rowid, search_text) VALUES ('delete', old.rowid, old.search_text);
END;
CREATE TRIGGER opportunities_search_update AFTER UPDATE OF search_text ON opportunities BEGIN
    INSERT INTO opportunities_search (opportunities_search, rowid, search_text) VALUES ('delete', old.rowid, old.search_text);
    INSERT INTO opportunities_search (rowid, search_text) VALUES (new.rowid, new.search_text);
END;
INSERT INTO opportunities_search (opportunities_search) VALUES ('rebuild');

UPDATE leases SET done = NULL WHERE name = 'refresh-filter-columns';
