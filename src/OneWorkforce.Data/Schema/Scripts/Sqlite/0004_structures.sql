-- 0004 qualification structures: units, groups with rules of combination, framework mappings, role links.
-- Started from 'oneworkforce db script --provider Sqlite'; see docs/adr/0002-schema-scripts.md.
ALTER TABLE "qualifications" ADD "level_rule_level_code" TEXT NULL;

ALTER TABLE "qualifications" ADD "level_rule_min_credits" INTEGER NULL;

CREATE TABLE "units" (
    "id" INTEGER NOT NULL CONSTRAINT "pk_units" PRIMARY KEY AUTOINCREMENT,
    "reference" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "level_code" TEXT NOT NULL,
    "credits" INTEGER NOT NULL,
    "guided_learning_hours" INTEGER NULL,
    CONSTRAINT "fk_units_qualification_levels_level_code" FOREIGN KEY ("level_code") REFERENCES "qualification_levels" ("code") ON DELETE RESTRICT
);

CREATE TABLE "role_qualifications" (
    "role_id" INTEGER NOT NULL,
    "qualification_id" INTEGER NOT NULL,
    "significance" TEXT NOT NULL,
    "mandatory" INTEGER NOT NULL,
    "note" TEXT NULL,
    CONSTRAINT "pk_role_qualifications" PRIMARY KEY ("role_id", "qualification_id"),
    CONSTRAINT "fk_role_qualifications_qualifications_qualification_id" FOREIGN KEY ("qualification_id") REFERENCES "qualifications" ("id") ON DELETE CASCADE,
    CONSTRAINT "fk_role_qualifications_workforce_roles_role_id" FOREIGN KEY ("role_id") REFERENCES "workforce_roles" ("id") ON DELETE CASCADE
);

CREATE TABLE "unit_groups" (
    "id" INTEGER NOT NULL CONSTRAINT "pk_unit_groups" PRIMARY KEY AUTOINCREMENT,
    "qualification_id" INTEGER NOT NULL,
    "code" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "mandatory" INTEGER NOT NULL,
    "min_credits" INTEGER NULL,
    "min_units" INTEGER NULL,
    CONSTRAINT "fk_unit_groups_qualifications_qualification_id" FOREIGN KEY ("qualification_id") REFERENCES "qualifications" ("id") ON DELETE CASCADE
);

CREATE TABLE "framework_mappings" (
    "id" INTEGER NOT NULL CONSTRAINT "pk_framework_mappings" PRIMARY KEY AUTOINCREMENT,
    "framework_area_id" INTEGER NOT NULL,
    "unit_id" INTEGER NULL,
    "qualification_id" INTEGER NULL,
    "strength" TEXT NOT NULL,
    "rationale" TEXT NULL,
    "mapped_by" TEXT NOT NULL,
    "mapped_at" TEXT NOT NULL,
    CONSTRAINT "fk_framework_mappings_framework_areas_framework_area_id" FOREIGN KEY ("framework_area_id") REFERENCES "framework_areas" ("id") ON DELETE RESTRICT,
    CONSTRAINT "fk_framework_mappings_qualifications_qualification_id" FOREIGN KEY ("qualification_id") REFERENCES "qualifications" ("id") ON DELETE CASCADE,
    CONSTRAINT "fk_framework_mappings_units_unit_id" FOREIGN KEY ("unit_id") REFERENCES "units" ("id") ON DELETE CASCADE
);

CREATE TABLE "unit_group_members" (
    "group_id" INTEGER NOT NULL,
    "unit_id" INTEGER NOT NULL,
    CONSTRAINT "pk_unit_group_members" PRIMARY KEY ("group_id", "unit_id"),
    CONSTRAINT "fk_unit_group_members_unit_groups_group_id" FOREIGN KEY ("group_id") REFERENCES "unit_groups" ("id") ON DELETE CASCADE,
    CONSTRAINT "fk_unit_group_members_units_unit_id" FOREIGN KEY ("unit_id") REFERENCES "units" ("id") ON DELETE RESTRICT
);

CREATE UNIQUE INDEX "ix_framework_mappings_framework_area_id_unit_id_qualification_id" ON "framework_mappings" ("framework_area_id", "unit_id", "qualification_id");

CREATE INDEX "ix_framework_mappings_qualification_id" ON "framework_mappings" ("qualification_id");

CREATE INDEX "ix_framework_mappings_unit_id" ON "framework_mappings" ("unit_id");

CREATE INDEX "ix_role_qualifications_qualification_id" ON "role_qualifications" ("qualification_id");

CREATE INDEX "ix_unit_group_members_unit_id" ON "unit_group_members" ("unit_id");

CREATE UNIQUE INDEX "ix_unit_groups_qualification_id_code" ON "unit_groups" ("qualification_id", "code");

CREATE INDEX "ix_units_level_code" ON "units" ("level_code");

CREATE UNIQUE INDEX "ix_units_reference" ON "units" ("reference");
