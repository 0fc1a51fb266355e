-- The list sorted by status or channel on PostgreSQL (issue 19), and a
-- version of the order list that a login cannot hold still.
--
-- 1. The list sorted by status is ORDER BY status, id (channel the same).
-- The indexes by status and by channel (0001, 0099) go on by created_at,
-- so every page past the first, and every sort anchor
-- (OrderStore::sortAnchor), sorted each status's orders by id first: the
-- middle page of 1,000,000 orders by status took 1.2 s by OFFSET, 0.7 s
-- from its anchor, the first page 1.7 s. Indexes by status and by channel
-- alone (then the id), as SQLite's 0080, in a valid and an invalid half:
-- the valid view reads its half in list order, the invalid view its own,
-- the "all orders" view both merged (orderreads.cpp); an invalidation adds
-- an entry to the small invalid halves only (among few invalid orders, as
-- the review look-ups' invalid halves of 0083, which cost it nothing
-- measurable). Without the invalid halves, the invalid orders sorted by
-- status were read from orders_status, all of them (2 s at 1,000,000).

CREATE INDEX orders_valid_status_sort ON orders (status, id) WHERE invalid_at IS NULL;
CREATE INDEX orders_invalid_status_sort ON orders (status, id) WHERE invalid_at IS NOT NULL;
CREATE INDEX orders_valid_channel_sort ON orders (channel, id) WHERE invalid_at IS NULL;
CREATE INDEX orders_invalid_channel_sort ON orders (channel, id) WHERE invalid_at IS NOT NULL;

-- 2. The order list's version (0089) moved once per transaction: the
-- trigger marked the transaction with a setting, docket.order_list_changed,
-- and skipped the counters while it said 'yes'. A login may set any
-- setting (SET docket.order_list_changed = 'yes'), and then its writes left
-- the version where it was: every desktop's sort anchors from before them
-- passed for current, and far jumps showed pages of a list that no longer
-- is. Now the counter itself says which transaction last added to it (its
-- transaction id, which no login chooses): a transaction adds 1 when no
-- counter carries its id yet, which its own write of a counter, rolled back
-- with a savepoint or not, decides. The setting is no longer read.

ALTER TABLE order_list_version ADD COLUMN xact xid8;

CREATE OR REPLACE FUNCTION docket_order_list_changed() RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER SET jit = off AS $$
DECLARE
    v_xact xid8 := pg_current_xact_id();
BEGIN
    IF NOT EXISTS (SELECT 1 FROM order_list_version v WHERE v.xact = v_xact) THEN
        UPDATE order_list_version SET n = n + 1, xact = v_xact
        WHERE slot = (SELECT v.slot FROM order_list_version v ORDER BY v.slot
                      FOR UPDATE SKIP LOCKED LIMIT 1);
        IF NOT FOUND THEN
            -- 64 transactions write at once: wait for one.
            UPDATE order_list_version SET n = n + 1, xact = v_xact
            WHERE slot = pg_backend_pid() % 64;
        END IF;
    END IF;
    RETURN NULL;
END
$$;

SELECT docket_harden();
