-- 0002 qualifications: awarding bodies (with their other names) and qualifications.
-- Started from 'oneworkforce db script --provider Sqlite'; see docs/adr/0002-schema-scripts.md.
CREATE TABLE "awarding_bodies" (
    "id" INTEGER NOT NULL CONSTRAINT "pk_awarding_bodies" PRIMARY KEY AUTOINCREMENT,
    "name" TEXT NOT NULL,
    "key" TEXT NOT NULL
);

CREATE TABLE "awarding_body_aliases" (
    "id" INTEGER NOT NULL CONSTRAINT "pk_awarding_body_aliases" PRIMARY KEY AUTOINCREMENT,
    "awarding_body_id" INTEGER NOT NULL,
    "alias" TEXT NOT NULL,
    "key" TEXT NOT NULL,
    CONSTRAINT "fk_awarding_body_aliases_awarding_bodies_awarding_body_id" FOREIGN KEY ("awarding_body_id") REFERENCES "awarding_bodies" ("id") ON DELETE CASCADE
);

CREATE TABLE "qualifications" (
    "id" INTEGER NOT NULL CONSTRAINT "pk_qualifications" PRIMARY KEY AUTOINCREMENT,
    "reference" TEXT NOT NULL,
    "number" TEXT NULL,
    "title" TEXT NOT NULL,
    "title_key" TEXT NOT NULL,
    "level_code" TEXT NOT NULL,
    "type_code" TEXT NULL,
    "awarding_body_id" INTEGER NOT NULL,
    "awarding_body_as_written" TEXT NOT NULL,
    "credits" INTEGER NULL,
    "guided_learning_hours" INTEGER NULL,
    "total_qualification_time" INTEGER NULL,
    "age_focus" TEXT NULL,
    "status" TEXT NOT NULL,
    "valid_from" TEXT NULL,
    "valid_to" TEXT NULL,
    "operational_end" TEXT NULL,
    "certification_end" TEXT NULL,
    "notes" TEXT NULL,
    "source_url" TEXT NULL,
    "source" TEXT NOT NULL,
    "version_group" TEXT NOT NULL,
    "replaced_by_id" INTEGER NULL,
    "created_at" TEXT NOT NULL,
    "updated_at" TEXT NOT NULL,
    CONSTRAINT "fk_qualifications_awarding_bodies_awarding_body_id" FOREIGN KEY ("awarding_body_id") REFERENCES "awarding_bodies" ("id") ON DELETE RESTRICT,
    CONSTRAINT "fk_qualifications_qualification_levels_level_code" FOREIGN KEY ("level_code") REFERENCES "qualification_levels" ("code") ON DELETE RESTRICT,
    CONSTRAINT "fk_qualifications_qualifications_replaced_by_id" FOREIGN KEY ("replaced_by_id") REFERENCES "qualifications" ("id") ON DELETE RESTRICT
);

CREATE UNIQUE INDEX "ix_awarding_bodies_key" ON "awarding_bodies" ("key");

CREATE INDEX "ix_awarding_body_aliases_awarding_body_id" ON "awarding_body_aliases" ("awarding_body_id");

CREATE UNIQUE INDEX "ix_awarding_body_aliases_key" ON "awarding_body_aliases" ("key");

CREATE INDEX "ix_qualifications_awarding_body_id" ON "qualifications" ("awarding_body_id");

CREATE INDEX "ix_qualifications_level_code_status" ON "qualifications" ("level_code", "status");

CREATE INDEX "ix_qualifications_number" ON "qualifications" ("number");

CREATE UNIQUE INDEX "ix_qualifications_reference" ON "qualifications" ("reference");

CREATE INDEX "ix_qualifications_replaced_by_id" ON "qualifications" ("replaced_by_id");

CREATE INDEX "ix_qualifications_title_key" ON "qualifications" ("title_key");

CREATE INDEX "ix_qualifications_version_group" ON "qualifications" ("version_group");
