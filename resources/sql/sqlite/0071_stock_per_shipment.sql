-- Stock leaves per parcel (issue 17 with issue 15's shipments): the units of
-- a shipment come off the order's reservation and the warehouse's on hand
-- when the parcel is recorded (shipment_lines), not when the order's status
-- says shipped. A "shipment" movement names the parcel (shipment_id); it
-- takes what the order holds of those units (a backordered unit that ships
-- has nothing held to take, and on hand never goes below nothing), and the
-- reservation then wants only what is still to ship
-- (models/stores/stockledger.cpp, syncOrders, wants the same). An order
-- shipped by hand without parcels still gives up its units when its status
-- says so.

CREATE TRIGGER shipment_lines_stock AFTER INSERT ON shipment_lines
BEGIN
    INSERT INTO stock_movements(at, actor, kind, product_id, warehouse_id, on_hand_delta,
                                reserved_delta, quantity, value_cents, order_id, shipment_id)
    SELECT s.created_at, s.created_by, 'shipment', r.product_id, r.warehouse_id,
           -MIN(r.held, new.quantity), -MIN(r.held, new.quantity), MIN(r.held, new.quantity),
           MIN(r.held, new.quantity) * p.cost_cents, new.order_id, new.shipment_id
    FROM order_lines l
    JOIN stock_reservations r ON r.order_id = new.order_id AND r.product_id = l.product_id
    JOIN products p ON p.id = r.product_id
    JOIN shipments s ON s.id = new.shipment_id
    WHERE l.id = new.line_id AND r.held > 0;
    UPDATE stock_reservations
    SET wanted = MAX(wanted - new.quantity, 0), held = held - MIN(held, new.quantity)
    WHERE order_id = new.order_id
      AND product_id = (SELECT l.product_id FROM order_lines l WHERE l.id = new.line_id);
    DELETE FROM stock_reservations
    WHERE order_id = new.order_id AND wanted = 0
      AND product_id = (SELECT l.product_id FROM order_lines l WHERE l.id = new.line_id);
END;

-- Upgrade: open orders whose parcels were recorded before this release
-- still hold the shipped units as reserved; they leave now, one movement
-- per order and product (no parcel named: it may be several).
CREATE TEMP TABLE shipped_before AS
SELECT r.order_id, r.product_id, r.warehouse_id, MIN(r.held, SUM(sl.quantity)) AS take,
       SUM(sl.quantity) AS q
FROM stock_reservations r
JOIN order_lines l ON l.order_id = r.order_id AND l.product_id = r.product_id
JOIN shipment_lines sl ON sl.line_id = l.id
GROUP BY r.order_id, r.product_id, r.warehouse_id, r.held;

INSERT INTO stock_movements(at, actor, kind, product_id, warehouse_id, on_hand_delta,
                            reserved_delta, quantity, value_cents, order_id, note)
SELECT CAST(strftime('%s', 'now') AS INTEGER), 'system', 'shipment', b.product_id,
       b.warehouse_id, -b.take, -b.take, b.take, b.take * p.cost_cents, b.order_id,
       'shipped before the upgrade'
FROM shipped_before b JOIN products p ON p.id = b.product_id
WHERE b.take > 0
ORDER BY b.order_id, b.product_id;

UPDATE stock_reservations
SET wanted = MAX(wanted - (SELECT b.q FROM shipped_before b WHERE b.order_id = stock_reservations.order_id
                                                            AND b.product_id = stock_reservations.product_id), 0),
    held = held - (SELECT b.take FROM shipped_before b WHERE b.order_id = stock_reservations.order_id
                                                        AND b.product_id = stock_reservations.product_id)
WHERE EXISTS (SELECT 1 FROM shipped_before b WHERE b.order_id = stock_reservations.order_id
                                               AND b.product_id = stock_reservations.product_id);
DELETE FROM stock_reservations
WHERE wanted = 0
  AND EXISTS (SELECT 1 FROM shipped_before b WHERE b.order_id = stock_reservations.order_id
                                               AND b.product_id = stock_reservations.product_id);
DROP TABLE shipped_before;
