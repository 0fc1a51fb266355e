-- The order list's Due sort (issue 15, item 5), PostgreSQL dialect: as
-- resources/sql/sqlite/0073. The expression is
-- orderquery::sortExpression(OrderColumn::Due), exactly, with the id as the
-- list's tie-break. An index only: no table, no function, nothing a login
-- can call (its row-level security applies to the rows the index finds).

CREATE INDEX orders_due_sort ON orders ((COALESCE(due_at, 9223372036854775807)), id);
