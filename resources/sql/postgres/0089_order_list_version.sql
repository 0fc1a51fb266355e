-- Far jumps in any sort order on PostgreSQL (issue 19): a version of the
-- order list, so that the sort anchors a desktop keeps (the key of every
-- 4,000th row of a list, models/stores/sortanchors.cpp) are used only for
-- the data they were read from.
--
-- The anchors, the version and the page are read in one REPEATABLE READ
-- snapshot, so the version must move with every committed change of what a
-- list shows or filters by (orders, their lines, the products a keyword
-- finds), in the snapshot itself: a number read outside it (a sequence,
-- pg_stat_user_tables.n_mod_since_analyze, which is also flushed up to a
-- second late and counts per table, not per commit) can say "unchanged"
-- for a snapshot that already holds a new commit.
--
-- One row bumped by every writer would make every write of orders wait for
-- the transaction that bumped it last (a long import would hold every
-- clerk's edit). So the version is the sum of 64 counters: a writing
-- transaction adds 1 to one of them, once, the first one no other
-- transaction holds (SKIP LOCKED): it never waits while fewer than 64 write
-- at the same time, and the sum grows with every commit that changed the
-- list, whatever its order of commits (a counter only grows; a rolled-back
-- transaction takes its 1 back). Once per transaction (a setting local to
-- it; a savepoint rolled back undoes both): a transaction that writes
-- 100,000 orders adds one row version, not one per statement.

CREATE TABLE order_list_version (
    slot integer PRIMARY KEY,
    n    bigint  NOT NULL DEFAULT 0
);
INSERT INTO order_list_version(slot) SELECT g FROM generate_series(0, 63) g;

CREATE FUNCTION docket_order_list_changed() RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER SET jit = off AS $$
BEGIN
    IF current_setting('docket.order_list_changed', true) IS DISTINCT FROM 'yes' THEN
        UPDATE order_list_version SET n = n + 1
        WHERE slot = (SELECT v.slot FROM order_list_version v ORDER BY v.slot
                      FOR UPDATE SKIP LOCKED LIMIT 1);
        IF NOT FOUND THEN
            -- 64 transactions write at once: wait for one.
            UPDATE order_list_version SET n = n + 1 WHERE slot = pg_backend_pid() % 64;
        END IF;
        PERFORM set_config('docket.order_list_changed', 'yes', true);
    END IF;
    RETURN NULL;
END
$$;

CREATE TRIGGER orders_list_version AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON orders
    FOR EACH STATEMENT EXECUTE FUNCTION docket_order_list_changed();
CREATE TRIGGER order_lines_list_version AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE
    ON order_lines FOR EACH STATEMENT EXECUTE FUNCTION docket_order_list_changed();
CREATE TRIGGER products_list_version AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON products
    FOR EACH STATEMENT EXECUTE FUNCTION docket_order_list_changed();

-- Every login reads it (it says nothing but "changed"); nobody writes it but
-- the trigger.
GRANT SELECT ON order_list_version TO docket_user, docket_service;

SELECT docket_harden();
