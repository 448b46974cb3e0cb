-- A national strategy's actions have no area, so plan_actions.area_id may be null. SQLite cannot change a column's
-- nullability in place: both tables are copied aside, rebuilt with the same columns, indexes and keys, and filled again,
-- children after parents, inside the migration's transaction.
CREATE TABLE "plan_actions_copy_0020" AS SELECT * FROM "plan_actions";
CREATE TABLE "action_progress_notes_copy_0020" AS SELECT * FROM "action_progress_notes";
DROP TABLE "action_progress_notes";
DROP TABLE "plan_actions";

CREATE TABLE "plan_actions" (
    "id" INTEGER NOT NULL CONSTRAINT "pk_plan_actions" PRIMARY KEY AUTOINCREMENT,
    "area_id" INTEGER NULL,
    "cycle_id" INTEGER NULL,
    "strategy_id" INTEGER NULL,
    "priority_id" INTEGER NULL,
    "challenge" TEXT NULL,
    "timescale_category" TEXT NULL,
    "start_on" TEXT NULL,
    "lead_partners" TEXT NULL,
    "support_partners" TEXT NULL,
    "milestones" TEXT NULL,
    "depends_on" TEXT NULL,
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

INSERT INTO "plan_actions" ("id", "area_id", "cycle_id", "strategy_id", "priority_id", "challenge", "timescale_category", "start_on", "lead_partners", "support_partners", "milestones", "depends_on", "number", "title", "description", "arcs", "outcomes", "timescale", "due_on", "lead_officer", "resources", "estimated_cost_pence", "status", "priority", "created_at", "updated_at") SELECT "id", "area_id", "cycle_id", "strategy_id", "priority_id", "challenge", "timescale_category", "start_on", "lead_partners", "support_partners", "milestones", "depends_on", "number", "title", "description", "arcs", "outcomes", "timescale", "due_on", "lead_officer", "resources", "estimated_cost_pence", "status", "priority", "created_at", "updated_at" FROM "plan_actions_copy_0020";
INSERT INTO "action_progress_notes" ("id", "action_id", "on", "text", "added_by", "added_at") SELECT "id", "action_id", "on", "text", "added_by", "added_at" FROM "action_progress_notes_copy_0020";
DROP TABLE "action_progress_notes_copy_0020";
DROP TABLE "plan_actions_copy_0020";

CREATE INDEX "ix_action_progress_notes_action_id" ON "action_progress_notes" ("action_id");
CREATE INDEX "ix_plan_actions_area_id_cycle_id_number" ON "plan_actions" ("area_id", "cycle_id", "number");
CREATE INDEX "ix_plan_actions_cycle_id" ON "plan_actions" ("cycle_id");
CREATE INDEX "ix_plan_actions_strategy_id_number" ON "plan_actions" ("strategy_id", "number");
