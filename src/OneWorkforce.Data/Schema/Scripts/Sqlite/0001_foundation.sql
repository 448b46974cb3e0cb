-- 0001 foundation: areas, organisations, accounts, audit log, data-protection keys, national reference data.
-- Started from 'oneworkforce db script --provider Sqlite'; see docs/adr/0002-schema-scripts.md.
CREATE TABLE "arcs" (
    "number" INTEGER NOT NULL CONSTRAINT "pk_arcs" PRIMARY KEY,
    "name" TEXT NOT NULL,
    "colour" TEXT NOT NULL,
    "colour_hex" TEXT NOT NULL
);


CREATE TABLE "areas" (
    "id" INTEGER NOT NULL CONSTRAINT "pk_areas" PRIMARY KEY AUTOINCREMENT,
    "code" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "created_at" TEXT NOT NULL
);


CREATE TABLE "asp_net_roles" (
    "id" TEXT NOT NULL CONSTRAINT "pk_asp_net_roles" PRIMARY KEY,
    "name" TEXT NULL,
    "normalized_name" TEXT NULL,
    "concurrency_stamp" TEXT NULL
);


CREATE TABLE "audit_log" (
    "id" INTEGER NOT NULL CONSTRAINT "pk_audit_log" PRIMARY KEY AUTOINCREMENT,
    "occurred_at" TEXT NOT NULL,
    "actor_id" TEXT NOT NULL,
    "actor_name" TEXT NOT NULL,
    "action" TEXT NOT NULL,
    "entity_type" TEXT NOT NULL,
    "entity_id" TEXT NOT NULL,
    "area_id" INTEGER NULL,
    "organisation_id" INTEGER NULL,
    "changes" TEXT NULL
);


CREATE TABLE "code_entries" (
    "list" TEXT NOT NULL,
    "code" TEXT NOT NULL,
    "label" TEXT NOT NULL,
    "hint" TEXT NULL,
    "sort_order" INTEGER NOT NULL,
    CONSTRAINT "pk_code_entries" PRIMARY KEY ("list", "code")
);


CREATE TABLE "data_protection_keys" (
    "id" INTEGER NOT NULL CONSTRAINT "pk_data_protection_keys" PRIMARY KEY AUTOINCREMENT,
    "friendly_name" TEXT NULL,
    "xml" TEXT NOT NULL
);


CREATE TABLE "frameworks" (
    "id" INTEGER NOT NULL CONSTRAINT "pk_frameworks" PRIMARY KEY AUTOINCREMENT,
    "code" TEXT NOT NULL,
    "version" TEXT NOT NULL,
    "title" TEXT NOT NULL
);


CREATE TABLE "qualification_levels" (
    "code" TEXT NOT NULL CONSTRAINT "pk_qualification_levels" PRIMARY KEY,
    "name" TEXT NOT NULL,
    "sort_order" INTEGER NOT NULL,
    "eqf_level" INTEGER NULL
);


CREATE TABLE "scale_points" (
    "value" INTEGER NOT NULL CONSTRAINT "pk_scale_points" PRIMARY KEY,
    "label" TEXT NOT NULL
);


CREATE TABLE "stages" (
    "number" INTEGER NOT NULL CONSTRAINT "pk_stages" PRIMARY KEY,
    "name" TEXT NOT NULL
);


CREATE TABLE "workforce_roles" (
    "id" INTEGER NOT NULL CONSTRAINT "pk_workforce_roles" PRIMARY KEY AUTOINCREMENT,
    "code" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "description" TEXT NULL,
    "workforce_type" TEXT NOT NULL
);


CREATE TABLE "districts" (
    "id" INTEGER NOT NULL CONSTRAINT "pk_districts" PRIMARY KEY AUTOINCREMENT,
    "area_id" INTEGER NOT NULL,
    "name" TEXT NOT NULL,
    CONSTRAINT "fk_districts_areas_area_id" FOREIGN KEY ("area_id") REFERENCES "areas" ("id") ON DELETE CASCADE
);


CREATE TABLE "organisations" (
    "id" INTEGER NOT NULL CONSTRAINT "pk_organisations" PRIMARY KEY AUTOINCREMENT,
    "area_id" INTEGER NOT NULL,
    "reference" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "employer_sector" TEXT NOT NULL,
    "created_at" TEXT NOT NULL,
    CONSTRAINT "fk_organisations_areas_area_id" FOREIGN KEY ("area_id") REFERENCES "areas" ("id") ON DELETE RESTRICT
);


CREATE TABLE "asp_net_role_claims" (
    "id" INTEGER NOT NULL CONSTRAINT "pk_asp_net_role_claims" PRIMARY KEY AUTOINCREMENT,
    "role_id" TEXT NOT NULL,
    "claim_type" TEXT NULL,
    "claim_value" TEXT NULL,
    CONSTRAINT "fk_asp_net_role_claims_asp_net_roles_role_id" FOREIGN KEY ("role_id") REFERENCES "asp_net_roles" ("id") ON DELETE CASCADE
);


CREATE TABLE "framework_areas" (
    "id" INTEGER NOT NULL CONSTRAINT "pk_framework_areas" PRIMARY KEY AUTOINCREMENT,
    "framework_id" INTEGER NOT NULL,
    "code" TEXT NOT NULL,
    "number" INTEGER NOT NULL,
    "title" TEXT NOT NULL,
    CONSTRAINT "fk_framework_areas_frameworks_framework_id" FOREIGN KEY ("framework_id") REFERENCES "frameworks" ("id") ON DELETE CASCADE
);


CREATE TABLE "workforce_role_sectors" (
    "role_id" INTEGER NOT NULL,
    "sector_code" TEXT NOT NULL,
    CONSTRAINT "pk_workforce_role_sectors" PRIMARY KEY ("role_id", "sector_code"),
    CONSTRAINT "fk_workforce_role_sectors_workforce_roles_role_id" FOREIGN KEY ("role_id") REFERENCES "workforce_roles" ("id") ON DELETE CASCADE
);


CREATE TABLE "asp_net_users" (
    "id" TEXT NOT NULL CONSTRAINT "pk_asp_net_users" PRIMARY KEY,
    "display_name" TEXT NOT NULL,
    "area_id" INTEGER NULL,
    "organisation_id" INTEGER NULL,
    "created_at" TEXT NOT NULL,
    "invited_at" TEXT NULL,
    "last_signed_in_at" TEXT NULL,
    "user_name" TEXT NULL,
    "normalized_user_name" TEXT NULL,
    "email" TEXT NULL,
    "normalized_email" TEXT NULL,
    "email_confirmed" INTEGER NOT NULL,
    "password_hash" TEXT NULL,
    "security_stamp" TEXT NULL,
    "concurrency_stamp" TEXT NULL,
    "phone_number" TEXT NULL,
    "phone_number_confirmed" INTEGER NOT NULL,
    "two_factor_enabled" INTEGER NOT NULL,
    "lockout_end" TEXT NULL,
    "lockout_enabled" INTEGER NOT NULL,
    "access_failed_count" INTEGER NOT NULL,
    CONSTRAINT "fk_asp_net_users_areas_area_id" FOREIGN KEY ("area_id") REFERENCES "areas" ("id") ON DELETE RESTRICT,
    CONSTRAINT "fk_asp_net_users_organisations_organisation_id" FOREIGN KEY ("organisation_id") REFERENCES "organisations" ("id") ON DELETE RESTRICT
);


CREATE TABLE "organisation_categories" (
    "organisation_id" INTEGER NOT NULL,
    "category_code" TEXT NOT NULL,
    CONSTRAINT "pk_organisation_categories" PRIMARY KEY ("organisation_id", "category_code"),
    CONSTRAINT "fk_organisation_categories_organisations_organisation_id" FOREIGN KEY ("organisation_id") REFERENCES "organisations" ("id") ON DELETE CASCADE
);


CREATE TABLE "framework_area_matches" (
    "id" INTEGER NOT NULL CONSTRAINT "pk_framework_area_matches" PRIMARY KEY AUTOINCREMENT,
    "from_area_id" INTEGER NOT NULL,
    "to_area_id" INTEGER NOT NULL,
    "kind" TEXT NOT NULL,
    CONSTRAINT "fk_framework_area_matches_framework_areas_from_area_id" FOREIGN KEY ("from_area_id") REFERENCES "framework_areas" ("id") ON DELETE CASCADE,
    CONSTRAINT "fk_framework_area_matches_framework_areas_to_area_id" FOREIGN KEY ("to_area_id") REFERENCES "framework_areas" ("id") ON DELETE CASCADE
);


CREATE TABLE "api_tokens" (
    "id" INTEGER NOT NULL CONSTRAINT "pk_api_tokens" PRIMARY KEY AUTOINCREMENT,
    "user_id" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "prefix" TEXT NOT NULL,
    "hash" TEXT NOT NULL,
    "created_at" TEXT NOT NULL,
    "last_used_at" TEXT NULL,
    "revoked_at" TEXT NULL,
    CONSTRAINT "fk_api_tokens_asp_net_users_user_id" FOREIGN KEY ("user_id") REFERENCES "asp_net_users" ("id") ON DELETE CASCADE
);


CREATE TABLE "asp_net_user_claims" (
    "id" INTEGER NOT NULL CONSTRAINT "pk_asp_net_user_claims" PRIMARY KEY AUTOINCREMENT,
    "user_id" TEXT NOT NULL,
    "claim_type" TEXT NULL,
    "claim_value" TEXT NULL,
    CONSTRAINT "fk_asp_net_user_claims_asp_net_users_user_id" FOREIGN KEY ("user_id") REFERENCES "asp_net_users" ("id") ON DELETE CASCADE
);


CREATE TABLE "asp_net_user_logins" (
    "login_provider" TEXT NOT NULL,
    "provider_key" TEXT NOT NULL,
    "provider_display_name" TEXT NULL,
    "user_id" TEXT NOT NULL,
    CONSTRAINT "pk_asp_net_user_logins" PRIMARY KEY ("login_provider", "provider_key"),
    CONSTRAINT "fk_asp_net_user_logins_asp_net_users_user_id" FOREIGN KEY ("user_id") REFERENCES "asp_net_users" ("id") ON DELETE CASCADE
);


CREATE TABLE "asp_net_user_roles" (
    "user_id" TEXT NOT NULL,
    "role_id" TEXT NOT NULL,
    CONSTRAINT "pk_asp_net_user_roles" PRIMARY KEY ("user_id", "role_id"),
    CONSTRAINT "fk_asp_net_user_roles_asp_net_roles_role_id" FOREIGN KEY ("role_id") REFERENCES "asp_net_roles" ("id") ON DELETE CASCADE,
    CONSTRAINT "fk_asp_net_user_roles_asp_net_users_user_id" FOREIGN KEY ("user_id") REFERENCES "asp_net_users" ("id") ON DELETE CASCADE
);


CREATE TABLE "asp_net_user_tokens" (
    "user_id" TEXT NOT NULL,
    "login_provider" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "value" TEXT NULL,
    CONSTRAINT "pk_asp_net_user_tokens" PRIMARY KEY ("user_id", "login_provider", "name"),
    CONSTRAINT "fk_asp_net_user_tokens_asp_net_users_user_id" FOREIGN KEY ("user_id") REFERENCES "asp_net_users" ("id") ON DELETE CASCADE
);


CREATE UNIQUE INDEX "ix_api_tokens_hash" ON "api_tokens" ("hash");


CREATE INDEX "ix_api_tokens_user_id" ON "api_tokens" ("user_id");


CREATE UNIQUE INDEX "ix_areas_code" ON "areas" ("code");


CREATE UNIQUE INDEX "ix_areas_name" ON "areas" ("name");


CREATE INDEX "ix_asp_net_role_claims_role_id" ON "asp_net_role_claims" ("role_id");


CREATE UNIQUE INDEX "role_name_index" ON "asp_net_roles" ("normalized_name");


CREATE INDEX "ix_asp_net_user_claims_user_id" ON "asp_net_user_claims" ("user_id");


CREATE INDEX "ix_asp_net_user_logins_user_id" ON "asp_net_user_logins" ("user_id");


CREATE INDEX "ix_asp_net_user_roles_role_id" ON "asp_net_user_roles" ("role_id");


CREATE INDEX "email_index" ON "asp_net_users" ("normalized_email");


CREATE INDEX "ix_asp_net_users_area_id" ON "asp_net_users" ("area_id");


CREATE INDEX "ix_asp_net_users_organisation_id" ON "asp_net_users" ("organisation_id");


CREATE UNIQUE INDEX "user_name_index" ON "asp_net_users" ("normalized_user_name");


CREATE INDEX "ix_audit_log_entity_type_entity_id" ON "audit_log" ("entity_type", "entity_id");


CREATE INDEX "ix_audit_log_occurred_at" ON "audit_log" ("occurred_at");


CREATE UNIQUE INDEX "ix_districts_area_id_name" ON "districts" ("area_id", "name");


CREATE UNIQUE INDEX "ix_framework_area_matches_from_area_id_to_area_id_kind" ON "framework_area_matches" ("from_area_id", "to_area_id", "kind");


CREATE INDEX "ix_framework_area_matches_to_area_id" ON "framework_area_matches" ("to_area_id");


CREATE UNIQUE INDEX "ix_framework_areas_code" ON "framework_areas" ("code");


CREATE INDEX "ix_framework_areas_framework_id" ON "framework_areas" ("framework_id");


CREATE UNIQUE INDEX "ix_frameworks_code_version" ON "frameworks" ("code", "version");


CREATE UNIQUE INDEX "ix_organisations_area_id_reference" ON "organisations" ("area_id", "reference");


CREATE UNIQUE INDEX "ix_workforce_roles_code" ON "workforce_roles" ("code");



