-- Text queries in list order on PostgreSQL. Its GIN index finds a word's records but not in
-- list order, so the planner either sorts every match or walks the whole list in order hoping
-- to meet matches early, which fails when they cluster (a Mexican bakery word among a million
-- firms that arrived country by country: 0.7 s). Each organisation's distinct search words
-- become rows keyed by (word, seq), kept in step by a trigger, and every word ever seen is in
-- a vocabulary: a query expands its longest word as a prefix through the vocabulary and reads
-- the expansions' rows merged in seq order, stopping after a page; the GIN index still checks
-- every word of the query on the rows read.
CREATE TABLE organization_words (
    word TEXT COLLATE "C" NOT NULL,
    organization_seq BIGINT NOT NULL,
    PRIMARY KEY (word, organization_seq)
);
CREATE INDEX organization_words_seq ON organization_words (organization_seq);
CREATE TABLE search_vocabulary (word TEXT COLLATE "C" PRIMARY KEY);
CREATE FUNCTION organization_words_sync() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP <> 'INSERT' THEN
        DELETE FROM organization_words WHERE organization_seq = OLD.seq;
    END IF;
    IF TG_OP <> 'DELETE' THEN
        INSERT INTO organization_words (word, organization_seq)
        SELECT DISTINCT word, NEW.seq FROM regexp_split_to_table(NEW.search_text, ' ') AS word WHERE word <> '';
        INSERT INTO search_vocabulary (word)
        SELECT DISTINCT word FROM regexp_split_to_table(NEW.search_text, ' ') AS word WHERE word <> ''
        ON CONFLICT DO NOTHING;
    END IF;
    RETURN NULL;
END
$$;
CREATE TRIGGER organization_words_sync AFTER INSERT OR DELETE OR UPDATE OF search_text ON organizations
    FOR EACH ROW EXECUTE FUNCTION organization_words_sync();
INSERT INTO organization_words (word, organization_seq)
SELECT DISTINCT word, organizations.seq
FROM organizations, regexp_split_to_table(organizations.search_text, ' ') AS word
WHERE word <> '';
INSERT INTO search_vocabulary (word) SELECT DISTINCT word FROM organization_words;
