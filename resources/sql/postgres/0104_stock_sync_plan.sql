-- Reserving on create, on PostgreSQL: the sync's first query is planned once
-- a session, not on every call (issue 17).
--
-- docket_stock_sync (0071) reads what its orders hold and want in one query
-- over six tables. PL/pgSQL keeps the statement prepared, but with the order
-- list as a parameter the plan cache made a custom plan on every call: of
-- the 6.0 ms the function took a reserving create (20,000 orders, 20,000
-- products x 5 warehouses; track_functions), 3.6 ms were its own time,
-- mostly planning. For a few orders the function now asks for generic plans
-- while it runs (SET LOCAL, restored before it returns; an error ends the
-- transaction, which restores it too). The same function as 0071's
-- otherwise.
CREATE OR REPLACE FUNCTION docket_stock_sync(p_orders bigint[]) RETURNS void
LANGUAGE plpgsql SECURITY DEFINER AS $$
DECLARE
    c record;
    w docket_stock_work;
    v_rows docket_stock_work[];
    v_keep bigint;
    v_give bigint;
    v_held bigint;
    v_grant bigint;
    v_avail bigint;
    v_short bigint;
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
                   sum(l.quantity - COALESCE(s.quantity, 0)) AS wanted,
                   sum((l.quantity - COALESCE(s.quantity, 0)) * l.unit_price_cents) AS value
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

    -- 1. Decreases.
    FOREACH w IN ARRAY v_rows LOOP
        CONTINUE WHEN w.cur_w IS NULL;
        v_keep := CASE WHEN w.tgt_w IS NOT DISTINCT FROM w.cur_w
                       THEN LEAST(w.cur_held, w.tgt_wanted) ELSE 0 END;
        v_give := w.cur_held - v_keep;
        CONTINUE WHEN v_give <= 0;
        UPDATE stock_reservations SET held = v_keep
        WHERE order_id = w.order_id AND product_id = w.product_id;
        PERFORM docket_stock_append(CASE WHEN w.ship THEN 'shipment' ELSE 'release' END,
                                    w.product_id, w.cur_w,
                                    CASE WHEN w.ship THEN -v_give ELSE 0 END, -v_give, v_give,
                                    NULL, w.order_id, NULL, NULL, NULL, NULL, '', c.at, c.actor);
    END LOOP;

    -- 2. Increases, in order id order (v_rows is sorted by order, product).
    FOREACH w IN ARRAY v_rows LOOP
        CONTINUE WHEN w.tgt_w IS NULL;
        v_held := CASE WHEN w.tgt_w IS NOT DISTINCT FROM w.cur_w
                       THEN LEAST(w.cur_held, w.tgt_wanted) ELSE 0 END;
        IF w.tgt_wanted > v_held THEN
            SELECT l.on_hand - l.reserved INTO v_avail FROM stock_levels l
            WHERE l.product_id = w.product_id AND l.warehouse_id = w.tgt_w;
            v_grant := GREATEST(LEAST(COALESCE(v_avail, 0), w.tgt_wanted - v_held), 0);
            IF v_grant > 0 THEN
                v_held := v_held + v_grant;
                PERFORM docket_stock_append('reservation', w.product_id, w.tgt_w, 0, v_grant,
                                            v_grant, NULL, w.order_id, NULL, NULL, NULL, NULL, '',
                                            c.at, c.actor);
            END IF;
        END IF;
        v_short := (w.tgt_wanted - v_held)
                   - CASE WHEN w.cur_w IS NOT NULL THEN w.cur_wanted - w.cur_held ELSE 0 END;
        IF v_short > 0 THEN
            PERFORM docket_stock_append('backorder', w.product_id, w.tgt_w, 0, 0, v_short,
                                        CASE WHEN w.tgt_wanted > 0
                                             THEN w.tgt_value * v_short / w.tgt_wanted ELSE 0 END,
                                        w.order_id, NULL, NULL, NULL, NULL, '', c.at, c.actor);
        END IF;
        INSERT INTO stock_reservations AS r (order_id, product_id, warehouse_id, wanted, held)
        VALUES (w.order_id, w.product_id, w.tgt_w, w.tgt_wanted, v_held)
        ON CONFLICT (order_id, product_id) DO UPDATE
        SET warehouse_id = excluded.warehouse_id, wanted = excluded.wanted, held = excluded.held
        WHERE (r.warehouse_id, r.wanted, r.held)
              IS DISTINCT FROM (excluded.warehouse_id, excluded.wanted, excluded.held);
    END LOOP;

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
