CREATE TABLE "assessment_cycles" (
    "id" INTEGER NOT NULL CONSTRAINT "pk_assessment_cycles" PRIMARY KEY AUTOINCREMENT,
    "area_id" INTEGER NOT NULL,
    "name" TEXT NOT NULL,
    "period_start" TEXT NOT NULL,
    "period_end" TEXT NOT NULL,
    "closes_on" TEXT NULL,
    "status" TEXT NOT NULL,
    "anonymous" INTEGER NOT NULL,
    "group_codes" TEXT NOT NULL,
    "threshold_hundredths" INTEGER NOT NULL,
    "created_at" TEXT NOT NULL,
    CONSTRAINT "fk_assessment_cycles_areas_area_id" FOREIGN KEY ("area_id") REFERENCES "areas" ("id") ON DELETE CASCADE
);

CREATE TABLE "arc_evidence_notes" (
    "id" INTEGER NOT NULL CONSTRAINT "pk_arc_evidence_notes" PRIMARY KEY AUTOINCREMENT,
    "cycle_id" INTEGER NOT NULL,
    "arc" INTEGER NOT NULL,
    "text" TEXT NOT NULL,
    "link" TEXT NULL,
    "added_by" TEXT NOT NULL,
    "added_at" TEXT NOT NULL,
    CONSTRAINT "fk_arc_evidence_notes_assessment_cycles_cycle_id" FOREIGN KEY ("cycle_id") REFERENCES "assessment_cycles" ("id") ON DELETE CASCADE
);

CREATE TABLE "matrix_evidence" (
    "id" INTEGER NOT NULL CONSTRAINT "pk_matrix_evidence" PRIMARY KEY AUTOINCREMENT,
    "cycle_id" INTEGER NOT NULL,
    "source" TEXT NOT NULL,
    "group_code" TEXT NOT NULL,
    "entered_by" TEXT NOT NULL,
    "entered_at" TEXT NOT NULL,
    CONSTRAINT "fk_matrix_evidence_assessment_cycles_cycle_id" FOREIGN KEY ("cycle_id") REFERENCES "assessment_cycles" ("id") ON DELETE CASCADE
);

CREATE TABLE "matrix_evidence_cells" (
    "evidence_id" INTEGER NOT NULL,
    "arc" INTEGER NOT NULL,
    "stage" INTEGER NOT NULL,
    "score_hundredths" INTEGER NOT NULL,
    CONSTRAINT "pk_matrix_evidence_cells" PRIMARY KEY ("evidence_id", "arc", "stage"),
    CONSTRAINT "fk_matrix_evidence_cells_matrix_evidence_evidence_id" FOREIGN KEY ("evidence_id") REFERENCES "matrix_evidence" ("id") ON DELETE CASCADE
);

CREATE INDEX "ix_arc_evidence_notes_cycle_id_arc" ON "arc_evidence_notes" ("cycle_id", "arc");

CREATE UNIQUE INDEX "ix_assessment_cycles_area_id_name" ON "assessment_cycles" ("area_id", "name");

CREATE INDEX "ix_matrix_evidence_cycle_id" ON "matrix_evidence" ("cycle_id");
