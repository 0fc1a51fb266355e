-- Far jumps in a list sorted by status or channel (issue 19): the list is
-- ORDER BY status|channel, id, and orders_status / orders_channel (0001) go
-- on by created_at, so SQLite sorted each status's or channel's orders by id
-- in a temporary b-tree before it could step over them, for every page past
-- the first and for every sort anchor (OrderStore::sortAnchor). Indexes of
-- the valid orders by status and by channel alone (the row id follows), as
-- 0006 made them for the other sort columns. PostgreSQL keeps OFFSET for
-- these jumps (no sort anchors there yet), so this migration is SQLite's only.

CREATE INDEX orders_valid_status  ON orders(status)  WHERE invalid_at IS NULL;
CREATE INDEX orders_valid_channel ON orders(channel) WHERE invalid_at IS NULL;
