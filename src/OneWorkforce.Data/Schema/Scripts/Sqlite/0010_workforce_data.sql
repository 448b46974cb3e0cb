ALTER TABLE "organisations" ADD COLUMN "workforce_sectors" TEXT NULL;

ALTER TABLE "organisations" ADD COLUMN "district_id" INTEGER NULL CONSTRAINT "fk_organisations_districts_district_id" REFERENCES "districts" ("id") ON DELETE SET NULL;

ALTER TABLE "organisations" ADD COLUMN "age_ranges" TEXT NULL;

ALTER TABLE "organisations" ADD COLUMN "size_band" TEXT NULL;

ALTER TABLE "organisations" ADD COLUMN "turnover_band" TEXT NULL;

ALTER TABLE "organisations" ADD COLUMN "training_budget_band" TEXT NULL;

ALTER TABLE "organisations" ADD COLUMN "contact_email" TEXT NULL;

ALTER TABLE "organisations" ADD COLUMN "shares_people_with_area" INTEGER NOT NULL DEFAULT 0;

ALTER TABLE "organisations" ADD COLUMN "data_confirmed_on" TEXT NULL;

CREATE TABLE "upload_jobs" (
    "id" INTEGER NOT NULL CONSTRAINT "pk_upload_jobs" PRIMARY KEY AUTOINCREMENT,
    "area_id" INTEGER NOT NULL,
    "organisation_id" INTEGER NULL,
    "user_id" TEXT NOT NULL,
    "dry_run" INTEGER NOT NULL,
    "status" TEXT NOT NULL,
    "stage" TEXT NULL,
    "bytes_done" INTEGER NOT NULL,
    "bytes_total" INTEGER NOT NULL,
    "rows_read" INTEGER NOT NULL,
    "errors" INTEGER NOT NULL,
    "warnings" INTEGER NOT NULL,
    "added" INTEGER NOT NULL,
    "updated" INTEGER NOT NULL,
    "unchanged" INTEGER NOT NULL,
    "removed" INTEGER NOT NULL,
    "saved" INTEGER NOT NULL,
    "failure_message" TEXT NULL,
    "standard_version" TEXT NOT NULL,
    "claimed_by" TEXT NULL,
    "heartbeat_at" TEXT NULL,
    "created_at" TEXT NOT NULL,
    "finished_at" TEXT NULL,
    "submission_id" INTEGER NULL
);

CREATE TABLE "workforce_snapshots" (
    "id" INTEGER NOT NULL CONSTRAINT "pk_workforce_snapshots" PRIMARY KEY AUTOINCREMENT,
    "area_id" INTEGER NOT NULL,
    "taken_on" TEXT NOT NULL,
    "label" TEXT NOT NULL,
    "figures_json" TEXT NOT NULL,
    "created_at" TEXT NOT NULL
);

CREATE TABLE "workforce_submissions" (
    "id" INTEGER NOT NULL CONSTRAINT "pk_workforce_submissions" PRIMARY KEY AUTOINCREMENT,
    "area_id" INTEGER NOT NULL,
    "organisation_id" INTEGER NULL,
    "channel" TEXT NOT NULL,
    "standard_version" TEXT NOT NULL,
    "added" INTEGER NOT NULL,
    "updated" INTEGER NOT NULL,
    "unchanged" INTEGER NOT NULL,
    "removed" INTEGER NOT NULL,
    "confirmed_as_at" TEXT NULL,
    "actor_id" TEXT NOT NULL,
    "created_at" TEXT NOT NULL
);

CREATE TABLE "upload_files" (
    "id" INTEGER NOT NULL CONSTRAINT "pk_upload_files" PRIMARY KEY AUTOINCREMENT,
    "job_id" INTEGER NOT NULL,
    "file_name" TEXT NOT NULL,
    "length" INTEGER NOT NULL,
    "content" BLOB NOT NULL,
    CONSTRAINT "fk_upload_files_upload_jobs_job_id" FOREIGN KEY ("job_id") REFERENCES "upload_jobs" ("id") ON DELETE CASCADE
);

CREATE TABLE "upload_messages" (
    "id" INTEGER NOT NULL CONSTRAINT "pk_upload_messages" PRIMARY KEY AUTOINCREMENT,
    "job_id" INTEGER NOT NULL,
    "code" TEXT NOT NULL,
    "is_error" INTEGER NOT NULL,
    "file" TEXT NOT NULL,
    "row" INTEGER NOT NULL,
    "column" TEXT NOT NULL,
    "value" TEXT NOT NULL,
    "message" TEXT NOT NULL,
    CONSTRAINT "fk_upload_messages_upload_jobs_job_id" FOREIGN KEY ("job_id") REFERENCES "upload_jobs" ("id") ON DELETE CASCADE
);

CREATE TABLE "workers" (
    "id" INTEGER NOT NULL CONSTRAINT "pk_workers" PRIMARY KEY AUTOINCREMENT,
    "area_id" INTEGER NOT NULL,
    "organisation_id" INTEGER NOT NULL,
    "staff_reference" TEXT NOT NULL,
    "role" TEXT NOT NULL,
    "contract" TEXT NOT NULL,
    "contracted_hours" REAL NULL,
    "start_date" TEXT NOT NULL,
    "leaving_date" TEXT NULL,
    "leaving_reason" TEXT NULL,
    "year_of_birth" INTEGER NULL,
    "gender" TEXT NULL,
    "ethnicity" TEXT NULL,
    "disability" TEXT NULL,
    "highest_qualification_level" TEXT NULL,
    "apprenticeship" TEXT NULL,
    "induction_completed" TEXT NULL,
    "submission_id" INTEGER NULL,
    "updated_at" TEXT NOT NULL,
    CONSTRAINT "fk_workers_organisations_organisation_id" FOREIGN KEY ("organisation_id") REFERENCES "organisations" ("id") ON DELETE RESTRICT
);

CREATE TABLE "training_records" (
    "id" INTEGER NOT NULL CONSTRAINT "pk_training_records" PRIMARY KEY AUTOINCREMENT,
    "area_id" INTEGER NOT NULL,
    "organisation_id" INTEGER NOT NULL,
    "worker_id" INTEGER NOT NULL,
    "staff_reference" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "topic" TEXT NOT NULL,
    "completed_on" TEXT NOT NULL,
    "provider" TEXT NULL,
    "safeguarding_level" TEXT NULL,
    "accredited" TEXT NULL,
    "expires_on" TEXT NULL,
    "submission_id" INTEGER NULL,
    "updated_at" TEXT NOT NULL,
    CONSTRAINT "fk_training_records_organisations_organisation_id" FOREIGN KEY ("organisation_id") REFERENCES "organisations" ("id") ON DELETE RESTRICT,
    CONSTRAINT "fk_training_records_workers_worker_id" FOREIGN KEY ("worker_id") REFERENCES "workers" ("id") ON DELETE CASCADE
);

CREATE INDEX "ix_organisations_district_id" ON "organisations" ("district_id");

CREATE UNIQUE INDEX "ix_training_records_organisation_id_staff_reference_title_completed_on" ON "training_records" ("organisation_id", "staff_reference", "title", "completed_on");

CREATE INDEX "ix_training_records_worker_id" ON "training_records" ("worker_id");

CREATE INDEX "ix_upload_files_job_id" ON "upload_files" ("job_id");

CREATE INDEX "ix_upload_jobs_area_id_created_at" ON "upload_jobs" ("area_id", "created_at");

CREATE INDEX "ix_upload_jobs_status" ON "upload_jobs" ("status");

CREATE INDEX "ix_upload_messages_job_id_code_id" ON "upload_messages" ("job_id", "code", "id");

CREATE UNIQUE INDEX "ix_workers_organisation_id_staff_reference" ON "workers" ("organisation_id", "staff_reference");

CREATE INDEX "ix_workforce_snapshots_area_id_taken_on" ON "workforce_snapshots" ("area_id", "taken_on");

CREATE INDEX "ix_workforce_submissions_area_id_organisation_id_created_at" ON "workforce_submissions" ("area_id", "organisation_id", "created_at");
