-- 0006 a change stamp for caches of the catalogue, and a full-text index of qualification titles.
-- change_stamps started from 'oneworkforce db script --provider Postgres'; the search index is outside
-- the EF model (see docs/adr/0009-national-size-catalogue.md).
CREATE TABLE change_stamps (
    name character varying(60) NOT NULL,
    stamp character varying(60) NOT NULL,
    CONSTRAINT pk_change_stamps PRIMARY KEY (name)
);
INSERT INTO change_stamps (name, stamp) VALUES ('catalogue', 'initial');

-- Each word of a search must start a word of the title: prefix tsqueries ('child:*') over the 'simple' configuration.
CREATE INDEX ix_qualifications_title_search ON qualifications USING gin (to_tsvector('simple', title_key));
