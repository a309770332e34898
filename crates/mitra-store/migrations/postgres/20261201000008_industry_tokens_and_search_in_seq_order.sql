-- Lists at the scale of a national registry read a page in `seq` order and stop after it; a
-- filter that cannot be read in that order sorts every matching row first.
--
-- Industries: each organisation's industry tokens (its ISIC code and every ancestor, its NAICS
-- prefixes marked `n:`, or its unclassified code) become rows of a table keyed by (token,
-- seq), kept in step by a trigger, so that an industry filter reads exactly the page it needs
-- in list order instead of a LIKE over every row. Unclassified codes lose their `u:` mark
-- here: an unclassified code is never an ISIC code, so both are looked up by the code alone.
CREATE TABLE organization_industries (
    token TEXT COLLATE "C" NOT NULL,
    organization_seq BIGINT NOT NULL,
    organization_country TEXT COLLATE "C" NOT NULL,
    PRIMARY KEY (token, organization_seq)
);
CREATE INDEX organization_industries_seq ON organization_industries (organization_seq);
CREATE INDEX organization_industries_country ON organization_industries (organization_country, token, organization_seq);
CREATE FUNCTION organization_industries_sync() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP <> 'INSERT' THEN
        DELETE FROM organization_industries WHERE organization_seq = OLD.seq;
    END IF;
    IF TG_OP <> 'DELETE' THEN
        INSERT INTO organization_industries (token, organization_seq, organization_country)
        SELECT DISTINCT regexp_replace(token, '^u:', ''), NEW.seq, NEW.country
        FROM regexp_split_to_table(btrim(NEW.industry_path), ' ') AS token WHERE token <> '';
    END IF;
    RETURN NULL;
END
$$;
CREATE TRIGGER organization_industries_sync AFTER INSERT OR DELETE OR UPDATE OF industry_path, country ON organizations
    FOR EACH ROW EXECUTE FUNCTION organization_industries_sync();
INSERT INTO organization_industries (token, organization_seq, organization_country)
SELECT DISTINCT regexp_replace(token, '^u:', ''), organizations.seq, organizations.country
FROM organizations, regexp_split_to_table(btrim(organizations.industry_path), ' ') AS token
WHERE token <> '';

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
