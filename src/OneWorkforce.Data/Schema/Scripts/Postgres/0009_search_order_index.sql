CREATE INDEX ix_qualifications_status_title_key_reference ON qualifications (status, title_key, reference);
