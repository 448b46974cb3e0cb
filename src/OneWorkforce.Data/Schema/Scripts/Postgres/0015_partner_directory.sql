-- The partner directory: an organisation's public listing, on the same record as its workforce data.
ALTER TABLE organisations ADD description character varying(1000);
ALTER TABLE organisations ADD website character varying(300);
ALTER TABLE organisations ADD phone character varying(30);
ALTER TABLE organisations ADD districts_served character varying(200);
ALTER TABLE organisations ADD listing_status character varying(20);
ALTER TABLE organisations ADD listing_confirmed_on date;
CREATE INDEX ix_organisations_area_id_listing_status ON organisations (area_id, listing_status);
