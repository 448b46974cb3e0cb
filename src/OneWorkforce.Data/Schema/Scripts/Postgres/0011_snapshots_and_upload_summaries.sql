-- Snapshot figures hold every organisation's headline figures: room for a large area.
ALTER TABLE workforce_snapshots ALTER COLUMN figures_json TYPE character varying(10000000);

-- What a finished upload did to each kind of record, and its messages counted by code.
ALTER TABLE upload_jobs ADD summary_json character varying(100000);
