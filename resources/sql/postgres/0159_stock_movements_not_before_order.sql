-- The stock movements of an order are never dated before the order was placed
-- (review s36 R8): docket_stock_sync (0119) dated every reservation, release,
-- shipment and backorder at the writer time, so a channel given a warehouse
-- with a clock in the past (the demo seed: two weeks back) dated the
-- reservations of younger orders before those orders existed. Each movement
-- now takes the later of the writer time and the order creation time; at
-- the desk the writer time is now, later than any order, so nothing changes
-- there. The body is 0119 with that one change (two joins on orders by id).
-- The C++ side (stockledger::syncOrders, SQLite) does the same.

CREATE OR REPLACE FUNCTION docket_stock_sync(p_orders bigint[]) RETURNS void
LANGUAGE plpgsql SECURITY DEFINER AS $$
DECLARE
    c record;
    v_rows docket_stock_work[];
    v_mode text;
BEGIN
    IF p_orders IS NULL OR cardinality(p_orders) = 0 THEN
        RETURN;
    END IF;
    SELECT * INTO c FROM docket_audit_context();
    -- A few orders (a create, an edit, a status change): the statements
    -- below (and docket_stock_lock's) keep the one plan made for them in
    -- this session instead of being planned again on every call; the
    -- caller's setting is back when the function returns. Many orders (a
    -- channel's warehouse changed, a batch) are planned for their list, as
    -- before: a generic plan took 2.3 times as long for 2,083 orders.
    IF cardinality(p_orders) <= 32 THEN
        v_mode := current_setting('plan_cache_mode');
        PERFORM set_config('plan_cache_mode', 'force_generic_plan', true);
    END IF;
    SELECT array_agg(ROW(x.order_id, x.product_id, x.cur_w, x.cur_wanted, x.cur_held, x.tgt_w,
                         x.tgt_wanted, x.tgt_value, x.ship)::docket_stock_work
                     ORDER BY x.order_id, x.product_id)
    INTO v_rows
    FROM (
        WITH shipped AS (
            SELECT x.line_id, sum(x.quantity) AS quantity FROM shipment_lines x
            WHERE x.order_id = ANY (p_orders) GROUP BY x.line_id),
        tgt AS (
            SELECT o.id AS order_id, l.product_id, cw.warehouse_id,
                   sum(l.quantity - COALESCE(s.quantity, 0)) AS wanted, 0::bigint AS value
            FROM orders o
            JOIN channel_warehouses cw ON cw.channel = o.channel
            JOIN order_lines l ON l.order_id = o.id
            LEFT JOIN shipped s ON s.line_id = l.id
            WHERE o.id = ANY (p_orders) AND o.invalid_at IS NULL
              AND o.status IN ('pending', 'paid', 'processing') AND l.product_id IS NOT NULL
            GROUP BY o.id, l.product_id, cw.warehouse_id
            HAVING sum(l.quantity - COALESCE(s.quantity, 0)) > 0),
        cur AS (
            SELECT r.* FROM stock_reservations r WHERE r.order_id = ANY (p_orders))
        SELECT COALESCE(t.order_id, x.order_id) AS order_id,
               COALESCE(t.product_id, x.product_id) AS product_id,
               x.warehouse_id AS cur_w, COALESCE(x.wanted, 0) AS cur_wanted,
               COALESCE(x.held, 0) AS cur_held, t.warehouse_id AS tgt_w,
               COALESCE(t.wanted, 0) AS tgt_wanted, COALESCE(t.value, 0) AS tgt_value,
               COALESCE(o.status IN ('shipped', 'delivered'), false) AS ship
        FROM tgt t
        FULL JOIN cur x ON x.order_id = t.order_id AND x.product_id = t.product_id
        LEFT JOIN orders o ON o.id = COALESCE(t.order_id, x.order_id)) x;
    IF v_rows IS NULL THEN
        IF v_mode IS NOT NULL THEN
            PERFORM set_config('plan_cache_mode', v_mode, true);
        END IF;
        RETURN;
    END IF;
    -- Every level this sync may touch, locked before anything is read from it.
    PERFORM docket_stock_lock(
        ARRAY(SELECT r.product_id FROM unnest(v_rows) r WHERE r.cur_w IS NOT NULL
              UNION ALL SELECT r.product_id FROM unnest(v_rows) r WHERE r.tgt_w IS NOT NULL),
        ARRAY(SELECT r.cur_w FROM unnest(v_rows) r WHERE r.cur_w IS NOT NULL
              UNION ALL SELECT r.tgt_w FROM unnest(v_rows) r WHERE r.tgt_w IS NOT NULL));

    -- 1. Decreases: what an order holds beyond what it wants where it wants
    -- it. The rows, then their movements in (order, product) order.
    UPDATE stock_reservations r
    SET held = CASE WHEN x.tgt_w IS NOT DISTINCT FROM x.cur_w
                    THEN LEAST(x.cur_held, x.tgt_wanted) ELSE 0 END
    FROM unnest(v_rows) x
    WHERE x.cur_w IS NOT NULL AND r.order_id = x.order_id AND r.product_id = x.product_id
      AND x.cur_held > CASE WHEN x.tgt_w IS NOT DISTINCT FROM x.cur_w
                            THEN LEAST(x.cur_held, x.tgt_wanted) ELSE 0 END;
    INSERT INTO stock_movements(at, actor, kind, product_id, warehouse_id, on_hand_delta,
                                reserved_delta, quantity, value_cents, order_id, note)
    SELECT GREATEST(c.at, COALESCE(o.created_at, c.at)), c.actor,
           CASE WHEN d.ship THEN 'shipment' ELSE 'release' END, d.product_id,
           d.cur_w, CASE WHEN d.ship THEN -d.give ELSE 0 END, -d.give, d.give,
           COALESCE(d.give * p.cost_cents, 0), d.order_id, ''
    FROM (SELECT x.order_id, x.product_id, x.cur_w, x.ship,
                 x.cur_held - CASE WHEN x.tgt_w IS NOT DISTINCT FROM x.cur_w
                                   THEN LEAST(x.cur_held, x.tgt_wanted) ELSE 0 END AS give
          FROM unnest(v_rows) x WHERE x.cur_w IS NOT NULL) d
    LEFT JOIN products p ON p.id = d.product_id
    LEFT JOIN orders o ON o.id = d.order_id
    WHERE d.give > 0
    ORDER BY d.order_id, d.product_id;

    -- 2. Increases, granted per item in order id order from what the item
    -- has available after the decreases: each row takes what it wants of
    -- what the rows before it at that item left (the levels are locked, so
    -- nobody else changes them meanwhile). Its reservation row, then its
    -- movements: a reservation for what it got, a backorder for a rise in
    -- what it still misses.
    WITH n AS (
        SELECT x.*, CASE WHEN x.tgt_w IS NOT DISTINCT FROM x.cur_w
                         THEN LEAST(x.cur_held, x.tgt_wanted) ELSE 0 END AS kept
        FROM unnest(v_rows) x WHERE x.tgt_w IS NOT NULL),
    g AS (
        SELECT n.*,
               LEAST(GREATEST(n.tgt_wanted - n.kept, 0),
                     GREATEST(COALESCE(l.on_hand - l.reserved, 0)
                              - COALESCE(CAST(sum(GREATEST(n.tgt_wanted - n.kept, 0))
                                              OVER (PARTITION BY n.product_id, n.tgt_w
                                                    ORDER BY n.order_id
                                                    ROWS BETWEEN UNBOUNDED PRECEDING
                                                             AND 1 PRECEDING) AS bigint), 0),
                              0)) AS got
        FROM n
        LEFT JOIN stock_levels l ON l.product_id = n.product_id AND l.warehouse_id = n.tgt_w),
    h AS (
        SELECT g.*, g.kept + g.got AS held,
               (g.tgt_wanted - g.kept - g.got)
               - CASE WHEN g.cur_w IS NOT NULL THEN g.cur_wanted - g.cur_held ELSE 0 END AS short
        FROM g),
    put AS (
        INSERT INTO stock_reservations AS r (order_id, product_id, warehouse_id, wanted, held)
        SELECT h.order_id, h.product_id, h.tgt_w, h.tgt_wanted, h.held FROM h
        ON CONFLICT (order_id, product_id) DO UPDATE
        SET warehouse_id = excluded.warehouse_id, wanted = excluded.wanted, held = excluded.held
        WHERE (r.warehouse_id, r.wanted, r.held)
              IS DISTINCT FROM (excluded.warehouse_id, excluded.wanted, excluded.held))
    INSERT INTO stock_movements(at, actor, kind, product_id, warehouse_id, on_hand_delta,
                                reserved_delta, quantity, value_cents, order_id, note)
    SELECT GREATEST(c.at, COALESCE(o.created_at, c.at)), c.actor, m.kind, m.product_id, m.tgt_w,
           0, m.reserved, m.quantity, m.value, m.order_id, ''
    FROM (SELECT h.order_id, h.product_id, h.tgt_w, 0 AS k, 'reservation' AS kind,
                 h.got AS reserved, h.got AS quantity, COALESCE(h.got * p.cost_cents, 0) AS value
          FROM h LEFT JOIN products p ON p.id = h.product_id
          WHERE h.got > 0
          UNION ALL
          SELECT h.order_id, h.product_id, h.tgt_w, 1, 'backorder', 0, h.short,
                 COALESCE(h.short * p.cost_cents, 0)
          FROM h LEFT JOIN products p ON p.id = h.product_id WHERE h.short > 0) m
    LEFT JOIN orders o ON o.id = m.order_id
    ORDER BY m.order_id, m.product_id, m.k;

    -- What the orders no longer want (all they held was given back above).
    DELETE FROM stock_reservations r
    USING unnest(v_rows) x
    WHERE x.tgt_w IS NULL AND x.cur_w IS NOT NULL
      AND r.order_id = x.order_id AND r.product_id = x.product_id;
    IF v_mode IS NOT NULL THEN
        PERFORM set_config('plan_cache_mode', v_mode, true);
    END IF;
END
$$;

SELECT docket_harden();
