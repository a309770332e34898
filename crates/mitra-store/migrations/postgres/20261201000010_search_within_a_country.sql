-- A text query within one country. Firms arrive country by country, so a common word's rows in
-- list order can be a whole country's worth of other countries' firms before the first of the
-- one asked for. The word rows also carry their firm's country, and an index on (country,
-- word, seq) reads one country's rows of a word in list order.
-- Also: a country's firms led by women, by young people or by veterans.
ALTER TABLE organization_words ADD COLUMN organization_country TEXT COLLATE "C" NOT NULL DEFAULT '';
UPDATE organization_words SET organization_country = organizations.country
FROM organizations WHERE organizations.seq = organization_words.organization_seq;
CREATE INDEX organization_words_country ON organization_words (organization_country, word, organization_seq);
CREATE OR REPLACE FUNCTION organization_words_sync() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP <> 'INSERT' THEN
        DELETE FROM organization_words WHERE organization_seq = OLD.seq;
    END IF;
    IF TG_OP <> 'DELETE' THEN
        INSERT INTO organization_words (word, organization_seq, organization_country)
        SELECT DISTINCT word, NEW.seq, NEW.country FROM regexp_split_to_table(NEW.search_text, ' ') AS word
        WHERE word <> '';
        INSERT INTO search_vocabulary (word)
        SELECT DISTINCT word FROM regexp_split_to_table(NEW.search_text, ' ') AS word WHERE word <> ''
        ON CONFLICT DO NOTHING;
    END IF;
    RETURN NULL;
END
$$;
DROP TRIGGER organization_words_sync ON organizations;
CREATE TRIGGER organization_words_sync AFTER INSERT OR DELETE OR UPDATE OF search_text, country ON organizations
    FOR EACH ROW EXECUTE FUNCTION organization_words_sync();

CREATE INDEX organizations_country_women_led_seq ON organizations (country, women_led, seq);
CREATE INDEX organizations_country_youth_led_seq ON organizations (country, youth_led, seq);
CREATE INDEX organizations_country_veteran_led_seq ON organizations (country, veteran_led, seq);
