-- The records of an order move its updated_at once per statement, not once
-- per row (issue 15's shipment file on PostgreSQL; 0140 made them move it).
-- 0140's triggers ran FOR EACH ROW: a shipment file of 10,000 parcels, one
-- INSERT of shipments, ran 10,000 UPDATEs of one order each, and every one
-- of those fired the statement triggers of orders (the list version, NOTIFY,
-- the summaries, the outbox): at 1,000,000 orders 18.5 s of server CPU for
-- the file against 6.9 s before 0140, and a carrier file of tracking events
-- the same per event. Now one AFTER ... FOR EACH STATEMENT trigger per table
-- reads the statement's rows (transition tables) and moves every order they
-- name in one UPDATE, in id order, only where updated_at is older than the
-- write (never back), and only when there is such an order (an UPDATE of no
-- row still fires the statement triggers of orders). What moves is the same
-- as before: a new payment, refund, parcel or tracking event, a payment whose
-- state changed, a parcel whose delivery time changed. PostgreSQL allows no
-- column list beside transition tables, so the two UPDATE triggers compare
-- the old and new rows themselves (0140 fired on any UPDATE naming the
-- column, changed or not; a write that changes nothing now moves nothing).

DROP TRIGGER payments_touch_order ON payments;
DROP TRIGGER refunds_touch_order ON refunds;
DROP TRIGGER shipments_touch_order ON shipments;
DROP TRIGGER tracking_events_touch_order ON tracking_events;
DROP FUNCTION docket_records_touch_order_trigger();

-- The orders named by a statement, moved to the write time.
CREATE FUNCTION docket_touch_orders(p_ids bigint[]) RETURNS void
LANGUAGE plpgsql SECURITY DEFINER AS $$
DECLARE
    v_now bigint := docket_now();
BEGIN
    IF EXISTS (SELECT 1 FROM orders
               WHERE id = ANY (p_ids) AND updated_at < v_now) THEN
        UPDATE orders o SET updated_at = v_now
        FROM (SELECT x.id FROM orders x
              WHERE x.id = ANY (p_ids) AND x.updated_at < v_now
              ORDER BY x.id FOR UPDATE) l
        WHERE o.id = l.id;
    END IF;
END
$$;
ALTER FUNCTION docket_touch_orders(bigint[]) SET jit = off;

CREATE FUNCTION docket_records_inserted_touch_trigger() RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER AS $$
BEGIN
    PERFORM docket_touch_orders(ARRAY(SELECT DISTINCT n.order_id FROM new_rows n));
    RETURN NULL;
END
$$;
ALTER FUNCTION docket_records_inserted_touch_trigger() SET jit = off;

CREATE FUNCTION docket_payments_state_touch_trigger() RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER AS $$
BEGIN
    PERFORM docket_touch_orders(ARRAY(
        SELECT DISTINCT n.order_id FROM new_rows n JOIN old_rows o ON o.id = n.id
        WHERE n.state IS DISTINCT FROM o.state));
    RETURN NULL;
END
$$;
ALTER FUNCTION docket_payments_state_touch_trigger() SET jit = off;

CREATE FUNCTION docket_shipments_delivered_touch_trigger() RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER AS $$
BEGIN
    PERFORM docket_touch_orders(ARRAY(
        SELECT DISTINCT n.order_id FROM new_rows n JOIN old_rows o ON o.id = n.id
        WHERE n.delivered_at IS DISTINCT FROM o.delivered_at));
    RETURN NULL;
END
$$;
ALTER FUNCTION docket_shipments_delivered_touch_trigger() SET jit = off;

CREATE TRIGGER payments_touch_order AFTER INSERT ON payments
    REFERENCING NEW TABLE AS new_rows
    FOR EACH STATEMENT EXECUTE FUNCTION docket_records_inserted_touch_trigger();
CREATE TRIGGER payments_state_touch_order AFTER UPDATE ON payments
    REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
    FOR EACH STATEMENT EXECUTE FUNCTION docket_payments_state_touch_trigger();
CREATE TRIGGER refunds_touch_order AFTER INSERT ON refunds
    REFERENCING NEW TABLE AS new_rows
    FOR EACH STATEMENT EXECUTE FUNCTION docket_records_inserted_touch_trigger();
CREATE TRIGGER shipments_touch_order AFTER INSERT ON shipments
    REFERENCING NEW TABLE AS new_rows
    FOR EACH STATEMENT EXECUTE FUNCTION docket_records_inserted_touch_trigger();
CREATE TRIGGER shipments_delivered_touch_order AFTER UPDATE ON shipments
    REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
    FOR EACH STATEMENT EXECUTE FUNCTION docket_shipments_delivered_touch_trigger();
CREATE TRIGGER tracking_events_touch_order AFTER INSERT ON tracking_events
    REFERENCING NEW TABLE AS new_rows
    FOR EACH STATEMENT EXECUTE FUNCTION docket_records_inserted_touch_trigger();

-- The statement triggers of orders that every such UPDATE fires return at
-- once when the statement changed nothing they act on: the audit of edits
-- (docket_orders_changed_trigger, 0069: about 1 ms a call at 1M orders, most
-- of a carrier file's per-event cost) and the sales summaries
-- (docket_sales_orders_update_trigger, 0061). The bodies are 0069's and
-- 0061's with the first test added.
CREATE OR REPLACE FUNCTION docket_orders_changed_trigger() RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER AS $$
DECLARE
    ctx record;
    who text;
    ts bigint;
    v_note text := COALESCE(current_setting('docket.note', true), '');
    v_xid bigint := txid_current();
    v_lines boolean := EXISTS (SELECT 1 FROM audit_lines_before b WHERE b.xid = v_xid);
BEGIN
    -- Nothing this trigger writes changed (a record moving updated_at, a
    -- step or deadline): no event, and the statement below is not run.
    -- (An aggregate, not EXISTS, over the transition tables: see
    -- docket_sales_orders_update_trigger.)
    IF NOT v_lines AND (SELECT count(*) FROM old_rows o JOIN new_rows n ON n.id = o.id
                        WHERE (o.customer_name COLLATE "C", o.email, o.phone, o.ship_street,
                               o.ship_city, o.ship_postcode, o.ship_region, o.ship_country,
                               o.channel, o.currency, o.note, o.assigned_to, o.bill_country,
                               o.total_cents, o.status, o.invalid_at IS NULL)
                              IS DISTINCT FROM
                              (n.customer_name COLLATE "C", n.email, n.phone, n.ship_street,
                               n.ship_city, n.ship_postcode, n.ship_region, n.ship_country,
                               n.channel, n.currency, n.note, n.assigned_to, n.bill_country,
                               n.total_cents, n.status, n.invalid_at IS NULL)
                           OR (o.seen_at IS NULL AND n.seen_at IS NOT NULL)) = 0 THEN
        RETURN NULL;
    END IF;
    SELECT * INTO ctx FROM docket_audit_context();
    IF NOT ctx.audit THEN
        RETURN NULL;
    END IF;
    who := ctx.actor;
    ts := ctx.at;
    INSERT INTO order_events(order_id, at, actor, kind, field, old_value, new_value, note)
    SELECT c.id, ts, COALESCE(c.actor, who), c.kind, c.field, COALESCE(c.old_value, ''), COALESCE(c.new_value, ''),
           COALESCE(c.note, '')
    FROM (
        SELECT n.id, f.seq, 'edited' AS kind, f.field, f.a AS old_value, f.b AS new_value,
               '' AS note, CAST(NULL AS text) AS actor
        FROM old_rows o JOIN new_rows n ON n.id = o.id
        CROSS JOIN LATERAL (VALUES
            (1, 'customer_name', o.customer_name COLLATE "C", n.customer_name COLLATE "C"),
            (2, 'email', o.email, n.email),
            (3, 'phone', o.phone, n.phone),
            (4, 'ship_street', o.ship_street, n.ship_street),
            (5, 'ship_city', o.ship_city, n.ship_city),
            (6, 'ship_postcode', o.ship_postcode, n.ship_postcode),
            (7, 'ship_region', o.ship_region, n.ship_region),
            (8, 'ship_country', o.ship_country, n.ship_country),
            (9, 'channel', o.channel, n.channel),
            (10, 'currency', o.currency, n.currency),
            (11, 'note', o.note, n.note),
            (12, 'assigned_to', o.assigned_to, n.assigned_to),
            (13, 'bill_country', o.bill_country, n.bill_country)) AS f(seq, field, a, b)
        WHERE f.a IS DISTINCT FROM f.b
        UNION ALL
        -- The lines this update replaced (kept by order_lines_before_update).
        SELECT b.order_id, 20, 'edited', 'lines', b.lines, docket_lines_text(b.order_id), '', NULL
        FROM audit_lines_before b JOIN new_rows n ON n.id = b.order_id
        WHERE v_lines AND b.xid = v_xid AND b.lines IS DISTINCT FROM docket_lines_text(b.order_id)
        UNION ALL
        SELECT n.id, 21, 'edited', 'total_cents', docket_money_text(o.total_cents),
               docket_money_text(n.total_cents), '', NULL
        FROM old_rows o JOIN new_rows n ON n.id = o.id
        WHERE o.total_cents IS DISTINCT FROM n.total_cents
        UNION ALL
        SELECT n.id, 22, 'status', 'status', o.status, n.status,
               COALESCE(sa.note, v_note), CASE WHEN sa.order_id IS NOT NULL THEN 'system' END
        FROM old_rows o JOIN new_rows n ON n.id = o.id
        LEFT JOIN audit_system_acts sa ON sa.xid = v_xid AND sa.order_id = n.id
        WHERE o.status IS DISTINCT FROM n.status
        UNION ALL
        SELECT n.id, 23, 'seen', '', '', '', '', NULL
        FROM old_rows o JOIN new_rows n ON n.id = o.id
        WHERE o.seen_at IS NULL AND n.seen_at IS NOT NULL
        UNION ALL
        SELECT n.id, 24, 'invalidated', '', '', '', n.invalid_reason, NULL
        FROM old_rows o JOIN new_rows n ON n.id = o.id
        WHERE o.invalid_at IS NULL AND n.invalid_at IS NOT NULL
        UNION ALL
        SELECT n.id, 24, 'revalidated', '', o.invalid_reason, '', '', NULL
        FROM old_rows o JOIN new_rows n ON n.id = o.id
        WHERE o.invalid_at IS NOT NULL AND n.invalid_at IS NULL) c
    ORDER BY c.id, c.seq;
    -- Used up: a later update in this transaction compares afresh.
    IF v_lines THEN
        DELETE FROM audit_lines_before b
        WHERE b.xid = v_xid AND b.order_id IN (SELECT n.id FROM new_rows n);
    END IF;
    RETURN NULL;
END
$$;
ALTER FUNCTION docket_orders_changed_trigger() SET jit = off;

CREATE OR REPLACE FUNCTION docket_sales_orders_update_trigger() RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER AS $$
DECLARE
    v_days bigint[];
    v_channels text[];
    v_statuses text[];
    v_counts bigint[];
    v_cells text[];
    v_dropped bigint[] := '{}';
    v_orders_dropped docket_sales_order_change[];
    v_orders_kept docket_sales_order_change[];
BEGIN
    -- No order of the statement changed what the summaries count (a record
    -- moving updated_at, a step or deadline, an edit of the address): nothing
    -- to add or take away. Every change the statements below act on changes
    -- one of these.
    IF (SELECT count(*) FROM old_rows o JOIN new_rows n ON n.id = o.id
        WHERE (o.created_at, o.channel, o.status, o.invalid_at IS NULL, o.total_cents,
               o.ship_country, o.ship_region)
              IS DISTINCT FROM
              (n.created_at, n.channel, n.status, n.invalid_at IS NULL, n.total_cents,
               n.ship_country, n.ship_region)) = 0 THEN
        RETURN NULL;
    END IF;
    -- Orders that counted and that the statement only marks invalid, by cell;
    -- the cells where they are every valid order (sales_orders as it stands
    -- before this statement's changes, read under the summary lock).
    -- (Aggregates, never EXISTS over the two transition tables: planned for
    -- its first row, an EXISTS joins them by nested loop, 5,000 x 5,000
    -- comparisons when no row matches; see docket_orders_guard_update_trigger.)
    SELECT array_agg(c.day), array_agg(c.channel), array_agg(c.status), array_agg(c.n)
    INTO v_days, v_channels, v_statuses, v_counts
    FROM (SELECT o.created_at - o.created_at % 86400 AS day, o.channel, o.status,
                 count(*) AS n
          FROM old_rows o JOIN new_rows n ON n.id = o.id
          WHERE docket_sales_counts(o.invalid_at, o.status) AND n.invalid_at IS NOT NULL
            AND (o.created_at, o.channel, o.status, o.total_cents, o.ship_country,
                 o.ship_region)
                IS NOT DISTINCT FROM
                (n.created_at, n.channel, n.status, n.total_cents, n.ship_country,
                 n.ship_region)
          GROUP BY 1, 2, 3) c;
    IF v_days IS NOT NULL THEN
        PERFORM pg_advisory_xact_lock(7310585, 1);
        SELECT array_agg(k.day), array_agg(k.channel), array_agg(k.status)
        INTO v_days, v_channels, v_statuses
        FROM unnest(v_days, v_channels, v_statuses, v_counts) AS k(day, channel, status, n)
        JOIN sales_orders s ON s.grain = 1 AND s.bucket = k.day AND s.channel = k.channel
                           AND s.status = k.status AND s.invalid = 0
        WHERE s.orders = k.n;
    END IF;
    IF v_days IS NOT NULL THEN
        PERFORM docket_sales_drop_cells(v_days, v_channels, v_statuses);
    END IF;

    -- Which changed orders went out with their whole cell (a few dozen cells:
    -- compared as text keys, which the planner cannot misjudge into a loop).
    IF v_days IS NOT NULL THEN
        v_cells := ARRAY(SELECT concat_ws('|', k.day, k.channel, k.status)
                         FROM unnest(v_days, v_channels, v_statuses) AS k(day, channel, status));
        v_dropped := ARRAY(
            SELECT n.id
            FROM old_rows o JOIN new_rows n ON n.id = o.id
            WHERE docket_sales_counts(o.invalid_at, o.status) AND n.invalid_at IS NOT NULL
              AND (o.created_at, o.channel, o.status, o.total_cents, o.ship_country,
                   o.ship_region)
                  IS NOT DISTINCT FROM
                  (n.created_at, n.channel, n.status, n.total_cents, n.ship_country,
                   n.ship_region)
              AND concat_ws('|', o.created_at - o.created_at % 86400, o.channel, o.status)
                  = ANY (v_cells));
    END IF;

    -- sales_orders for every changed order; the regions for the others.
    SELECT array_agg(ROW(x.sign, x.created_at, x.channel, x.status, x.invalid_at,
                         x.total_cents, x.ship_country, x.ship_region)::docket_sales_order_change)
               FILTER (WHERE d.id IS NOT NULL),
           array_agg(ROW(x.sign, x.created_at, x.channel, x.status, x.invalid_at,
                         x.total_cents, x.ship_country, x.ship_region)::docket_sales_order_change)
               FILTER (WHERE d.id IS NULL)
    INTO v_orders_dropped, v_orders_kept
    FROM old_rows o JOIN new_rows n ON n.id = o.id
    LEFT JOIN unnest(v_dropped) AS d(id) ON d.id = n.id
    CROSS JOIN LATERAL (
        SELECT -1, o.created_at, o.channel, o.status, o.invalid_at, o.total_cents,
               o.ship_country, o.ship_region
        UNION ALL
        SELECT 1, n.created_at, n.channel, n.status, n.invalid_at, n.total_cents,
               n.ship_country, n.ship_region)
        AS x(sign, created_at, channel, status, invalid_at, total_cents, ship_country,
             ship_region)
    WHERE (o.created_at, o.channel, o.status, o.invalid_at IS NULL, o.total_cents,
           o.ship_country, o.ship_region)
          IS DISTINCT FROM
          (n.created_at, n.channel, n.status, n.invalid_at IS NULL, n.total_cents,
           n.ship_country, n.ship_region);
    PERFORM docket_sales_apply_orders(v_orders_dropped, false);
    PERFORM docket_sales_apply_orders(v_orders_kept, true);
    PERFORM docket_sales_apply_lines(ARRAY(
        SELECT ROW(x.sign, x.created_at, x.channel, x.status, l.sku, l.quantity,
                   l.unit_price_cents)::docket_sales_line_change
        FROM old_rows o JOIN new_rows n ON n.id = o.id
        CROSS JOIN LATERAL (
            SELECT -1, o.created_at, o.channel, o.status
            WHERE docket_sales_counts(o.invalid_at, o.status)
            UNION ALL
            SELECT 1, n.created_at, n.channel, n.status
            WHERE docket_sales_counts(n.invalid_at, n.status))
            AS x(sign, created_at, channel, status)
        -- Each order's lines by index (LATERAL, and OFFSET 0 so that it stays
        -- a subquery): a plain join is planned from the transition tables'
        -- default estimates as a hash of the whole order_lines table, read
        -- again for every chunk (0.8 s a chunk at 200,000 orders).
        CROSS JOIN LATERAL (SELECT l.sku, l.quantity, l.unit_price_cents
                            FROM order_lines l WHERE l.order_id = n.id OFFSET 0) l
        WHERE (o.created_at, o.channel, o.status, docket_sales_counts(o.invalid_at, o.status))
              IS DISTINCT FROM
              (n.created_at, n.channel, n.status, docket_sales_counts(n.invalid_at, n.status))
          AND NOT EXISTS (SELECT 1 FROM unnest(v_dropped) AS d(id) WHERE d.id = n.id)));
    RETURN NULL;
END
$$;
ALTER FUNCTION docket_sales_orders_update_trigger() SET jit = off;

SELECT docket_harden();
