-- The order list's Due sort (issue 15, item 5): by when the order's current
-- step is due (due_at, kept by the write path: fulfilment's records, review,
-- status changes, deadline refresh), orders without a deadline after every
-- other. The expression is orderquery::sortExpression(OrderColumn::Due),
-- exactly, so the first page of the sort is read from this index at any list
-- size (SQLite appends the rowid, the list's tie-break). The Due filters
-- (past the deadline, due within 24 h) use orders_due of 0068.

CREATE INDEX orders_due_sort ON orders(COALESCE(due_at, 9223372036854775807));
