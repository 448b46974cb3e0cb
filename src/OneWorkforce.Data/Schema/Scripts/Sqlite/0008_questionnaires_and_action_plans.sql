ALTER TABLE "assessment_cycles" ADD COLUMN "open_link_token" TEXT NULL;
ALTER TABLE "assessment_cycles" ADD COLUMN "opened_at" TEXT NULL;
ALTER TABLE "assessment_cycles" ADD COLUMN "statements_json" TEXT NULL;

CREATE TABLE "questionnaire_responses" (
    "id" INTEGER NOT NULL CONSTRAINT "pk_questionnaire_responses" PRIMARY KEY AUTOINCREMENT,
    "kind" TEXT NOT NULL,
    "owner_id" INTEGER NOT NULL,
    "token" TEXT NOT NULL,
    "resume_code" TEXT NOT NULL,
    "group_code" TEXT NULL,
    "locality" TEXT NULL,
    "invitation_id" INTEGER NULL,
    "status" TEXT NOT NULL,
    "channel" TEXT NOT NULL,
    "started_at" TEXT NOT NULL,
    "updated_at" TEXT NOT NULL,
    "submitted_at" TEXT NULL,
    "answers_json" TEXT NOT NULL,
    "score_line" TEXT NULL
);

CREATE TABLE "ocwt_statements" (
    "id" INTEGER NOT NULL CONSTRAINT "pk_ocwt_statements" PRIMARY KEY AUTOINCREMENT,
    "area_id" INTEGER NULL,
    "arc" INTEGER NOT NULL,
    "stage" INTEGER NOT NULL,
    "group_code" TEXT NOT NULL,
    "text" TEXT NOT NULL,
    "updated_by" TEXT NOT NULL,
    "updated_at" TEXT NOT NULL,
    CONSTRAINT "fk_ocwt_statements_areas_area_id" FOREIGN KEY ("area_id") REFERENCES "areas" ("id") ON DELETE CASCADE
);

CREATE TABLE "assessment_comments" (
    "id" INTEGER NOT NULL CONSTRAINT "pk_assessment_comments" PRIMARY KEY AUTOINCREMENT,
    "cycle_id" INTEGER NOT NULL,
    "response_id" INTEGER NOT NULL,
    "arc" INTEGER NOT NULL,
    "group_code" TEXT NOT NULL,
    "text" TEXT NOT NULL,
    "respondent_name" TEXT NULL,
    CONSTRAINT "fk_assessment_comments_assessment_cycles_cycle_id" FOREIGN KEY ("cycle_id") REFERENCES "assessment_cycles" ("id") ON DELETE CASCADE
);

CREATE TABLE "assessment_invitations" (
    "id" INTEGER NOT NULL CONSTRAINT "pk_assessment_invitations" PRIMARY KEY AUTOINCREMENT,
    "cycle_id" INTEGER NOT NULL,
    "code" TEXT NOT NULL,
    "group_code" TEXT NULL,
    "locality" TEXT NULL,
    "created_at" TEXT NOT NULL,
    "used_at" TEXT NULL,
    "response_id" INTEGER NULL,
    CONSTRAINT "fk_assessment_invitations_assessment_cycles_cycle_id" FOREIGN KEY ("cycle_id") REFERENCES "assessment_cycles" ("id") ON DELETE CASCADE
);

CREATE TABLE "plan_actions" (
    "id" INTEGER NOT NULL CONSTRAINT "pk_plan_actions" PRIMARY KEY AUTOINCREMENT,
    "area_id" INTEGER NOT NULL,
    "cycle_id" INTEGER NULL,
    "number" INTEGER NOT NULL,
    "title" TEXT NOT NULL,
    "description" TEXT NULL,
    "arcs" TEXT NOT NULL,
    "outcomes" TEXT NULL,
    "timescale" TEXT NULL,
    "due_on" TEXT NULL,
    "lead_officer" TEXT NULL,
    "resources" TEXT NULL,
    "estimated_cost_pence" INTEGER NULL,
    "status" TEXT NOT NULL,
    "priority" INTEGER NOT NULL,
    "created_at" TEXT NOT NULL,
    "updated_at" TEXT NOT NULL,
    CONSTRAINT "fk_plan_actions_areas_area_id" FOREIGN KEY ("area_id") REFERENCES "areas" ("id") ON DELETE CASCADE,
    CONSTRAINT "fk_plan_actions_assessment_cycles_cycle_id" FOREIGN KEY ("cycle_id") REFERENCES "assessment_cycles" ("id") ON DELETE CASCADE
);

CREATE TABLE "action_progress_notes" (
    "id" INTEGER NOT NULL CONSTRAINT "pk_action_progress_notes" PRIMARY KEY AUTOINCREMENT,
    "action_id" INTEGER NOT NULL,
    "on" TEXT NOT NULL,
    "text" TEXT NOT NULL,
    "added_by" TEXT NOT NULL,
    "added_at" TEXT NOT NULL,
    CONSTRAINT "fk_action_progress_notes_plan_actions_action_id" FOREIGN KEY ("action_id") REFERENCES "plan_actions" ("id") ON DELETE CASCADE
);

CREATE INDEX "ix_action_progress_notes_action_id" ON "action_progress_notes" ("action_id");

CREATE INDEX "ix_assessment_comments_cycle_id_arc" ON "assessment_comments" ("cycle_id", "arc");

CREATE INDEX "ix_assessment_comments_response_id" ON "assessment_comments" ("response_id");

CREATE UNIQUE INDEX "ix_assessment_cycles_open_link_token" ON "assessment_cycles" ("open_link_token");

CREATE UNIQUE INDEX "ix_assessment_invitations_code" ON "assessment_invitations" ("code");

CREATE INDEX "ix_assessment_invitations_cycle_id" ON "assessment_invitations" ("cycle_id");

CREATE UNIQUE INDEX "ix_ocwt_statements_area_id_arc_stage_group_code" ON "ocwt_statements" ("area_id", "arc", "stage", "group_code");

CREATE INDEX "ix_plan_actions_area_id_cycle_id_number" ON "plan_actions" ("area_id", "cycle_id", "number");

CREATE INDEX "ix_plan_actions_cycle_id" ON "plan_actions" ("cycle_id");

CREATE INDEX "ix_questionnaire_responses_kind_owner_id_status" ON "questionnaire_responses" ("kind", "owner_id", "status");

CREATE UNIQUE INDEX "ix_questionnaire_responses_resume_code" ON "questionnaire_responses" ("resume_code");

CREATE UNIQUE INDEX "ix_questionnaire_responses_token" ON "questionnaire_responses" ("token");
