-- Each opportunity records the value of the opportunities' change counter that its last change
-- took, in the same transaction and under the counter's row lock. Changes therefore commit in
-- the order of these values, and a reader that saw the counter at V learns every change after
-- V by reading the rows with `changed > V`: what the recommendation catalogue does instead of
-- reading every live opportunity again.
ALTER TABLE opportunities ADD COLUMN changed BIGINT NOT NULL DEFAULT 0;
UPDATE opportunities SET changed = (SELECT value FROM change_counters WHERE name = 'opportunities');
CREATE INDEX opportunities_changed ON opportunities (changed);
