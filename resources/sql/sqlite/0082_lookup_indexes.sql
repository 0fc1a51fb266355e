-- An order's INSERT maintains every index of orders: 27 of them on SQLite,
-- and the index inserts are most of a file import's time (issue 16: 100,000
-- orders). Two are duplicates: orders_email and orders_phone (0068), partial
-- indexes on (email, created_at) and (phone, created_at) without the empty
-- values, are covered by orders_email_at and orders_phone_at (0072) on the
-- same columns, which the review look-ups (`email = ?`, `phone = ?`) and the
-- customer's orders use. PostgreSQL dropped its copies in 0081.

DROP INDEX IF EXISTS orders_email;
DROP INDEX IF EXISTS orders_phone;
