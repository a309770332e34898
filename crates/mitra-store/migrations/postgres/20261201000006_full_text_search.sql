-- Full-text search. `search_text` now holds the words of a record's name and description as
-- search compares them (lower case, accents removed, one space between words; computed by
-- the application, the same for both backends). Its words become a tsvector as they are,
-- without PostgreSQL's own parser, so both backends match the same words, and a GIN index
-- answers text queries instead of a LIKE over every row. Rows written before keep their old
-- text until the refresh of derived columns rewrites it, which the cleared note below makes
-- happen at the next start.
ALTER TABLE organizations ADD COLUMN search_vector tsvector
    GENERATED ALWAYS AS (array_to_tsvector(array_remove(string_to_array(search_text, ' '), ''))) STORED;
CREATE INDEX organizations_search ON organizations USING gin (search_vector);
ALTER TABLE opportunities ADD COLUMN search_vector tsvector
    GENERATED ALWAYS AS (array_to_tsvector(array_remove(string_to_array(search_text, ' '), ''))) STORED;
CREATE INDEX opportunities_search ON opportunities USING gin (search_vector);

UPDATE leases SET done = NULL WHERE name = 'refresh-filter-columns';
