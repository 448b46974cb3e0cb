-- A national strategy's actions have no area.
ALTER TABLE plan_actions ALTER COLUMN area_id DROP NOT NULL;
