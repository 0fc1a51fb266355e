-- The order list shows valid orders unless asked otherwise, sorted by one of
-- its columns (ORDER BY col, id): indexes of the valid orders alone, as on
-- SQLite (sqlite/0006_list_indexes.sql). Here each ends in id explicitly
-- (PostgreSQL does not append the row id), so they serve the keyset pages
-- "(col, id) > (?, ?)" and, once autovacuum has marked the pages all-visible,
-- counts of the valid orders and of a date range as index-only scans.
-- Status and channel keep orders_status / orders_channel (status|channel,
-- created_at, id) of 0001, as on SQLite.
CREATE INDEX orders_valid_created  ON orders(created_at, id)    WHERE invalid_at IS NULL;
CREATE INDEX orders_valid_total    ON orders(total_cents, id)   WHERE invalid_at IS NULL;
CREATE INDEX orders_valid_customer ON orders(customer_name, id) WHERE invalid_at IS NULL;
CREATE INDEX orders_valid_number   ON orders(number, id)        WHERE invalid_at IS NULL;
