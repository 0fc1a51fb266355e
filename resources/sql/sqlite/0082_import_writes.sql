-- What a file import of many orders writes for each of them (issue 16: 100,000
-- orders in one transaction).
--
-- 1. Two duplicate indexes. Every order's INSERT maintains every index of
--    orders (27 on SQLite). orders_email and orders_phone (0068), partial
--    indexes on (email, created_at) and (phone, created_at) without the empty
--    values, are covered by orders_email_at and orders_phone_at (0072) on the
--    same columns, which the review look-ups (`email = ?`, `phone = ?`) and a
--    customer's orders use. PostgreSQL dropped its copies in 0081.

DROP INDEX IF EXISTS orders_email;
DROP INDEX IF EXISTS orders_phone;

-- 2. The keyword index of a batch's new orders, written once at its end.
--    Once a transaction has written to order_fts, SQLite asks FTS5 at the end
--    of every later statement that had a statement journal to write its
--    pending entries out as a new segment: in an import that is once per
--    order (a segment of one order each, merged again and again), 7 % of the
--    import's instructions and growing with the file. While a row of
--    order_fts_defer exists (a batch writes it inside its own transaction and
--    deletes it before it commits: no other connection ever sees it), a new
--    order is noted in order_fts_deferred instead, and the batch indexes the
--    noted orders with one INSERT ... SELECT at its end. An update or delete
--    of a noted order leaves the index alone (the order is not in it yet):
--    the final INSERT reads the orders as they are then.

CREATE TABLE order_fts_defer (
    only INTEGER PRIMARY KEY CHECK (only = 1)
);
CREATE TABLE order_fts_deferred (
    order_id INTEGER PRIMARY KEY
);

DROP TRIGGER orders_fts_ai;
CREATE TRIGGER orders_fts_ai AFTER INSERT ON orders
WHEN NOT EXISTS (SELECT 1 FROM order_fts_defer)
BEGIN
    INSERT INTO order_fts(rowid, customer_name, email, phone)
    VALUES (new.id, new.customer_name, new.email, new.phone);
END;
CREATE TRIGGER orders_fts_ai_deferred AFTER INSERT ON orders
WHEN EXISTS (SELECT 1 FROM order_fts_defer)
BEGIN
    INSERT INTO order_fts_deferred(order_id) VALUES (new.id);
END;

DROP TRIGGER orders_fts_ad;
CREATE TRIGGER orders_fts_ad AFTER DELETE ON orders
WHEN NOT EXISTS (SELECT 1 FROM order_fts_deferred WHERE order_id = old.id)
BEGIN
    INSERT INTO order_fts(order_fts, rowid, customer_name, email, phone)
    VALUES ('delete', old.id, old.customer_name, old.email, old.phone);
END;
CREATE TRIGGER orders_fts_ad_deferred AFTER DELETE ON orders
WHEN EXISTS (SELECT 1 FROM order_fts_deferred WHERE order_id = old.id)
BEGIN
    DELETE FROM order_fts_deferred WHERE order_id = old.id;
END;

DROP TRIGGER orders_fts_au;
CREATE TRIGGER orders_fts_au AFTER UPDATE OF customer_name, email, phone ON orders
WHEN NOT EXISTS (SELECT 1 FROM order_fts_deferred WHERE order_id = old.id)
BEGIN
    INSERT INTO order_fts(order_fts, rowid, customer_name, email, phone)
    VALUES ('delete', old.id, old.customer_name, old.email, old.phone);
    INSERT INTO order_fts(rowid, customer_name, email, phone)
    VALUES (new.id, new.customer_name, new.email, new.phone);
END;
