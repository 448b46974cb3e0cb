-- Workforce development news: people who asked for it (confirmed, or unsubscribed) and the updates sent.
CREATE TABLE "news_subscribers" (
    "id" INTEGER NOT NULL CONSTRAINT "pk_news_subscribers" PRIMARY KEY AUTOINCREMENT,
    "area_id" INTEGER NOT NULL,
    "email" TEXT NOT NULL,
    "name" TEXT NULL,
    "token" TEXT NOT NULL,
    "subscribed_at" TEXT NOT NULL,
    "confirmed_at" TEXT NULL,
    "unsubscribed_at" TEXT NULL,
    CONSTRAINT "fk_news_subscribers_areas_area_id" FOREIGN KEY ("area_id") REFERENCES "areas" ("id") ON DELETE CASCADE
);

CREATE TABLE "news_sends" (
    "id" INTEGER NOT NULL CONSTRAINT "pk_news_sends" PRIMARY KEY AUTOINCREMENT,
    "area_id" INTEGER NOT NULL,
    "subject" TEXT NOT NULL,
    "body" TEXT NOT NULL,
    "sent_by_user_id" TEXT NOT NULL,
    "sent_at" TEXT NOT NULL,
    "recipients" INTEGER NOT NULL,
    CONSTRAINT "fk_news_sends_areas_area_id" FOREIGN KEY ("area_id") REFERENCES "areas" ("id") ON DELETE CASCADE
);

CREATE UNIQUE INDEX "ix_news_subscribers_area_id_email" ON "news_subscribers" ("area_id", "email");
CREATE UNIQUE INDEX "ix_news_subscribers_token" ON "news_subscribers" ("token");
CREATE INDEX "ix_news_sends_area_id" ON "news_sends" ("area_id");
