-- Each person's latest training, kept by the database itself (ADR 0019): one row per person with any training record,
-- holding the latest date completed of any topic and of each topic, and the latest safeguarding expiry. The training
-- report reads it instead of counting distinct people over every record. PostgreSQL only, and outside the EF model:
-- the triggers below keep it right whatever writes training_records (uploads, attendance, entries by hand, erasure).
-- One column per topic of WorkforceCodes.TrainingTopics ('-' becomes '_'); a test checks the two agree.
CREATE TABLE training_latest (
    worker_id bigint NOT NULL,
    last_completed_on date,
    last_safeguarding date,
    last_first_aid date,
    last_caf date,
    last_common_core date,
    last_induction date,
    last_health_and_safety date,
    last_food_hygiene date,
    last_send date,
    last_child_development date,
    last_behaviour date,
    last_leadership date,
    last_equality date,
    last_other date,
    safeguarding_expires_on date,
    safeguarding_unexpiring_on date,
    CONSTRAINT pk_training_latest PRIMARY KEY (worker_id)
);

-- The report uses the kept dates only when no training is dated after its 'as at' date: this finds the latest at once.
CREATE INDEX ix_training_latest_last_completed_on ON training_latest (last_completed_on);

-- The query of the latest dates, per person, of a set of training records (the new rows of a statement, or all the
-- records of some people): the same columns in the same order as training_latest.
CREATE FUNCTION training_latest_query(source text) RETURNS text LANGUAGE sql IMMUTABLE AS $$
    SELECT 'SELECT worker_id, MAX(completed_on)'
        || ', MAX(completed_on) FILTER (WHERE topic = ''safeguarding'')'
        || ', MAX(completed_on) FILTER (WHERE topic = ''first-aid'')'
        || ', MAX(completed_on) FILTER (WHERE topic = ''caf'')'
        || ', MAX(completed_on) FILTER (WHERE topic = ''common-core'')'
        || ', MAX(completed_on) FILTER (WHERE topic = ''induction'')'
        || ', MAX(completed_on) FILTER (WHERE topic = ''health-and-safety'')'
        || ', MAX(completed_on) FILTER (WHERE topic = ''food-hygiene'')'
        || ', MAX(completed_on) FILTER (WHERE topic = ''send'')'
        || ', MAX(completed_on) FILTER (WHERE topic = ''child-development'')'
        || ', MAX(completed_on) FILTER (WHERE topic = ''behaviour'')'
        || ', MAX(completed_on) FILTER (WHERE topic = ''leadership'')'
        || ', MAX(completed_on) FILTER (WHERE topic = ''equality'')'
        || ', MAX(completed_on) FILTER (WHERE topic = ''other'')'
        || ', MAX(expires_on) FILTER (WHERE topic = ''safeguarding'')'
        || ', MAX(completed_on) FILTER (WHERE topic = ''safeguarding'' AND expires_on IS NULL)'
        || ' FROM ' || source || ' GROUP BY worker_id'
$$;

-- Every change to an area's training records takes the area's lock (an advisory lock, held to the end of the
-- transaction), so the changes of two transactions to one person's dates never cross: the second waits for the first
-- to commit, then reads it. Areas are locked in order, so two changes never deadlock.
CREATE FUNCTION training_latest_lock(areas integer[]) RETURNS void LANGUAGE plpgsql AS $$
DECLARE
    area integer;
BEGIN
    FOR area IN SELECT DISTINCT a FROM unnest(areas) AS a ORDER BY a LOOP
        PERFORM pg_advisory_xact_lock(1952, area);
    END LOOP;
END
$$;

-- New records can only move a person's dates later: merge them in with GREATEST.
CREATE FUNCTION training_latest_added() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    PERFORM training_latest_lock(ARRAY(SELECT DISTINCT area_id FROM added));
    EXECUTE 'INSERT INTO training_latest ' || training_latest_query('added') || ' ON CONFLICT (worker_id) DO UPDATE SET '
        || 'last_completed_on = GREATEST(training_latest.last_completed_on, EXCLUDED.last_completed_on), '
        || 'last_safeguarding = GREATEST(training_latest.last_safeguarding, EXCLUDED.last_safeguarding), '
        || 'last_first_aid = GREATEST(training_latest.last_first_aid, EXCLUDED.last_first_aid), '
        || 'last_caf = GREATEST(training_latest.last_caf, EXCLUDED.last_caf), '
        || 'last_common_core = GREATEST(training_latest.last_common_core, EXCLUDED.last_common_core), '
        || 'last_induction = GREATEST(training_latest.last_induction, EXCLUDED.last_induction), '
        || 'last_health_and_safety = GREATEST(training_latest.last_health_and_safety, EXCLUDED.last_health_and_safety), '
        || 'last_food_hygiene = GREATEST(training_latest.last_food_hygiene, EXCLUDED.last_food_hygiene), '
        || 'last_send = GREATEST(training_latest.last_send, EXCLUDED.last_send), '
        || 'last_child_development = GREATEST(training_latest.last_child_development, EXCLUDED.last_child_development), '
        || 'last_behaviour = GREATEST(training_latest.last_behaviour, EXCLUDED.last_behaviour), '
        || 'last_leadership = GREATEST(training_latest.last_leadership, EXCLUDED.last_leadership), '
        || 'last_equality = GREATEST(training_latest.last_equality, EXCLUDED.last_equality), '
        || 'last_other = GREATEST(training_latest.last_other, EXCLUDED.last_other), '
        || 'safeguarding_expires_on = GREATEST(training_latest.safeguarding_expires_on, EXCLUDED.safeguarding_expires_on), '
        || 'safeguarding_unexpiring_on = GREATEST(training_latest.safeguarding_unexpiring_on, EXCLUDED.safeguarding_unexpiring_on)';
    RETURN NULL;
END
$$;

-- A changed or removed record can move a date earlier: count the people it touched again from all their records.
CREATE FUNCTION training_latest_recount(people bigint[], areas integer[]) RETURNS void LANGUAGE plpgsql AS $$
BEGIN
    PERFORM training_latest_lock(areas);
    DELETE FROM training_latest WHERE worker_id = ANY (people);
    EXECUTE 'INSERT INTO training_latest ' || training_latest_query('training_records WHERE worker_id = ANY ($1)') USING people;
END
$$;

CREATE FUNCTION training_latest_changed() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    PERFORM training_latest_recount(
        ARRAY(SELECT worker_id FROM before UNION SELECT worker_id FROM after),
        ARRAY(SELECT area_id FROM before UNION SELECT area_id FROM after));
    RETURN NULL;
END
$$;

CREATE FUNCTION training_latest_removed() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    PERFORM training_latest_recount(ARRAY(SELECT DISTINCT worker_id FROM before), ARRAY(SELECT DISTINCT area_id FROM before));
    RETURN NULL;
END
$$;

CREATE TRIGGER training_latest_after_insert AFTER INSERT ON training_records
    REFERENCING NEW TABLE AS added FOR EACH STATEMENT EXECUTE FUNCTION training_latest_added();
CREATE TRIGGER training_latest_after_update AFTER UPDATE ON training_records
    REFERENCING OLD TABLE AS before NEW TABLE AS after FOR EACH STATEMENT EXECUTE FUNCTION training_latest_changed();
CREATE TRIGGER training_latest_after_delete AFTER DELETE ON training_records
    REFERENCING OLD TABLE AS before FOR EACH STATEMENT EXECUTE FUNCTION training_latest_removed();

-- The records already held.
DO $$ BEGIN EXECUTE 'INSERT INTO training_latest ' || training_latest_query('training_records'); END $$;
