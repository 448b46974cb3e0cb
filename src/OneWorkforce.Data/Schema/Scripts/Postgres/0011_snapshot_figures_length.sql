-- Snapshot figures hold every organisation's headline figures: room for a large area.
ALTER TABLE workforce_snapshots ALTER COLUMN figures_json TYPE character varying(10000000);
