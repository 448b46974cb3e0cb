-- PostgreSQL keeps each person's latest training in training_latest (ADR 0019). SQLite needs no such table: its
-- training report reads the records in parts at once (one part per core) and answers within the target.
SELECT 1;
