-- Lists at the scale of a national registry read a page in `seq` order and stop after it; a
-- filter that cannot be read in that order sorts every matching row first.
--
-- Industries: each organisation's industry tokens (its ISIC code and every ancestor, its NAICS
-- prefixes marked `n:`, or its unclassified code) become rows of a table keyed by (token,
-- seq), kept in step by triggers, so that an industry filter reads exactly the page it needs
-- in list order instead of a LIKE over every row. Unclassified codes lose their `u:` mark
-- here: an unclassified code is never an ISIC code, so both are looked up by the code alone.
CREATE TABLE organization_industries (
    token TEXT NOT NULL,
    organization_seq INTEGER NOT NULL,
    organization_country TEXT NOT NULL,
    PRIMARY KEY (token, organization_seq)
) WITHOUT ROWID;
CREATE INDEX organization_industries_seq ON organization_industries (organization_seq);
CREATE INDEX organization_industries_country ON organization_industries (organization_country, token, organization_seq);
-- Tokens are ASCII letters, digits, dots and colons (the domain's rule for industry codes), so
-- joining them into a JSON array is safe.
CREATE TRIGGER organization_industries_insert AFTER INSERT ON organizations BEGIN
    INSERT INTO organization_industries (token, organization_seq, organization_country)
    SELECT DISTINCT CASE WHEN substr(value, 1, 2) = 'u:' THEN substr(value, 3) ELSE value END, new.seq, new.country
    FROM json_each('["' || replace(trim(new.industry_path), ' ', '","') || '"]') WHERE value <> '';
END;
CREATE TRIGGER organization_industries_update AFTER UPDATE OF industry_path, country ON organizations BEGIN
    DELETE FROM organization_industries WHERE organization_seq = old.seq;
    INSERT INTO organization_industries (token, organization_seq, organization_country)
    SELECT DISTINCT CASE WHEN substr(value, 1, 2) = 'u:' THEN substr(value, 3) ELSE value END, new.seq, new.country
    FROM json_each('["' || replace(trim(new.industry_path), ' ', '","') || '"]') WHERE value <> '';
END;
CREATE TRIGGER organization_industries_delete AFTER DELETE ON organizations BEGIN
    DELETE FROM organization_industries WHERE organization_seq = old.seq;
END;
INSERT INTO organization_industries (token, organization_seq, organization_country)
SELECT DISTINCT CASE WHEN substr(value, 1, 2) = 'u:' THEN substr(value, 3) ELSE value END, organizations.seq, organizations.country
FROM organizations, json_each('["' || replace(trim(organizations.industry_path), ' ', '","') || '"]')
WHERE value <> '';

-- The table carries each firm's country too, so that a country's firms of one industry are read
-- in list order by themselves (firms arrive country by country, region by region).
--
-- A region without its country; a country's firms of one size class; the ownership flags,
-- which are rare enough (veteran-led) or common enough (women-led) to be read by themselves.
CREATE INDEX organizations_region_seq ON organizations (region_key, seq);
CREATE INDEX organizations_country_size_class_seq ON organizations (country, size_class, seq);
CREATE INDEX organizations_women_led_seq ON organizations (women_led, seq);
CREATE INDEX organizations_youth_led_seq ON organizations (youth_led, seq);
CREATE INDEX organizations_veteran_led_seq ON organizations (veteran_led, seq);

-- Text search: the full-text indexes are keyed by `seq` instead of the table's rowid, so a
-- text query reads its matches from the index in list order and stops after a page (the rowid
-- follows insertion, not `seq`, for rows numbered by migration 4).
DROP TRIGGER organizations_search_insert;
DROP TRIGGER organizations_search_delete;
DROP TRIGGER organizations_search_update;
DROP TABLE organizations_search;
CREATE VIRTUAL TABLE organizations_search USING fts5 (
    search_text, content = 'organizations', content_rowid = 'seq', tokenize = 'unicode61 remove_diacritics 0'
);
CREATE TRIGGER organizations_search_insert AFTER INSERT ON organizations BEGIN
    INSERT INTO organizations_search (rowid, search_text) VALUES (new.seq, new.search_text);
END;
CREATE TRIGGER organizations_search_delete AFTER DELETE ON organizations BEGIN
    INSERT INTO organizations_search (organizations_search, rowid, search_text) VALUES ('delete', old.seq, old.search_text);
END;
CREATE TRIGGER organizations_search_update AFTER UPDATE OF search_text ON organizations BEGIN
    INSERT INTO organizations_search (organizations_search, rowid, search_text) VALUES ('delete', old.seq, old.search_text);
    INSERT INTO organizations_search (rowid, search_text) VALUES (new.seq, new.search_text);
END;
INSERT INTO organizations_search (organizations_search) VALUES ('rebuild');

DROP TRIGGER opportunities_search_insert;
DROP TRIGGER opportunities_search_delete;
DROP TRIGGER opportunities_search_update;
DROP TABLE opportunities_search;
CREATE VIRTUAL TABLE opportunities_search USING fts5 (
    search_text, content = 'opportunities', content_rowid = 'seq', tokenize = 'unicode61 remove_diacritics 0'
);
CREATE TRIGGER opportunities_search_insert AFTER INSERT ON opportunities BEGIN
    INSERT INTO opportunities_search (rowid, search_text) VALUES (new.seq, new.search_text);
END;
CREATE TRIGGER opportunities_search_delete AFTER DELETE ON opportunities BEGIN
    INSERT INTO opportunities_search (opportunities_search, rowid, search_text) VALUES ('delete', old.seq, old.search_text);
END;
CREATE TRIGGER opportunities_search_update AFTER UPDATE OF search_text ON opportunities BEGIN
    INSERT INTO opportunities_search (opportunities_search, rowid, search_text) VALUES ('delete', old.seq, old.search_text);
    INSERT INTO opportunities_search (rowid, search_text) VALUES (new.seq, new.search_text);
END;
INSERT INTO opportunities_search (opportunities_search) VALUES ('rebuild');
