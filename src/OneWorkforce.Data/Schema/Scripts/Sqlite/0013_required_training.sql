-- Required training by role (an area's, and an organisation's on top), reminders sent once each, and what compliance reads.

CREATE TABLE "training_requirements" (
    "id" INTEGER NOT NULL CONSTRAINT "pk_training_requirements" PRIMARY KEY AUTOINCREMENT,
    "area_id" INTEGER NOT NULL,
    "organisation_id" INTEGER NULL,
    "role" TEXT NOT NULL,
    "topic" TEXT NOT NULL,
    "safeguarding_level" TEXT NULL,
    "refresh_years" INTEGER NULL,
    "common_core_areas" TEXT NULL,
    "created_at" TEXT NOT NULL,
    CONSTRAINT "fk_training_requirements_areas_area_id" FOREIGN KEY ("area_id") REFERENCES "areas" ("id") ON DELETE CASCADE,
    CONSTRAINT "fk_training_requirements_organisations_organisation_id" FOREIGN KEY ("organisation_id") REFERENCES "organisations" ("id") ON DELETE CASCADE
);

CREATE TABLE "training_reminders" (
    "id" INTEGER NOT NULL CONSTRAINT "pk_training_reminders" PRIMARY KEY AUTOINCREMENT,
    "worker_id" INTEGER NOT NULL,
    "topic" TEXT NOT NULL,
    "due_on" TEXT NOT NULL,
    "stage" TEXT NOT NULL,
    "sent_at" TEXT NOT NULL,
    CONSTRAINT "fk_training_reminders_workers_worker_id" FOREIGN KEY ("worker_id") REFERENCES "workers" ("id") ON DELETE CASCADE
);

ALTER TABLE "training_records" ADD COLUMN "common_core_areas" TEXT NULL;
ALTER TABLE "training_records" ADD COLUMN "evidence" TEXT NULL;
ALTER TABLE "bookings" ADD COLUMN "reminder_sent_at" TEXT NULL;

CREATE INDEX "ix_training_records_compliance" ON "training_records" ("area_id", "topic", "worker_id", "safeguarding_level", "common_core_areas", "completed_on");
CREATE UNIQUE INDEX "ix_training_reminders_worker_id_topic_due_on_stage" ON "training_reminders" ("worker_id", "topic", "due_on", "stage");
CREATE INDEX "ix_training_requirements_area_id_organisation_id_role_topic" ON "training_requirements" ("area_id", "organisation_id", "role", "topic");
CREATE INDEX "ix_training_requirements_organisation_id" ON "training_requirements" ("organisation_id");
