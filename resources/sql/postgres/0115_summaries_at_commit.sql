-- An import's summaries added up once, at its commit (issue 16).
--
-- A file import is one transaction that writes its new orders a run of 250 at
-- a time (docket_orders_create_many, 0098). Each run's statement triggers
-- added its orders and lines to the summaries (0007): the same day, month and
-- hour rows of sales_orders, sales_region and sales_product were updated again
-- by every run. Rows updated again and again inside one transaction cannot be
-- pruned until it ends, so each update walked a longer chain of its own
-- earlier versions: at 100,000 orders (400 runs) most of the server's time was
-- heap_hot_search_buffer under the summaries' ON CONFLICT checks, and the
-- import grew faster than its size (10,000 orders 35 s, 100,000 1,121 s).
--
-- Now a transaction may ask for its new orders' summaries to wait for its
-- commit (docket_summaries_defer(); the import does, through
-- summaries::BatchUpdate). The insert triggers of orders and order_lines then
-- put what they would have added into sales_pending (one row per statement,
-- never updated), and a deferred constraint trigger adds all of it up and
-- applies it once, at COMMIT, under the summary lock: each summary row is
-- updated once per import.
--
-- Nothing else sees the difference:
--   * the pending rows are the transaction's own: other sessions never see
--     them, a rollback (or a savepoint rolled back) takes them away with the
--     orders they belong to, and they are gone before the commit ends;
--   * any UPDATE or DELETE of orders or order_lines first applies what is
--     pending (a statement trigger before it), so the update triggers, which
--     read sales_orders to drop whole cells (0061), see exact figures;
--   * a login may set the flag itself (it is a transaction-local setting):
--     all it gets is its own transaction's summaries at its commit. It cannot
--     write sales_pending, skip the trigger (it is not the owner) or commit
--     without it (deferred constraint triggers fire at COMMIT, and SET
--     CONSTRAINTS ... IMMEDIATE only fires them sooner).

CREATE TABLE sales_pending (
    id      bigserial PRIMARY KEY,
    orders  docket_sales_order_change[] NOT NULL DEFAULT '{}',
    lines   docket_sales_line_change[] NOT NULL DEFAULT '{}'
);
REVOKE ALL ON sales_pending FROM PUBLIC;

-- Whether this transaction's new orders wait for its commit.
CREATE FUNCTION docket_summaries_deferred() RETURNS boolean
LANGUAGE sql AS $$
    SELECT COALESCE(current_setting('docket.summaries_deferred', true), '')
           = CAST(txid_current() AS text)
$$;

-- Asked by an import (or any batch of new orders) at its start.
CREATE FUNCTION docket_summaries_defer() RETURNS void
LANGUAGE plpgsql SECURITY DEFINER AS $$
BEGIN
    IF NOT docket_can('create_orders') THEN
        PERFORM docket_refuse('deferring the summaries needs "create_orders"');
    END IF;
    PERFORM set_config('docket.summaries_deferred', CAST(txid_current() AS text), true);
END
$$;

-- Applies what is pending, once, and empties sales_pending.
CREATE FUNCTION docket_sales_flush() RETURNS void
LANGUAGE plpgsql AS $$
DECLARE
    v_orders docket_sales_order_change[];
    v_lines docket_sales_line_change[];
BEGIN
    IF NOT EXISTS (SELECT 1 FROM sales_pending) THEN
        RETURN;
    END IF;
    WITH gone AS (DELETE FROM sales_pending RETURNING orders, lines)
    SELECT (SELECT array_agg(x) FROM gone g CROSS JOIN LATERAL unnest(g.orders) AS x),
           (SELECT array_agg(x) FROM gone g CROSS JOIN LATERAL unnest(g.lines) AS x)
    INTO v_orders, v_lines;
    PERFORM docket_sales_apply_orders(v_orders);
    PERFORM docket_sales_apply_lines(v_lines);
END
$$;

CREATE FUNCTION docket_sales_flush_trigger() RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER AS $$
BEGIN
    PERFORM docket_sales_flush();
    RETURN NULL;
END
$$;

-- At COMMIT: what the transaction left pending (the first firing applies it
-- all, the others find nothing).
CREATE CONSTRAINT TRIGGER sales_pending_at_commit AFTER INSERT ON sales_pending
    DEFERRABLE INITIALLY DEFERRED
    FOR EACH ROW EXECUTE FUNCTION docket_sales_flush_trigger();

-- Before any other change of orders or lines: exact summaries for their
-- triggers.
CREATE TRIGGER analytics_pending_orders BEFORE UPDATE OR DELETE ON orders
    FOR EACH STATEMENT EXECUTE FUNCTION docket_sales_flush_trigger();
CREATE TRIGGER analytics_pending_lines BEFORE UPDATE OR DELETE ON order_lines
    FOR EACH STATEMENT EXECUTE FUNCTION docket_sales_flush_trigger();

-- The insert triggers of 0007, which stage when the transaction asked to.
CREATE OR REPLACE FUNCTION docket_sales_orders_insert_trigger() RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER AS $$
DECLARE
    v_changes docket_sales_order_change[] := ARRAY(
        SELECT ROW(1, n.created_at, n.channel, n.status, n.invalid_at, n.total_cents,
                   n.ship_country, n.ship_region)::docket_sales_order_change
        FROM new_rows n);
BEGIN
    IF cardinality(v_changes) = 0 THEN
        RETURN NULL;
    END IF;
    IF docket_summaries_deferred() THEN
        INSERT INTO sales_pending(orders) VALUES (v_changes);
    ELSE
        PERFORM docket_sales_apply_orders(v_changes);
    END IF;
    RETURN NULL;
END
$$;

CREATE OR REPLACE FUNCTION docket_sales_lines_insert_trigger() RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER AS $$
DECLARE
    v_changes docket_sales_line_change[] := ARRAY(
        SELECT ROW(1, o.created_at, o.channel, o.status, l.sku, l.quantity,
                   l.unit_price_cents)::docket_sales_line_change
        FROM new_rows l JOIN orders o ON o.id = l.order_id
        WHERE docket_sales_counts(o.invalid_at, o.status));
BEGIN
    IF cardinality(v_changes) = 0 THEN
        RETURN NULL;
    END IF;
    IF docket_summaries_deferred() THEN
        INSERT INTO sales_pending(lines) VALUES (v_changes);
    ELSE
        PERFORM docket_sales_apply_lines(v_changes);
    END IF;
    RETURN NULL;
END
$$;

ALTER FUNCTION docket_sales_orders_insert_trigger() SET jit = off;
ALTER FUNCTION docket_sales_lines_insert_trigger() SET jit = off;
ALTER FUNCTION docket_sales_flush() SET jit = off;

INSERT INTO docket_login_functions(name) VALUES ('docket_summaries_defer');

SELECT docket_harden();
