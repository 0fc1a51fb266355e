-- Refunds in analytics (issue 15 item 2): net sales = gross sales - refunds,
-- each refund counted with its own amount on the day it was made, no longer
-- "a refunded order subtracts its whole amount". models/stores/analyticsquery.h
-- has the definitions.
--
-- sales_refunds adds up the refunds by the UTC hour, day and month they were
-- made (refunds.created_at), and by their order's channel, status and
-- validity, so that the analytics page's channel and status filters and its
-- scope apply to refunds through their order, read from a few summary rows
-- as the sales are (0003). It is kept exact in the same transaction:
--   * a refund written, changed or deleted: its rows (triggers on refunds);
--   * an order whose channel, status or validity changes (a full refund turns
--     it "refunded"): its refunds move from the old key to the new. These
--     triggers are not suspended by a batch (analytics_suspend, 0007): they
--     do their work only for orders that have refunds (an index probe of
--     refunds_order each), which a batch of status changes or invalidations
--     mostly has not.
-- summaries::rebuild() and verify() (salessummaries.cpp) cover it.
--
-- Upgrading in place: the refunds already recorded are added up here.
--
-- Trigger bodies avoid CASE...END (the migration splitter counts END).

CREATE TABLE sales_refunds (
    grain       INTEGER NOT NULL, -- 0 = UTC hour, 1 = UTC day, 2 = UTC month
    bucket      INTEGER NOT NULL, -- start of the hour/day/month the refunds were made
    channel     TEXT    NOT NULL, -- of their order
    status      TEXT    NOT NULL, -- of their order
    invalid     INTEGER NOT NULL, -- 1 when their order is marked invalid
    refunds     INTEGER NOT NULL,
    total_cents INTEGER NOT NULL,
    PRIMARY KEY (grain, bucket, channel, status, invalid)
) WITHOUT ROWID;

-- ---- backfill what is already there ----
INSERT INTO sales_refunds(grain, bucket, channel, status, invalid, refunds, total_cents)
SELECT 0, r.created_at - r.created_at % 3600, o.channel, o.status, o.invalid_at IS NOT NULL,
       COUNT(*), SUM(r.amount_cents)
FROM refunds r
JOIN orders o ON o.id = r.order_id
GROUP BY 2, 3, 4, 5;

INSERT INTO sales_refunds(grain, bucket, channel, status, invalid, refunds, total_cents)
SELECT 1, bucket - bucket % 86400, channel, status, invalid, SUM(refunds), SUM(total_cents)
FROM sales_refunds
WHERE grain = 0
GROUP BY 2, 3, 4, 5;

INSERT INTO sales_refunds(grain, bucket, channel, status, invalid, refunds, total_cents)
SELECT 2, CAST(strftime('%s', bucket, 'unixepoch', 'start of month') AS INTEGER), channel, status,
       invalid, SUM(refunds), SUM(total_cents)
FROM sales_refunds
WHERE grain = 1
GROUP BY 2, 3, 4, 5;

-- ---- refunds: insert, change, delete ----
CREATE TRIGGER analytics_refunds_ai AFTER INSERT ON refunds BEGIN
    INSERT INTO sales_refunds(grain, bucket, channel, status, invalid, refunds, total_cents)
    SELECT g.grain, iif(g.grain = 0, new.created_at - new.created_at % 3600,
               iif(g.grain = 1, new.created_at - new.created_at % 86400,
                   CAST(strftime('%s', new.created_at, 'unixepoch', 'start of month')
                        AS INTEGER))),
           o.channel, o.status, o.invalid_at IS NOT NULL, 1, new.amount_cents
    FROM orders o, (SELECT 0 AS grain UNION ALL SELECT 1 UNION ALL SELECT 2) g
    WHERE o.id = new.order_id
    ON CONFLICT(grain, bucket, channel, status, invalid) DO UPDATE
    SET refunds = refunds + excluded.refunds, total_cents = total_cents + excluded.total_cents;
END;

CREATE TRIGGER analytics_refunds_ad AFTER DELETE ON refunds BEGIN
    INSERT INTO sales_refunds(grain, bucket, channel, status, invalid, refunds, total_cents)
    SELECT g.grain, iif(g.grain = 0, old.created_at - old.created_at % 3600,
               iif(g.grain = 1, old.created_at - old.created_at % 86400,
                   CAST(strftime('%s', old.created_at, 'unixepoch', 'start of month')
                        AS INTEGER))),
           o.channel, o.status, o.invalid_at IS NOT NULL, -1, -old.amount_cents
    FROM orders o, (SELECT 0 AS grain UNION ALL SELECT 1 UNION ALL SELECT 2) g
    WHERE o.id = old.order_id
    ON CONFLICT(grain, bucket, channel, status, invalid) DO UPDATE
    SET refunds = refunds + excluded.refunds, total_cents = total_cents + excluded.total_cents;
    DELETE FROM sales_refunds WHERE refunds = 0 AND grain IN (0, 1, 2)
      AND bucket IN (old.created_at - old.created_at % 3600,
                     old.created_at - old.created_at % 86400,
                     CAST(strftime('%s', old.created_at, 'unixepoch', 'start of month')
                          AS INTEGER));
END;

CREATE TRIGGER analytics_refunds_au
AFTER UPDATE OF order_id, amount_cents, created_at ON refunds
WHEN old.order_id IS NOT new.order_id OR old.amount_cents IS NOT new.amount_cents
  OR old.created_at IS NOT new.created_at
BEGIN
    INSERT INTO sales_refunds(grain, bucket, channel, status, invalid, refunds, total_cents)
    SELECT g.grain, iif(g.grain = 0, old.created_at - old.created_at % 3600,
               iif(g.grain = 1, old.created_at - old.created_at % 86400,
                   CAST(strftime('%s', old.created_at, 'unixepoch', 'start of month')
                        AS INTEGER))),
           o.channel, o.status, o.invalid_at IS NOT NULL, -1, -old.amount_cents
    FROM orders o, (SELECT 0 AS grain UNION ALL SELECT 1 UNION ALL SELECT 2) g
    WHERE o.id = old.order_id
    ON CONFLICT(grain, bucket, channel, status, invalid) DO UPDATE
    SET refunds = refunds + excluded.refunds, total_cents = total_cents + excluded.total_cents;
    DELETE FROM sales_refunds WHERE refunds = 0 AND grain IN (0, 1, 2)
      AND bucket IN (old.created_at - old.created_at % 3600,
                     old.created_at - old.created_at % 86400,
                     CAST(strftime('%s', old.created_at, 'unixepoch', 'start of month')
                          AS INTEGER));
    INSERT INTO sales_refunds(grain, bucket, channel, status, invalid, refunds, total_cents)
    SELECT g.grain, iif(g.grain = 0, new.created_at - new.created_at % 3600,
               iif(g.grain = 1, new.created_at - new.created_at % 86400,
                   CAST(strftime('%s', new.created_at, 'unixepoch', 'start of month')
                        AS INTEGER))),
           o.channel, o.status, o.invalid_at IS NOT NULL, 1, new.amount_cents
    FROM orders o, (SELECT 0 AS grain UNION ALL SELECT 1 UNION ALL SELECT 2) g
    WHERE o.id = new.order_id
    ON CONFLICT(grain, bucket, channel, status, invalid) DO UPDATE
    SET refunds = refunds + excluded.refunds, total_cents = total_cents + excluded.total_cents;
END;

-- ---- an order's refunds follow its channel, status and validity ----
CREATE TRIGGER analytics_refunds_orders_au
AFTER UPDATE OF channel, status, invalid_at ON orders
WHEN (old.channel IS NOT new.channel OR old.status IS NOT new.status
      OR (old.invalid_at IS NULL) <> (new.invalid_at IS NULL))
  AND EXISTS (SELECT 1 FROM refunds WHERE order_id = new.id)
BEGIN
    INSERT INTO sales_refunds(grain, bucket, channel, status, invalid, refunds, total_cents)
    SELECT g.grain, iif(g.grain = 0, r.created_at - r.created_at % 3600,
               iif(g.grain = 1, r.created_at - r.created_at % 86400,
                   CAST(strftime('%s', r.created_at, 'unixepoch', 'start of month')
                        AS INTEGER))) AS b,
           old.channel, old.status, old.invalid_at IS NOT NULL, -COUNT(*), -SUM(r.amount_cents)
    FROM refunds r, (SELECT 0 AS grain UNION ALL SELECT 1 UNION ALL SELECT 2) g
    WHERE r.order_id = new.id
    GROUP BY 1, 2
    ON CONFLICT(grain, bucket, channel, status, invalid) DO UPDATE
    SET refunds = refunds + excluded.refunds, total_cents = total_cents + excluded.total_cents;
    DELETE FROM sales_refunds WHERE refunds = 0 AND grain IN (0, 1, 2)
      AND bucket IN (SELECT r.created_at - r.created_at % 3600 FROM refunds r
                     WHERE r.order_id = new.id
                     UNION ALL
                     SELECT r.created_at - r.created_at % 86400 FROM refunds r
                     WHERE r.order_id = new.id
                     UNION ALL
                     SELECT CAST(strftime('%s', r.created_at, 'unixepoch', 'start of month')
                                 AS INTEGER) FROM refunds r WHERE r.order_id = new.id)
      AND channel = old.channel AND status = old.status
      AND invalid = (old.invalid_at IS NOT NULL);
    INSERT INTO sales_refunds(grain, bucket, channel, status, invalid, refunds, total_cents)
    SELECT g.grain, iif(g.grain = 0, r.created_at - r.created_at % 3600,
               iif(g.grain = 1, r.created_at - r.created_at % 86400,
                   CAST(strftime('%s', r.created_at, 'unixepoch', 'start of month')
                        AS INTEGER))) AS b,
           new.channel, new.status, new.invalid_at IS NOT NULL, COUNT(*), SUM(r.amount_cents)
    FROM refunds r, (SELECT 0 AS grain UNION ALL SELECT 1 UNION ALL SELECT 2) g
    WHERE r.order_id = new.id
    GROUP BY 1, 2
    ON CONFLICT(grain, bucket, channel, status, invalid) DO UPDATE
    SET refunds = refunds + excluded.refunds, total_cents = total_cents + excluded.total_cents;
END;
