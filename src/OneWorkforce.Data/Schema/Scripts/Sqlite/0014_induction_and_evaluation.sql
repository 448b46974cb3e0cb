-- The common induction (an area's checklist, sign-offs, completions with certificates) and when attendees were asked for feedback.

CREATE TABLE "induction_standards" (
    "id" INTEGER NOT NULL CONSTRAINT "pk_induction_standards" PRIMARY KEY AUTOINCREMENT,
    "area_id" INTEGER NOT NULL,
    "position" INTEGER NOT NULL,
    "title" TEXT NOT NULL,
    "description" TEXT NOT NULL,
    "common_core_area" INTEGER NULL,
    "retired" INTEGER NOT NULL,
    "created_at" TEXT NOT NULL,
    CONSTRAINT "fk_induction_standards_areas_area_id" FOREIGN KEY ("area_id") REFERENCES "areas" ("id") ON DELETE CASCADE
);

CREATE TABLE "induction_sign_offs" (
    "id" INTEGER NOT NULL CONSTRAINT "pk_induction_sign_offs" PRIMARY KEY AUTOINCREMENT,
    "worker_id" INTEGER NOT NULL,
    "standard_id" INTEGER NOT NULL,
    "signed_on" TEXT NOT NULL,
    "signed_by_user_id" TEXT NOT NULL,
    "note" TEXT NULL,
    "created_at" TEXT NOT NULL,
    CONSTRAINT "fk_induction_sign_offs_induction_standards_standard_id" FOREIGN KEY ("standard_id") REFERENCES "induction_standards" ("id") ON DELETE RESTRICT,
    CONSTRAINT "fk_induction_sign_offs_workers_worker_id" FOREIGN KEY ("worker_id") REFERENCES "workers" ("id") ON DELETE CASCADE
);

CREATE TABLE "induction_completions" (
    "id" INTEGER NOT NULL CONSTRAINT "pk_induction_completions" PRIMARY KEY AUTOINCREMENT,
    "worker_id" INTEGER NOT NULL,
    "area_id" INTEGER NOT NULL,
    "organisation_id" INTEGER NOT NULL,
    "completed_on" TEXT NOT NULL,
    "certificate_code" TEXT NOT NULL,
    "name_on_certificate" TEXT NOT NULL,
    "signed_by_user_id" TEXT NOT NULL,
    "created_at" TEXT NOT NULL,
    CONSTRAINT "fk_induction_completions_workers_worker_id" FOREIGN KEY ("worker_id") REFERENCES "workers" ("id") ON DELETE CASCADE
);

CREATE UNIQUE INDEX "ix_induction_standards_area_id_position" ON "induction_standards" ("area_id", "position");
CREATE UNIQUE INDEX "ix_induction_sign_offs_worker_id_standard_id" ON "induction_sign_offs" ("worker_id", "standard_id");
CREATE INDEX "ix_induction_sign_offs_standard_id" ON "induction_sign_offs" ("standard_id");
CREATE UNIQUE INDEX "ix_induction_completions_worker_id" ON "induction_completions" ("worker_id");
CREATE UNIQUE INDEX "ix_induction_completions_certificate_code" ON "induction_completions" ("certificate_code");
CREATE INDEX "ix_induction_completions_organisation_id" ON "induction_completions" ("organisation_id");

ALTER TABLE "bookings" ADD COLUMN "feedback_requested_at" TEXT NULL;
ALTER TABLE "bookings" ADD COLUMN "impact_requested_at" TEXT NULL;
