-- Reserving on create writes fewer pages (issue 17).
--
-- Each reserving line dirtied a random page of every b-tree its ledger row
-- reaches, and every commit writes those pages to the WAL again: 76 pages a
-- create of three lines against 48 without stock tracking (bench_stock, a
-- copy of a database of 202,000 orders and 100,000 products x 5 warehouses).
-- The per-(product, warehouse) level stays in the same statement as its
-- movement (its CHECK is what keeps any path from overselling), and so do
-- the per-product totals the catalogue sorts and filters by. Two writes go:
--
-- 1. stock_daily, the ledger by UTC day, keeps no reservations and releases.
--    Only the analytics read stock_daily (shipments and backorders) and the
--    check and the rebuild; reservations and releases are most of the ledger
--    (every order line reserves) and nothing read their daily sums. The
--    levels are checked against the ledger itself now (StockStore::verify),
--    not against the daily sums. The movements themselves are all still in
--    the ledger.
-- 2. stock_movements_at, an index no query uses (the movements list by id,
--    the check reads the ledger in table order).
--
-- And a movement that changes neither on hand nor reserved (a backorder)
-- no longer rewrites its product's totals with the same values.
--
-- Measured: 76.2 -> see README Performance (stock rows).

DROP INDEX IF EXISTS stock_movements_at;

DELETE FROM stock_daily WHERE kind IN ('reservation', 'release');

DROP TRIGGER stock_movements_ai;
CREATE TRIGGER stock_movements_ai AFTER INSERT ON stock_movements
WHEN NOT EXISTS (SELECT 1 FROM stock_suspend)
BEGIN
    -- (Not an upsert: the CHECK is tested on the row an INSERT proposes.)
    INSERT INTO stock_levels(product_id, warehouse_id) VALUES (new.product_id, new.warehouse_id)
    ON CONFLICT(product_id, warehouse_id) DO NOTHING;
    UPDATE stock_levels
    SET on_hand = on_hand + new.on_hand_delta, reserved = reserved + new.reserved_delta
    WHERE product_id = new.product_id AND warehouse_id = new.warehouse_id;
    UPDATE product_stock
    SET on_hand = on_hand + new.on_hand_delta,
        reserved = reserved + new.reserved_delta,
        value_cents = value_cents
            + new.on_hand_delta * (SELECT p.cost_cents FROM products p WHERE p.id = new.product_id),
        low = (SELECT p.active = 1
                      AND on_hand + new.on_hand_delta - reserved - new.reserved_delta
                          < p.safety_stock
               FROM products p WHERE p.id = new.product_id)
    WHERE product_id = new.product_id AND (new.on_hand_delta <> 0 OR new.reserved_delta <> 0);
    INSERT INTO stock_daily(product_id, warehouse_id, day, kind, movements, quantity,
                            on_hand_delta, reserved_delta, value_cents)
    SELECT new.product_id, new.warehouse_id, new.at - new.at % 86400, new.kind, 1, new.quantity,
           new.on_hand_delta, new.reserved_delta, new.value_cents
    WHERE new.kind NOT IN ('reservation', 'release')
    ON CONFLICT(product_id, warehouse_id, day, kind) DO UPDATE
    SET movements = movements + 1, quantity = quantity + excluded.quantity,
        on_hand_delta = on_hand_delta + excluded.on_hand_delta,
        reserved_delta = reserved_delta + excluded.reserved_delta,
        value_cents = value_cents + excluded.value_cents;
END;
