-- Workforce development events (seed 000's rolling programme of half-day workshops) are booked like courses and listed apart.
ALTER TABLE courses ADD COLUMN kind character varying(10) NOT NULL DEFAULT 'course';
CREATE INDEX ix_courses_kind ON courses (kind);
