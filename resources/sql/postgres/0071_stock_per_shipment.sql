-- Stock leaves per parcel (issue 17 with issue 15's shipments): the units of
-- a shipment come off the order's reservation and the warehouse's on hand
-- when the parcel is recorded (shipment_lines, by docket_shipment_add or any
-- other path), not when the order's status says shipped. A "shipment"
-- movement names the parcel (shipment_id); it takes what the order holds of
-- those units (a backordered unit that ships has nothing held to take, and on
-- hand never goes below nothing), and the reservation then wants only what is
-- still to ship: docket_stock_sync below subtracts the shipped units
-- (models/stores/stockledger.cpp and the SQLite trigger do the same). An
-- order shipped by hand without parcels still gives up its units when its
-- status says so. No new table; the trigger function is no login's to call.

CREATE FUNCTION docket_stock_shipped_trigger() RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER AS $$
DECLARE
    x record;
    r stock_reservations;
    v_products bigint[];
    v_warehouses bigint[];
    v_take bigint;
BEGIN
    -- The levels this may touch, locked in the order every path locks them.
    SELECT array_agg(s.product_id), array_agg(s.warehouse_id) INTO v_products, v_warehouses
    FROM stock_reservations s
    WHERE (s.order_id, s.product_id) IN (SELECT n.order_id, l.product_id FROM new_lines n
                                         JOIN order_lines l ON l.id = n.line_id);
    IF v_products IS NULL THEN
        RETURN NULL;
    END IF;
    PERFORM docket_stock_lock(v_products, v_warehouses);
    FOR x IN SELECT n.shipment_id, n.order_id, l.product_id, sum(n.quantity) AS quantity,
                    min(s.created_at) AS at, min(s.created_by) AS actor
             FROM new_lines n
             JOIN order_lines l ON l.id = n.line_id
             JOIN shipments s ON s.id = n.shipment_id
             WHERE l.product_id IS NOT NULL
             GROUP BY n.shipment_id, n.order_id, l.product_id
             ORDER BY n.shipment_id, l.product_id LOOP
        SELECT * INTO r FROM stock_reservations s
        WHERE s.order_id = x.order_id AND s.product_id = x.product_id;
        CONTINUE WHEN NOT FOUND;
        v_take := LEAST(r.held, x.quantity);
        IF v_take > 0 THEN
            PERFORM docket_stock_append('shipment', x.product_id, r.warehouse_id, -v_take, -v_take,
                                        v_take, NULL, x.order_id, x.shipment_id, NULL, NULL, NULL,
                                        '', x.at, x.actor);
        END IF;
        IF r.wanted <= x.quantity THEN
            DELETE FROM stock_reservations
            WHERE order_id = x.order_id AND product_id = x.product_id;
        ELSE
            UPDATE stock_reservations SET wanted = r.wanted - x.quantity, held = r.held - v_take
            WHERE order_id = x.order_id AND product_id = x.product_id;
        END IF;
    END LOOP;
    RETURN NULL;
END
$$;
CREATE TRIGGER stock_shipment_lines AFTER INSERT ON shipment_lines
    REFERENCING NEW TABLE AS new_lines
    FOR EACH STATEMENT EXECUTE FUNCTION docket_stock_shipped_trigger();

-- What a sync wants: the lines less what has shipped of them.
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
BEGIN
    IF p_orders IS NULL OR cardinality(p_orders) = 0 THEN
        RETURN;
    END IF;
    SELECT * INTO c FROM docket_audit_context();
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
END
$$;

-- Upgrade: open orders whose parcels were recorded before this release
-- still hold the shipped units as reserved; they leave now, one movement per
-- order and product (no parcel named: it may be several).
CREATE TEMP TABLE docket_shipped_before AS
SELECT r.order_id, r.product_id, r.warehouse_id, LEAST(r.held, sum(sl.quantity)) AS take,
       sum(sl.quantity) AS quantity
FROM stock_reservations r
JOIN order_lines l ON l.order_id = r.order_id AND l.product_id = r.product_id
JOIN shipment_lines sl ON sl.line_id = l.id
GROUP BY r.order_id, r.product_id, r.warehouse_id, r.held;

INSERT INTO stock_movements(at, actor, kind, product_id, warehouse_id, on_hand_delta,
                            reserved_delta, quantity, value_cents, order_id, note)
SELECT CAST(extract(epoch FROM now()) AS bigint), 'system', 'shipment', b.product_id,
       b.warehouse_id, -b.take, -b.take, b.take, b.take * p.cost_cents, b.order_id,
       'shipped before the upgrade'
FROM docket_shipped_before b JOIN products p ON p.id = b.product_id
WHERE b.take > 0
ORDER BY b.order_id, b.product_id;

UPDATE stock_reservations r
SET wanted = GREATEST(r.wanted - b.quantity, 0), held = r.held - b.take
FROM docket_shipped_before b
WHERE b.order_id = r.order_id AND b.product_id = r.product_id;
DELETE FROM stock_reservations r
USING docket_shipped_before b
WHERE b.order_id = r.order_id AND b.product_id = r.product_id AND r.wanted = 0;
DROP TABLE docket_shipped_before;

SELECT docket_harden();
