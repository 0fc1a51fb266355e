-- The order list shows valid orders unless asked otherwise, sorted by one of
-- its columns (ORDER BY col, id). An index of the valid orders alone answers
-- "WHERE invalid_at IS NULL ORDER BY col, id" and the counts of a date range
-- from the index: a far scrollbar jump (OFFSET, done by the loader) steps over
-- index entries instead of reading half a million table rows to test
-- invalid_at, and a date-range count reads no table rows. SQLite appends the
-- rowid (= id) to every index entry, so (col) is (col, id). docket-bench at 1M
-- orders: jump to the middle of the list 200 -> 21 ms, of the list sorted by
-- amount 2.4 s -> 20 ms; a year's count 188 -> 22 ms (README, Performance).
--
-- Status and channel get none: without ANALYZE statistics (Docket does not
-- run ANALYZE) SQLite would prefer such an index for a status or channel
-- filter over orders_status/orders_channel (status, created_at) and sort the
-- whole group for the first page. The full indexes of 0001 stay for the lists
-- of invalid and of all orders.
CREATE INDEX orders_valid_created  ON orders(created_at)    WHERE invalid_at IS NULL;
CREATE INDEX orders_valid_total    ON orders(total_cents)   WHERE invalid_at IS NULL;
CREATE INDEX orders_valid_customer ON orders(customer_name) WHERE invalid_at IS NULL;
CREATE INDEX orders_valid_number   ON orders(number)        WHERE invalid_at IS NULL;
