-- Lists are read in `seq` order, so an index that serves a filter serves it in that order too:
-- a page of firms of one kind, country or size class is read from the index in order and
-- stops after a page, instead of sorting every matching row.
DROP INDEX organizations_kind_country;
DROP INDEX organizations_country_region;
DROP INDEX organizations_size_class;
CREATE INDEX organizations_kind_seq ON organizations (kind, seq);
CREATE INDEX organizations_country_seq ON organizations (country, seq);
CREATE INDEX organizations_country_region_seq ON organizations (country, region_key, seq);
CREATE INDEX organizations_size_class_seq ON organizations (size_class, seq);

DROP INDEX opportunities_channel_country;
DROP INDEX opportunities_partner;
CREATE INDEX opportunities_channel_seq ON opportunities (channel, seq);
CREATE INDEX opportunities_country_seq ON opportunities (country, seq);
CREATE INDEX opportunities_partner_seq ON opportunities (partner_id, seq);
