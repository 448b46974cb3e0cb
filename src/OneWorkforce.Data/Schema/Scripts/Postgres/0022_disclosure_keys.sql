-- The secret that keys disclosure control's rounding (ADR 0020): made here, by the database's own strong random source
-- (gen_random_uuid), once per installation, and never shown. Outside the EF model: only the report code reads it.
CREATE TABLE disclosure_keys (
    name character varying(40) NOT NULL,
    secret character varying(200) NOT NULL,
    CONSTRAINT pk_disclosure_keys PRIMARY KEY (name)
);

INSERT INTO disclosure_keys (name, secret)
VALUES ('cell-key', replace(gen_random_uuid()::text || gen_random_uuid()::text || gen_random_uuid()::text, '-', ''));
