-- A text query within one country. Firms arrive country by country, so a common word's matches
-- in list order can be a whole country's worth of other countries' firms before the first of
-- the one asked for. The full-text indexes also index each record's country, so that the index
-- itself intersects the words with the country and yields only the rows asked for, in list
-- order. Text queries name the `search_text` column, so a word never matches a country code.
-- Also: a country's firms led by women, by young people or by veterans.
DROP TRIGGER organizations_search_insert;
DROP TRIGGER organizations_search_delete;
DROP TRIGGER organizations_search_update;
DROP TABLE organizations_search;
CREATE VIRTUAL TABLE organizations_search USING fts5 (
    search_text, country, content = 'organizations', content_rowid = 'seq',
    tokenize = 'unicode61 remove_diacritics 0'
);
CREATE TRIGGER organizations_search_insert AFTER INSERT ON organizations BEGIN
    INSERT INTO organizations_search (rowid, search_text, country) VALUES (new.seq, new.search_text, new.country);
END;
CREATE TRIGGER organizations_search_delete AFTER DELETE ON organizations BEGIN
    INSERT INTO organizations_search (organizations_search, rowid, search_text, country)
    VALUES ('delete', old.seq, old.search_text, old.country);
END;
CREATE TRIGGER organizations_search_update AFTER UPDATE OF search_text, country ON organizations BEGIN
    INSERT INTO organizations_search (organizations_search, rowid, search_text, country)
    VALUES ('delete', old.seq, old.search_text, old.country);
    INSERT INTO organizations_search (rowid, search_text, country) VALUES (new.seq, new.search_text, new.country);
END;
INSERT INTO organizations_search (organizations_search) VALUES ('rebuild');

DROP TRIGGER opportunities_search_insert;
DROP TRIGGER opportunities_search_delete;
DROP TRIGGER opportunities_search_update;
DROP TABLE opportunities_search;
CREATE VIRTUAL TABLE opportunities_search USING fts5 (
    search_text, country, content = 'opportunities', content_rowid = 'seq',
    tokenize = 'unicode61 remove_diacritics 0'
);
CREATE TRIGGER opportunities_search_insert AFTER INSERT ON opportunities BEGIN
    INSERT INTO opportunities_search (rowid, search_text, country) VALUES (new.seq, new.search_text, new.country);
END;
CREATE TRIGGER opportunities_search_delete AFTER DELETE ON opportunities BEGIN
    INSERT INTO opportunities_search (opportunities_search, rowid, search_text, country)
    VALUES ('delete', old.seq, old.search_text, old.country);
END;
CREATE TRIGGER opportunities_search_update AFTER UPDATE OF search_text, country ON opportunities BEGIN
    INSERT INTO opportunities_search (opportunities_search, rowid, search_text, country)
    VALUES ('delete', old.seq, old.search_text, old.country);
    INSERT INTO opportunities_search (rowid, search_text, country) VALUES (new.seq, new.search_text, new.country);
END;
INSERT INTO opportunities_search (opportunities_search) VALUES ('rebuild');

CREATE INDEX organizations_country_women_led_seq ON organizations (country, women_led, seq);
CREATE INDEX organizations_country_youth_led_seq ON organizations (country, youth_led, seq);
CREATE INDEX organizations_country_veteran_led_seq ON organizations (country, veteran_led, seq);
