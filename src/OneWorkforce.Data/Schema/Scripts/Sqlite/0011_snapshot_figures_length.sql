-- Snapshot figures hold every organisation's headline figures: already TEXT on SQLite, which has no length limit.
SELECT 1;
