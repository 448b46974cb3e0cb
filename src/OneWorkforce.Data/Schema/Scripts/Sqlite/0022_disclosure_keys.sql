-- The secret that keys disclosure control's rounding (ADR 0020): made here, by the database's own random source, once
-- per installation, and never shown. Outside the EF model: only the report code reads it.
CREATE TABLE disclosure_keys (
    name TEXT NOT NULL CONSTRAINT pk_disclosure_keys PRIMARY KEY,
    secret TEXT NOT NULL
);

INSERT INTO disclosure_keys (name, secret) VALUES ('cell-key', lower(hex(randomblob(32))));
