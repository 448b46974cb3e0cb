-- 0006 a change stamp for caches of the catalogue, and a full-text index of qualification titles.
-- change_stamps started from 'oneworkforce db script --provider Sqlite'; the search table is outside
-- the EF model (see docs/adr/0009-national-size-catalogue.md) and kept in step by triggers.
CREATE TABLE "change_stamps" (
    "name" TEXT NOT NULL CONSTRAINT "pk_change_stamps" PRIMARY KEY,
    "stamp" TEXT NOT NULL
);
INSERT INTO "change_stamps" ("name", "stamp") VALUES ('catalogue', 'initial');

-- Each word of a search must start a word of the title: FTS5 prefix queries ("child"*) do exactly that.
CREATE VIRTUAL TABLE "qualification_search" USING fts5(title_key, content='qualifications', content_rowid='id', tokenize='unicode61');
INSERT INTO "qualification_search" ("qualification_search") VALUES ('rebuild');
CREATE TRIGGER "qualification_search_insert" AFTER INSERT ON "qualifications" BEGIN
    INSERT INTO "qualification_search" ("rowid", "title_key") VALUES (new."id", new."title_key");
END;
CREATE TRIGGER "qualification_search_delete" AFTER DELETE ON "qualifications" BEGIN
    INSERT INTO "qualification_search" ("qualification_search", "rowid", "title_key") VALUES ('delete', old."id", old."title_key");
END;
CREATE TRIGGER "qualification_search_update" AFTER UPDATE OF "title_key" ON "qualifications" BEGIN
    INSERT INTO "qualification_search" ("qualification_search", "rowid", "title_key") VALUES ('delete', old."id", old."title_key");
    INSERT INTO "qualification_search" ("rowid", "title_key") VALUES (new."id", new."title_key");
END;
