-- The product_stock rows a statement of movements changes are locked in
-- product order before they are updated (issue 16, review s36 G1).
--
-- 0149 locks the stock levels of a statement of movements in (product,
-- warehouse) order (docket_stock_lock), then updates product_stock, one row
-- per product over all warehouses, in whatever order the plan yields (a hash
-- aggregate: no order at all). Two writers holding levels of the same
-- products in different warehouses (the gateway on the web shop's
-- warehouse, a desk or a second gateway writer on another; a transfer)
-- could take product A then B and B then A: a deadlock, and PostgreSQL
-- aborts one of them. Now the rows are locked first, ordered by product, so
-- the second writer queues behind the first.
--
-- The function is 0149's otherwise: the same sums into the same caches.

CREATE OR REPLACE FUNCTION docket_stock_movements_caches() RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER AS $$
DECLARE
    v_p bigint[];
    v_w bigint[];
BEGIN
    IF EXISTS (SELECT 1 FROM stock_suspend) THEN
        RETURN NULL;
    END IF;
    SELECT array_agg(n.product_id ORDER BY n.product_id, n.warehouse_id),
           array_agg(n.warehouse_id ORDER BY n.product_id, n.warehouse_id)
    INTO v_p, v_w
    FROM (SELECT DISTINCT m.product_id, m.warehouse_id FROM new_rows m) n;
    IF v_p IS NULL THEN
        RETURN NULL;
    END IF;
    -- Each level exists and is held (the writer holds it already: no wait).
    PERFORM docket_stock_lock(v_p, v_w);
    UPDATE stock_levels l
    SET on_hand = l.on_hand + d.oh, reserved = l.reserved + d.rd
    FROM (SELECT m.product_id, m.warehouse_id, CAST(sum(m.on_hand_delta) AS bigint) AS oh,
                 CAST(sum(m.reserved_delta) AS bigint) AS rd
          FROM new_rows m GROUP BY m.product_id, m.warehouse_id) d
    WHERE l.product_id = d.product_id AND l.warehouse_id = d.warehouse_id
      AND (d.oh <> 0 OR d.rd <> 0);
    -- The product rows about to change, in product order (every writer of
    -- movements comes through here: two of them queue, never cross).
    PERFORM 1 FROM product_stock s
    WHERE s.product_id IN (SELECT m.product_id FROM new_rows m
                           WHERE m.on_hand_delta <> 0 OR m.reserved_delta <> 0)
    ORDER BY s.product_id
    FOR UPDATE OF s;
    UPDATE product_stock s
    SET on_hand = s.on_hand + d.oh,
        reserved = s.reserved + d.rd,
        value_cents = s.value_cents + d.oh * p.cost_cents,
        low = CASE WHEN p.active = 1 AND s.on_hand + d.oh - s.reserved - d.rd < p.safety_stock
                   THEN 1 ELSE 0 END
    FROM (SELECT m.product_id, CAST(sum(m.on_hand_delta) AS bigint) AS oh,
                 CAST(sum(m.reserved_delta) AS bigint) AS rd
          FROM new_rows m WHERE m.on_hand_delta <> 0 OR m.reserved_delta <> 0
          GROUP BY m.product_id) d
    JOIN products p ON p.id = d.product_id
    WHERE s.product_id = d.product_id;
    -- The daily ledger keeps no reservations and releases (0110).
    INSERT INTO stock_daily AS d (product_id, warehouse_id, day, kind, movements, quantity,
                                  on_hand_delta, reserved_delta, value_cents)
    SELECT m.product_id, m.warehouse_id, m.at - m.at % 86400, m.kind, count(*),
           sum(m.quantity), sum(m.on_hand_delta), sum(m.reserved_delta), sum(m.value_cents)
    FROM new_rows m WHERE m.kind NOT IN ('reservation', 'release')
    GROUP BY m.product_id, m.warehouse_id, m.at - m.at % 86400, m.kind
    ORDER BY 1, 2, 3, 4
    ON CONFLICT (product_id, warehouse_id, day, kind) DO UPDATE
    SET movements = d.movements + excluded.movements, quantity = d.quantity + excluded.quantity,
        on_hand_delta = d.on_hand_delta + excluded.on_hand_delta,
        reserved_delta = d.reserved_delta + excluded.reserved_delta,
        value_cents = d.value_cents + excluded.value_cents;
    RETURN NULL;
END
$$;

SELECT docket_harden();
