-- Each partner cell keeps its opportunity's partner, so that a dashboard by partner reads the
-- cells alone rather than looking up an opportunity for each of them. A partner is its
-- opportunity's for good, so the cells' key is unchanged; the index that includes it is what
-- a cell's upsert names.
ALTER TABLE recovery_partner_cells ADD COLUMN partner_id TEXT NOT NULL DEFAULT '';
UPDATE recovery_partner_cells SET partner_id = COALESCE(
    (SELECT o.partner_id FROM opportunities o WHERE o.id = recovery_partner_cells.opportunity_id), '');
CREATE UNIQUE INDEX recovery_partner_cells_with_partner ON recovery_partner_cells
    (month, opportunity_id, channel, partner_id, country, region_key, sector, size_class, women_led, youth_led);
