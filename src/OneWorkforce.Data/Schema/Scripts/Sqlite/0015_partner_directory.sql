-- The partner directory: an organisation's public listing, on the same record as its workforce data.
ALTER TABLE "organisations" ADD COLUMN "description" TEXT NULL;
ALTER TABLE "organisations" ADD COLUMN "website" TEXT NULL;
ALTER TABLE "organisations" ADD COLUMN "phone" TEXT NULL;
ALTER TABLE "organisations" ADD COLUMN "districts_served" TEXT NULL;
ALTER TABLE "organisations" ADD COLUMN "listing_status" TEXT NULL;
ALTER TABLE "organisations" ADD COLUMN "listing_confirmed_on" TEXT NULL;
CREATE INDEX "ix_organisations_area_id_listing_status" ON "organisations" ("area_id", "listing_status");
