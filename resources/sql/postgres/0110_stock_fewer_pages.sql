-- Reserving on create writes less (issue 17; SQLite's 0110 does the same).
--
-- 1. stock_daily, the ledger by UTC day, keeps no reservations and releases.
--    Only the analytics read stock_daily (shipments and backorders) and the
--    check and the rebuild; reservations and releases are most of the ledger
--    (every order line reserves) and nothing read their daily sums. The
--    levels are checked against the ledger itself now (StockStore::verify).
--    The movements themselves are all still in the ledger.
-- 2. stock_movements_at, an index no query uses (the movements list by id).
-- The same trigger function as 0065's otherwise.

DROP INDEX IF EXISTS stock_movements_at;

DELETE FROM stock_daily WHERE kind IN ('reservation', 'release');

CREATE OR REPLACE FUNCTION docket_stock_movements_trigger() RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER AS $$
BEGIN
    IF EXISTS (SELECT 1 FROM stock_suspend) THEN
        RETURN NULL;
    END IF;
    -- (Not an upsert: the CHECK is tested on the row an INSERT proposes.)
    UPDATE stock_levels
    SET on_hand = on_hand + NEW.on_hand_delta, reserved = reserved + NEW.reserved_delta
    WHERE product_id = NEW.product_id AND warehouse_id = NEW.warehouse_id;
    IF NOT FOUND THEN
        INSERT INTO stock_levels(product_id, warehouse_id, on_hand, reserved)
        VALUES (NEW.product_id, NEW.warehouse_id, NEW.on_hand_delta, NEW.reserved_delta);
    END IF;
    IF NEW.on_hand_delta <> 0 OR NEW.reserved_delta <> 0 THEN
        UPDATE product_stock s
        SET on_hand = s.on_hand + NEW.on_hand_delta,
            reserved = s.reserved + NEW.reserved_delta,
            value_cents = s.value_cents + NEW.on_hand_delta * p.cost_cents,
            low = CASE WHEN p.active = 1 AND s.on_hand + NEW.on_hand_delta - s.reserved
                                             - NEW.reserved_delta < p.safety_stock
                       THEN 1 ELSE 0 END
        FROM products p
        WHERE p.id = NEW.product_id AND s.product_id = NEW.product_id;
    END IF;
    IF NEW.kind NOT IN ('reservation', 'release') THEN
        INSERT INTO stock_daily AS d (product_id, warehouse_id, day, kind, movements, quantity,
                                      on_hand_delta, reserved_delta, value_cents)
        VALUES (NEW.product_id, NEW.warehouse_id, NEW.at - NEW.at % 86400, NEW.kind, 1,
                NEW.quantity, NEW.on_hand_delta, NEW.reserved_delta, NEW.value_cents)
        ON CONFLICT (product_id, warehouse_id, day, kind) DO UPDATE
        SET movements = d.movements + 1, quantity = d.quantity + excluded.quantity,
            on_hand_delta = d.on_hand_delta + excluded.on_hand_delta,
            reserved_delta = d.reserved_delta + excluded.reserved_delta,
            value_cents = d.value_cents + excluded.value_cents;
    END IF;
    RETURN NULL;
END
$$;

SELECT docket_harden();
