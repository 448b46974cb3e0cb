-- 0003 the near-duplicate review decisions of the qualifications framework.
-- Started from 'oneworkforce db script --provider Sqlite'; see docs/adr/0002-schema-scripts.md.
CREATE TABLE "duplicate_reviews" (
    "id" INTEGER NOT NULL CONSTRAINT "pk_duplicate_reviews" PRIMARY KEY AUTOINCREMENT,
    "first_id" INTEGER NOT NULL,
    "second_id" INTEGER NOT NULL,
    "decision" TEXT NOT NULL,
    "decided_by" TEXT NOT NULL,
    "decided_at" TEXT NOT NULL,
    CONSTRAINT "fk_duplicate_reviews_qualifications_first_id" FOREIGN KEY ("first_id") REFERENCES "qualifications" ("id") ON DELETE CASCADE,
    CONSTRAINT "fk_duplicate_reviews_qualifications_second_id" FOREIGN KEY ("second_id") REFERENCES "qualifications" ("id") ON DELETE CASCADE
);

CREATE UNIQUE INDEX "ix_duplicate_reviews_first_id_second_id" ON "duplicate_reviews" ("first_id", "second_id");

CREATE INDEX "ix_duplicate_reviews_second_id" ON "duplicate_reviews" ("second_id");
