-- The stock caches follow the ledger once per statement, not once per
-- movement (issue 16: PostgreSQL intake; the stock rules are unchanged).
--
-- Every movement updated its stock level, its product_stock row and (for
-- the kinds the analytics read) its stock_daily row, each by a statement of
-- its own in a row trigger: an intake group of 40 orders of 3 lines wrote
-- about 120 reservations, so 240 single-row statements. The trigger now runs
-- once per INSERT with the statement's movements as a transition table and
-- adds them up per level, product and day: three statements per INSERT.
-- What ends up in the caches is the same sums (stock verify compares them
-- with the ledger); a level the statement names is made and locked first,
-- in (product, warehouse) order, as docket_stock_lock does for every writer
-- of stock, so the caches are still changed under the level locks.

CREATE FUNCTION docket_stock_movements_caches() RETURNS trigger
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

DROP TRIGGER stock_movements_caches ON stock_movements;
CREATE TRIGGER stock_movements_caches AFTER INSERT ON stock_movements
    REFERENCING NEW TABLE AS new_rows
    FOR EACH STATEMENT EXECUTE FUNCTION docket_stock_movements_caches();
DROP FUNCTION docket_stock_movements_trigger();

SELECT docket_harden();
