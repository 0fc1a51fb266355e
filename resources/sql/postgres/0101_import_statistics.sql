-- The planner's statistics while an import fills an empty team database
-- (issue 16).
--
-- An import is one transaction. Autovacuum cannot see its rows before it
-- commits, so a new database's orders, lines and sources keep the statistics
-- of empty tables while the import writes tens of thousands of rows into
-- them, and the plans of the review rules' and the import's lookups (made for
-- empty tables) read more and more of what the import wrote: 250 orders took
-- 0.7 s at first and 2-3 s after 10,000 (a psql replay of the import's runs).
-- ANALYZE inside the transaction counts the transaction's own rows, and the
-- cached plans are made again; with it every 2,500 orders the same runs took
-- 0.35-0.9 s (20,000 orders: 146 s -> 34 s).
--
-- docket_orders_analyze(p_made) analyzes the order tables when the import has
-- made at least as many orders as the table was known to hold (and at least
-- 1,000), so an import into an empty database refreshes them at 1,000, 2,000,
-- 4,000 ... orders, one into a big database never. Returns the number of
-- orders the statistics now know of. Only the owner of a table may analyze
-- it: a login gets this function (it needs create_orders).

CREATE FUNCTION docket_orders_analyze(p_made bigint) RETURNS bigint
LANGUAGE plpgsql SECURITY DEFINER AS $$
DECLARE
    v_known bigint := (SELECT GREATEST(CAST(c.reltuples AS bigint), 0) FROM pg_catalog.pg_class c
                       WHERE c.oid = CAST('orders' AS regclass));
BEGIN
    IF NOT docket_can('create_orders') THEN
        PERFORM docket_refuse('refreshing the order tables'' statistics needs "create_orders"');
    END IF;
    IF COALESCE(p_made, 0) < GREATEST(1000, v_known) THEN
        RETURN v_known;
    END IF;
    ANALYZE orders, order_lines, order_sources, order_events, review_findings;
    RETURN (SELECT GREATEST(CAST(c.reltuples AS bigint), 0) FROM pg_catalog.pg_class c
            WHERE c.oid = CAST('orders' AS regclass));
END
$$;

INSERT INTO docket_login_functions(name) VALUES ('docket_orders_analyze');

SELECT docket_harden();
