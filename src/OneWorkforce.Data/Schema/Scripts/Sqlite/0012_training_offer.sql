-- The shared training offer: courses, their sessions, and bookings with a waiting list.

CREATE TABLE "courses" (
    "id" INTEGER NOT NULL CONSTRAINT "pk_courses" PRIMARY KEY AUTOINCREMENT,
    "provider_organisation_id" INTEGER NOT NULL,
    "area_id" INTEGER NOT NULL,
    "title" TEXT NOT NULL,
    "summary" TEXT NOT NULL,
    "topic" TEXT NOT NULL,
    "tier" TEXT NOT NULL,
    "safeguarding_level" TEXT NULL,
    "common_core_areas" TEXT NULL,
    "audience_roles" TEXT NULL,
    "audience_sectors" TEXT NULL,
    "audience_workforce" TEXT NOT NULL,
    "accredited" INTEGER NOT NULL,
    "qualification_id" INTEGER NULL,
    "counts_towards" TEXT NULL,
    "delivery" TEXT NOT NULL,
    "cost_pence" INTEGER NOT NULL,
    "free_for_volunteers" INTEGER NOT NULL,
    "funding" TEXT NULL,
    "published" INTEGER NOT NULL,
    "created_at" TEXT NOT NULL,
    "updated_at" TEXT NOT NULL,
    CONSTRAINT "fk_courses_organisations_provider_organisation_id" FOREIGN KEY ("provider_organisation_id") REFERENCES "organisations" ("id") ON DELETE RESTRICT
);

CREATE TABLE "course_sessions" (
    "id" INTEGER NOT NULL CONSTRAINT "pk_course_sessions" PRIMARY KEY AUTOINCREMENT,
    "course_id" INTEGER NOT NULL,
    "starts_at" TEXT NOT NULL,
    "ends_at" TEXT NOT NULL,
    "is_evening" INTEGER NOT NULL,
    "is_weekend" INTEGER NOT NULL,
    "venue" TEXT NULL,
    "district_id" INTEGER NULL,
    "step_free_access" INTEGER NOT NULL,
    "capacity" INTEGER NOT NULL,
    "places_taken" INTEGER NOT NULL,
    "booking_deadline" TEXT NOT NULL,
    "cancellation_deadline" TEXT NOT NULL,
    "cancelled" INTEGER NOT NULL,
    "created_at" TEXT NOT NULL,
    CONSTRAINT "fk_course_sessions_courses_course_id" FOREIGN KEY ("course_id") REFERENCES "courses" ("id") ON DELETE CASCADE
);

CREATE TABLE "bookings" (
    "id" INTEGER NOT NULL CONSTRAINT "pk_bookings" PRIMARY KEY AUTOINCREMENT,
    "session_id" INTEGER NOT NULL,
    "attendee_key" TEXT NOT NULL,
    "attendee_user_id" TEXT NULL,
    "worker_id" INTEGER NULL,
    "organisation_id" INTEGER NULL,
    "attendee_name" TEXT NOT NULL,
    "attendee_email" TEXT NULL,
    "booked_by_user_id" TEXT NOT NULL,
    "status" TEXT NOT NULL,
    "status_changed_at" TEXT NOT NULL,
    "created_at" TEXT NOT NULL,
    "certificate_code" TEXT NULL,
    "training_record_id" INTEGER NULL,
    "attendance_marked_at" TEXT NULL,
    CONSTRAINT "fk_bookings_course_sessions_session_id" FOREIGN KEY ("session_id") REFERENCES "course_sessions" ("id") ON DELETE CASCADE
);

CREATE INDEX "ix_bookings_attendee_user_id" ON "bookings" ("attendee_user_id");

CREATE UNIQUE INDEX "ix_bookings_certificate_code" ON "bookings" ("certificate_code");

CREATE INDEX "ix_bookings_organisation_id" ON "bookings" ("organisation_id");

CREATE UNIQUE INDEX "ix_bookings_session_id_attendee_key" ON "bookings" ("session_id", "attendee_key");

CREATE INDEX "ix_bookings_session_id_status_status_changed_at" ON "bookings" ("session_id", "status", "status_changed_at");

CREATE INDEX "ix_courses_area_id_topic" ON "courses" ("area_id", "topic");

CREATE INDEX "ix_courses_provider_organisation_id" ON "courses" ("provider_organisation_id");

CREATE INDEX "ix_course_sessions_course_id" ON "course_sessions" ("course_id");

CREATE INDEX "ix_course_sessions_starts_at_course_id_cancelled_is_evening_is_weekend_district_id_step_free_access_places_taken_capacity" ON "course_sessions" ("starts_at", "course_id", "cancelled", "is_evening", "is_weekend", "district_id", "step_free_access", "places_taken", "capacity");

-- A person's account linked to their own workforce record, so their attended training joins it.
ALTER TABLE "asp_net_users" ADD COLUMN "worker_id" INTEGER NULL;
