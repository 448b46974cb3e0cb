-- Surveys on the questionnaire engine: the survey, its personal links to organisations, and themes given to free-text answers.
ALTER TABLE "questionnaire_responses" ADD COLUMN "organisation_id" INTEGER NULL;
ALTER TABLE "questionnaire_responses" ADD COLUMN "categories" TEXT NULL;

CREATE TABLE "surveys" (
    "id" INTEGER NOT NULL CONSTRAINT "pk_surveys" PRIMARY KEY AUTOINCREMENT,
    "area_id" INTEGER NOT NULL,
    "name" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "introduction" TEXT NULL,
    "status" TEXT NOT NULL,
    "questionnaire_json" TEXT NOT NULL,
    "settings_json" TEXT NOT NULL,
    "open_token" TEXT NULL,
    "created_at" TEXT NOT NULL,
    "opened_at" TEXT NULL,
    "closed_at" TEXT NULL,
    CONSTRAINT "fk_surveys_areas_area_id" FOREIGN KEY ("area_id") REFERENCES "areas" ("id") ON DELETE CASCADE
);

CREATE TABLE "survey_invitations" (
    "id" INTEGER NOT NULL CONSTRAINT "pk_survey_invitations" PRIMARY KEY AUTOINCREMENT,
    "survey_id" INTEGER NOT NULL,
    "organisation_id" INTEGER NOT NULL,
    "email" TEXT NOT NULL,
    "response_id" INTEGER NOT NULL,
    "sent_at" TEXT NOT NULL,
    "reminded_at" TEXT NULL,
    "reminders" INTEGER NOT NULL,
    CONSTRAINT "fk_survey_invitations_surveys_survey_id" FOREIGN KEY ("survey_id") REFERENCES "surveys" ("id") ON DELETE CASCADE,
    CONSTRAINT "fk_survey_invitations_organisations_organisation_id" FOREIGN KEY ("organisation_id") REFERENCES "organisations" ("id") ON DELETE CASCADE
);

CREATE TABLE "survey_answer_themes" (
    "response_id" INTEGER NOT NULL,
    "question_key" TEXT NOT NULL,
    "theme_key" TEXT NOT NULL,
    "survey_id" INTEGER NOT NULL,
    CONSTRAINT "pk_survey_answer_themes" PRIMARY KEY ("response_id", "question_key", "theme_key"),
    CONSTRAINT "fk_survey_answer_themes_surveys_survey_id" FOREIGN KEY ("survey_id") REFERENCES "surveys" ("id") ON DELETE CASCADE
);

CREATE UNIQUE INDEX "ix_surveys_area_id_name" ON "surveys" ("area_id", "name");
CREATE UNIQUE INDEX "ix_surveys_open_token" ON "surveys" ("open_token");
CREATE UNIQUE INDEX "ix_survey_invitations_survey_id_organisation_id" ON "survey_invitations" ("survey_id", "organisation_id");
CREATE UNIQUE INDEX "ix_survey_invitations_response_id" ON "survey_invitations" ("response_id");
CREATE INDEX "ix_survey_invitations_organisation_id" ON "survey_invitations" ("organisation_id");
CREATE INDEX "ix_survey_answer_themes_survey_id" ON "survey_answer_themes" ("survey_id");
