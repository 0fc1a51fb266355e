-- Batches on PostgreSQL, second pass (issue 18 item 1): two costs that were
-- larger than the UPDATE of the orders themselves, found with auto_explain
-- (log_nested_statements, log_analyze, log_triggers) on one chunk of 5,000
-- invalidations (docs/scaling.md has the figures):
--
--   * The emptied summary rows were deleted by their key (0060) with
--     `DELETE ... USING unnest(empty)`. The planner cannot see into the array,
--     takes it for one row, and joins it by nested loop against a sequential
--     scan of the summary table: for sales_product, thousands of emptied rows
--     times every row of the table with lines = 0 re-read per probe (8 million
--     comparisons, 2.5 s of a 4.9 s chunk). The upsert now returns the
--     physical address (ctid) of each row it leaves at zero, and the DELETE
--     reads exactly those rows (a TID scan; the row is locked by the upsert,
--     so it cannot have moved, and `= 0` is checked again).
--   * JIT compilation. The statement-level triggers join the statement's
--     transition tables, which the planner estimates from defaults: the audit
--     trigger's INSERT was costed at half a million and compiled with LLVM
--     (inlining and optimisation) on every chunk, 1.1 s of its 1.2 s. The
--     triggers of orders and order_lines that read transition tables, and the
--     batch functions that fire them, now run with jit = off (a setting of
--     the function: the functions they call inherit it). Nothing else of the
--     database changes.
--
-- And two indexes that every non-HOT update of an order (each invalidation)
-- maintained for nothing: orders_email and orders_phone (0068), partial
-- indexes on (email, created_at) and (phone, created_at), are covered by
-- orders_email_at and orders_phone_at (0072) on the same columns. SQLite keeps
-- its copies (an update there touches only the indexes of changed columns).
--
-- The summaries and the audit trail are what they were: test_summaries and
-- test_pg (batchesAfterUpgradeFrom80) compare them with a rebuild.

CREATE OR REPLACE FUNCTION docket_sales_orders_add(r sales_orders[]) RETURNS void
LANGUAGE plpgsql AS $$
DECLARE
    empty tid[];
BEGIN
    WITH up AS (
        INSERT INTO sales_orders AS s SELECT * FROM unnest(r)
        ON CONFLICT (grain, bucket, channel, status, invalid) DO UPDATE
        SET orders = s.orders + EXCLUDED.orders,
            total_cents = s.total_cents + EXCLUDED.total_cents
        RETURNING s.ctid, s.orders)
    SELECT array_agg(up.ctid) INTO empty FROM up WHERE up.orders = 0;
    IF empty IS NOT NULL THEN
        DELETE FROM sales_orders s WHERE s.ctid = ANY (empty) AND s.orders = 0;
    END IF;
END
$$;

CREATE OR REPLACE FUNCTION docket_sales_region_add(r sales_region[]) RETURNS void
LANGUAGE plpgsql AS $$
DECLARE
    empty tid[];
BEGIN
    WITH up AS (
        INSERT INTO sales_region AS s SELECT * FROM unnest(r)
        ON CONFLICT (grain, bucket, channel, status, ship_country, ship_region) DO UPDATE
        SET orders = s.orders + EXCLUDED.orders,
            total_cents = s.total_cents + EXCLUDED.total_cents
        RETURNING s.ctid, s.orders)
    SELECT array_agg(up.ctid) INTO empty FROM up WHERE up.orders = 0;
    IF empty IS NOT NULL THEN
        DELETE FROM sales_region s WHERE s.ctid = ANY (empty) AND s.orders = 0;
    END IF;
END
$$;

CREATE OR REPLACE FUNCTION docket_sales_product_add(r sales_product[]) RETURNS void
LANGUAGE plpgsql AS $$
DECLARE
    empty tid[];
BEGIN
    WITH up AS (
        INSERT INTO sales_product AS s SELECT * FROM unnest(r)
        ON CONFLICT (grain, bucket, channel, status, sku) DO UPDATE
        SET lines = s.lines + EXCLUDED.lines, quantity = s.quantity + EXCLUDED.quantity,
            total_cents = s.total_cents + EXCLUDED.total_cents
        RETURNING s.ctid, s.lines)
    SELECT array_agg(up.ctid) INTO empty FROM up WHERE up.lines = 0;
    IF empty IS NOT NULL THEN
        DELETE FROM sales_product s WHERE s.ctid = ANY (empty) AND s.lines = 0;
    END IF;
END
$$;

-- Deleting invalid orders (docket_orders_delete_invalid) cascades to their
-- lines, and two statement triggers of order_lines looked each deleted line's
-- order up although the orders are gone by then: the summaries' trigger by a
-- hash join over a sequential scan of the whole orders table (0.13 s a chunk
-- at 200,000 orders, growing with the table), the audit of line edits by an
-- index probe per line. Invalid orders count in no summary of lines, and an
-- order deleted is archived whole, so for that delete (marked by
-- docket.archived, as for the archive trigger) both stand aside; for any
-- other delete of lines the summaries read each line's order by index.
CREATE OR REPLACE FUNCTION docket_sales_lines_delete_trigger() RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER AS $$
BEGIN
    IF COALESCE(current_setting('docket.archived', true), '') = txid_current()::text THEN
        -- Orders deleted with their lines: sales_deleted_orders holds those
        -- that counted (none, when only invalid orders are deleted).
        PERFORM docket_sales_apply_lines(ARRAY(
            SELECT ROW(-1, d.created_at, d.channel, d.status, l.sku, l.quantity,
                       l.unit_price_cents)::docket_sales_line_change
            FROM old_rows l JOIN sales_deleted_orders d ON d.id = l.order_id));
    ELSE
        PERFORM docket_sales_apply_lines(ARRAY(
            SELECT ROW(-1, o.created_at, o.channel, o.status, l.sku, l.quantity,
                       l.unit_price_cents)::docket_sales_line_change
            FROM old_rows l
            -- By index, one probe per line (OFFSET 0 keeps it a subquery: a
            -- join is planned as a hash of the whole orders table).
            CROSS JOIN LATERAL (SELECT o.created_at, o.channel, o.status FROM orders o
                                WHERE o.id = l.order_id
                                  AND docket_sales_counts(o.invalid_at, o.status)
                                OFFSET 0) o
            UNION ALL
            SELECT ROW(-1, d.created_at, d.channel, d.status, l.sku, l.quantity,
                       l.unit_price_cents)::docket_sales_line_change
            FROM old_rows l JOIN sales_deleted_orders d ON d.id = l.order_id));
    END IF;
    IF EXISTS (SELECT 1 FROM sales_deleted_orders) THEN
        DELETE FROM sales_deleted_orders;
    END IF;
    RETURN NULL;
END
$$;

CREATE OR REPLACE FUNCTION docket_lines_deleted_trigger() RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER AS $$
BEGIN
    IF NOT docket_audit_on()
       OR COALESCE(current_setting('docket.archived', true), '') = txid_current()::text THEN
        RETURN NULL;
    END IF;
    -- The first text of a transaction is what the lines were before it.
    INSERT INTO audit_lines_before(xid, order_id, lines)
    SELECT txid_current(), d.order_id,
           string_agg(d.quantity || '× ' || d.sku || ' ' || d.name || ' @ '
                      || docket_money_text(d.unit_price_cents), '; ' ORDER BY d.line_no, d.id)
    FROM deleted_lines d
    WHERE EXISTS (SELECT 1 FROM orders o WHERE o.id = d.order_id)
    GROUP BY d.order_id
    ON CONFLICT (xid, order_id) DO NOTHING;
    RETURN NULL;
END
$$;

-- No JIT for the triggers that read transition tables ...
ALTER FUNCTION docket_orders_changed_trigger() SET jit = off;
ALTER FUNCTION docket_orders_created_trigger() SET jit = off;
ALTER FUNCTION docket_orders_guard_insert_trigger() SET jit = off;
ALTER FUNCTION docket_orders_guard_update_trigger() SET jit = off;
ALTER FUNCTION docket_orders_guard_delete_trigger() SET jit = off;
ALTER FUNCTION docket_orders_outbox_insert_trigger() SET jit = off;
ALTER FUNCTION docket_orders_outbox_update_trigger() SET jit = off;
ALTER FUNCTION docket_sales_orders_insert_trigger() SET jit = off;
ALTER FUNCTION docket_sales_orders_update_trigger() SET jit = off;
ALTER FUNCTION docket_sales_orders_delete_trigger() SET jit = off;
ALTER FUNCTION docket_sales_lines_insert_trigger() SET jit = off;
ALTER FUNCTION docket_sales_lines_update_trigger() SET jit = off;
ALTER FUNCTION docket_sales_lines_delete_trigger() SET jit = off;
ALTER FUNCTION docket_lines_deleted_trigger() SET jit = off;
ALTER FUNCTION docket_stock_orders_trigger() SET jit = off;
ALTER FUNCTION docket_stock_lines_trigger() SET jit = off;
-- ... and for the batch functions that fire them (and archive the orders).
ALTER FUNCTION docket_orders_lock(bigint[], boolean) SET jit = off;
ALTER FUNCTION docket_orders_invalidate(bigint[], text) SET jit = off;
ALTER FUNCTION docket_orders_revalidate(bigint[]) SET jit = off;
ALTER FUNCTION docket_orders_delete_invalid(bigint[]) SET jit = off;
ALTER FUNCTION docket_archive_orders(bigint[], bigint, text) SET jit = off;

DROP INDEX orders_email;
DROP INDEX orders_phone;

SELECT docket_harden();
