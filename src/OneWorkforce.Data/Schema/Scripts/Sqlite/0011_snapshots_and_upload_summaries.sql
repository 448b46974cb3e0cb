-- Snapshot figures: already TEXT on SQLite, which has no length limit.
-- What a finished upload did to each kind of record, and its messages counted by code.
ALTER TABLE "upload_jobs" ADD COLUMN "summary_json" TEXT NULL;
