CREATE TABLE "cluster_schemes" (
    "id" INTEGER NOT NULL CONSTRAINT "pk_cluster_schemes" PRIMARY KEY AUTOINCREMENT,
    "code" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "description" TEXT NULL
);

CREATE TABLE "role_clusters" (
    "scheme_id" INTEGER NOT NULL,
    "role_id" INTEGER NOT NULL,
    "cluster" TEXT NOT NULL,
    CONSTRAINT "pk_role_clusters" PRIMARY KEY ("scheme_id", "role_id"),
    CONSTRAINT "fk_role_clusters_cluster_schemes_scheme_id" FOREIGN KEY ("scheme_id") REFERENCES "cluster_schemes" ("id") ON DELETE CASCADE,
    CONSTRAINT "fk_role_clusters_workforce_roles_role_id" FOREIGN KEY ("role_id") REFERENCES "workforce_roles" ("id") ON DELETE CASCADE
);

CREATE TABLE "role_requirements" (
    "id" INTEGER NOT NULL CONSTRAINT "pk_role_requirements" PRIMARY KEY AUTOINCREMENT,
    "role_id" INTEGER NOT NULL,
    "area_id" INTEGER NULL,
    "minimum_level_code" TEXT NULL,
    "summary" TEXT NULL,
    CONSTRAINT "fk_role_requirements_areas_area_id" FOREIGN KEY ("area_id") REFERENCES "areas" ("id") ON DELETE CASCADE,
    CONSTRAINT "fk_role_requirements_qualification_levels_minimum_level_code" FOREIGN KEY ("minimum_level_code") REFERENCES "qualification_levels" ("code") ON DELETE RESTRICT,
    CONSTRAINT "fk_role_requirements_workforce_roles_role_id" FOREIGN KEY ("role_id") REFERENCES "workforce_roles" ("id") ON DELETE CASCADE
);

CREATE TABLE "provider_offers" (
    "id" INTEGER NOT NULL CONSTRAINT "pk_provider_offers" PRIMARY KEY AUTOINCREMENT,
    "qualification_id" INTEGER NOT NULL,
    "provider" TEXT NOT NULL,
    "area_id" INTEGER NULL,
    "district" TEXT NULL,
    "delivery_mode" TEXT NOT NULL,
    "cost_pence" INTEGER NULL,
    "funding" TEXT NULL,
    "start_dates" TEXT NULL,
    "url" TEXT NULL,
    CONSTRAINT "fk_provider_offers_areas_area_id" FOREIGN KEY ("area_id") REFERENCES "areas" ("id") ON DELETE CASCADE,
    CONSTRAINT "fk_provider_offers_qualifications_qualification_id" FOREIGN KEY ("qualification_id") REFERENCES "qualifications" ("id") ON DELETE CASCADE
);

CREATE TABLE "role_requirement_qualifications" (
    "requirement_id" INTEGER NOT NULL,
    "qualification_id" INTEGER NOT NULL,
    CONSTRAINT "pk_role_requirement_qualifications" PRIMARY KEY ("requirement_id", "qualification_id"),
    CONSTRAINT "fk_role_requirement_qualifications_qualifications_qualification_id" FOREIGN KEY ("qualification_id") REFERENCES "qualifications" ("id") ON DELETE CASCADE,
    CONSTRAINT "fk_role_requirement_qualifications_role_requirements_requirement_id" FOREIGN KEY ("requirement_id") REFERENCES "role_requirements" ("id") ON DELETE CASCADE
);

CREATE UNIQUE INDEX "ix_cluster_schemes_code" ON "cluster_schemes" ("code");

CREATE INDEX "ix_provider_offers_area_id" ON "provider_offers" ("area_id");

CREATE INDEX "ix_provider_offers_qualification_id" ON "provider_offers" ("qualification_id");

CREATE INDEX "ix_role_clusters_role_id" ON "role_clusters" ("role_id");

CREATE INDEX "ix_role_requirement_qualifications_qualification_id" ON "role_requirement_qualifications" ("qualification_id");

CREATE INDEX "ix_role_requirements_area_id" ON "role_requirements" ("area_id");

CREATE INDEX "ix_role_requirements_minimum_level_code" ON "role_requirements" ("minimum_level_code");

CREATE INDEX "ix_role_requirements_role_id_area_id" ON "role_requirements" ("role_id", "area_id");
