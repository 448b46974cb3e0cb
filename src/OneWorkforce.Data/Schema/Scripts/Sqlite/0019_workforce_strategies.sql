-- Workforce strategies: priorities, steering group, success indicators with their values, issued quarterly reports; plan actions gain the strategy's columns.
ALTER TABLE "plan_actions" ADD COLUMN "strategy_id" INTEGER NULL;
ALTER TABLE "plan_actions" ADD COLUMN "priority_id" INTEGER NULL;
ALTER TABLE "plan_actions" ADD COLUMN "challenge" TEXT NULL;
ALTER TABLE "plan_actions" ADD COLUMN "timescale_category" TEXT NULL;
ALTER TABLE "plan_actions" ADD COLUMN "start_on" TEXT NULL;
ALTER TABLE "plan_actions" ADD COLUMN "lead_partners" TEXT NULL;
ALTER TABLE "plan_actions" ADD COLUMN "support_partners" TEXT NULL;
ALTER TABLE "plan_actions" ADD COLUMN "milestones" TEXT NULL;
ALTER TABLE "plan_actions" ADD COLUMN "depends_on" TEXT NULL;

CREATE TABLE "strategies" (
    "id" INTEGER NOT NULL CONSTRAINT "pk_strategies" PRIMARY KEY AUTOINCREMENT,
    "area_id" INTEGER NULL,
    "title" TEXT NOT NULL,
    "vision" TEXT NULL,
    "scope" TEXT NULL,
    "start_year" INTEGER NOT NULL,
    "end_year" INTEGER NOT NULL,
    "template" TEXT NULL,
    "created_at" TEXT NOT NULL,
    "updated_at" TEXT NOT NULL,
    CONSTRAINT "fk_strategies_areas_area_id" FOREIGN KEY ("area_id") REFERENCES "areas" ("id") ON DELETE CASCADE
);

CREATE TABLE "strategy_priorities" (
    "id" INTEGER NOT NULL CONSTRAINT "pk_strategy_priorities" PRIMARY KEY AUTOINCREMENT,
    "strategy_id" INTEGER NOT NULL,
    "number" INTEGER NOT NULL,
    "title" TEXT NOT NULL,
    "description" TEXT NULL,
    "sector" TEXT NULL,
    CONSTRAINT "fk_strategy_priorities_strategies_strategy_id" FOREIGN KEY ("strategy_id") REFERENCES "strategies" ("id") ON DELETE CASCADE
);

CREATE TABLE "steering_members" (
    "id" INTEGER NOT NULL CONSTRAINT "pk_steering_members" PRIMARY KEY AUTOINCREMENT,
    "strategy_id" INTEGER NOT NULL,
    "name" TEXT NOT NULL,
    "organisation" TEXT NULL,
    "role" TEXT NULL,
    CONSTRAINT "fk_steering_members_strategies_strategy_id" FOREIGN KEY ("strategy_id") REFERENCES "strategies" ("id") ON DELETE CASCADE
);

CREATE TABLE "success_indicators" (
    "id" INTEGER NOT NULL CONSTRAINT "pk_success_indicators" PRIMARY KEY AUTOINCREMENT,
    "strategy_id" INTEGER NOT NULL,
    "name" TEXT NOT NULL,
    "definition" TEXT NULL,
    "measure" TEXT NULL,
    "unit" TEXT NOT NULL,
    "higher_is_better" INTEGER NOT NULL,
    "baseline" TEXT NULL,
    "baseline_on" TEXT NULL,
    "target" TEXT NOT NULL,
    "due_on" TEXT NOT NULL,
    "created_at" TEXT NOT NULL,
    CONSTRAINT "fk_success_indicators_strategies_strategy_id" FOREIGN KEY ("strategy_id") REFERENCES "strategies" ("id") ON DELETE CASCADE
);

CREATE TABLE "indicator_values" (
    "id" INTEGER NOT NULL CONSTRAINT "pk_indicator_values" PRIMARY KEY AUTOINCREMENT,
    "indicator_id" INTEGER NOT NULL,
    "on" TEXT NOT NULL,
    "value" TEXT NOT NULL,
    "source" TEXT NOT NULL,
    "recorded_by" TEXT NOT NULL,
    "recorded_at" TEXT NOT NULL,
    CONSTRAINT "fk_indicator_values_success_indicators_indicator_id" FOREIGN KEY ("indicator_id") REFERENCES "success_indicators" ("id") ON DELETE CASCADE
);

CREATE TABLE "strategy_reports" (
    "id" INTEGER NOT NULL CONSTRAINT "pk_strategy_reports" PRIMARY KEY AUTOINCREMENT,
    "strategy_id" INTEGER NOT NULL,
    "quarter" TEXT NOT NULL,
    "report_json" TEXT NOT NULL,
    "issued_by" TEXT NOT NULL,
    "issued_at" TEXT NOT NULL,
    CONSTRAINT "fk_strategy_reports_strategies_strategy_id" FOREIGN KEY ("strategy_id") REFERENCES "strategies" ("id") ON DELETE CASCADE
);

CREATE INDEX "ix_indicator_values_indicator_id_on" ON "indicator_values" ("indicator_id", "on");
CREATE INDEX "ix_plan_actions_strategy_id_number" ON "plan_actions" ("strategy_id", "number");
CREATE INDEX "ix_steering_members_strategy_id" ON "steering_members" ("strategy_id");
CREATE INDEX "ix_strategies_area_id" ON "strategies" ("area_id");
CREATE INDEX "ix_strategy_priorities_strategy_id_number" ON "strategy_priorities" ("strategy_id", "number");
CREATE UNIQUE INDEX "ix_strategy_reports_strategy_id_quarter" ON "strategy_reports" ("strategy_id", "quarter");
CREATE INDEX "ix_success_indicators_strategy_id" ON "success_indicators" ("strategy_id");
