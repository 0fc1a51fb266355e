-- Batch writes keep the analytics summaries themselves, set-based.
--
-- The summary triggers of 0003_analytics.sql update the summaries once per
-- order: marking 100,000 orders invalid ran 200,000 upserts and as many
-- deletes of emptied rows (11 s of a 12 s batch at 1M orders). OrderStore's
-- batches (invalidate, revalidate, delete invalid orders) instead insert the
-- row of analytics_suspend inside their write transaction, take the affected
-- orders out of the summaries with one grouped statement per summary and
-- grain, apply their change, put the orders back the same way, and delete
-- the row again before they commit (see models/stores/salessummaries.h).
-- No other connection ever sees the row: every other writer (a single-order
-- edit, docketctl, the sqlite3 shell) goes through the per-row triggers as
-- before. The triggers are those of 0003 with the WHEN clause added.

CREATE TABLE analytics_suspend (
    only INTEGER PRIMARY KEY CHECK (only = 1)
);

DROP TRIGGER analytics_orders_ai;
DROP TRIGGER analytics_orders_au;
DROP TRIGGER analytics_orders_products_au;
DROP TRIGGER analytics_orders_bd;
DROP TRIGGER analytics_lines_ai;
DROP TRIGGER analytics_lines_ad;
DROP TRIGGER analytics_lines_au;

CREATE TRIGGER analytics_orders_ai AFTER INSERT ON orders
WHEN NOT EXISTS (SELECT 1 FROM analytics_suspend)
BEGIN
    INSERT INTO sales_orders(grain, bucket, channel, status, invalid, orders, total_cents)
    SELECT g.grain, iif(g.grain = 0, new.created_at - new.created_at % 3600,
               iif(g.grain = 1, new.created_at - new.created_at % 86400,
                   CAST(strftime('%s', new.created_at, 'unixepoch', 'start of month')
                        AS INTEGER))),
           new.channel, new.status, new.invalid_at IS NOT NULL, 1, new.total_cents
    FROM (SELECT 0 AS grain UNION ALL SELECT 1 UNION ALL SELECT 2) g
    WHERE 1
    ON CONFLICT(grain, bucket, channel, status, invalid) DO UPDATE
    SET orders = orders + excluded.orders, total_cents = total_cents + excluded.total_cents;

    INSERT INTO sales_region(grain, bucket, channel, status, ship_country, ship_region, orders,
                             total_cents)
    SELECT g.grain, iif(g.grain = 1, new.created_at - new.created_at % 86400,
                        CAST(strftime('%s', new.created_at, 'unixepoch', 'start of month')
                             AS INTEGER)),
           new.channel, new.status, new.ship_country, new.ship_region, 1, new.total_cents
    FROM (SELECT 1 AS grain UNION ALL SELECT 2) g
    WHERE new.invalid_at IS NULL AND new.status IN ('paid', 'processing', 'shipped', 'delivered')
    ON CONFLICT(grain, bucket, channel, status, ship_country, ship_region) DO UPDATE
    SET orders = orders + excluded.orders, total_cents = total_cents + excluded.total_cents;
    -- No lines yet: foreign keys make them follow their order (analytics_lines_ai).
END;

CREATE TRIGGER analytics_orders_au
AFTER UPDATE OF created_at, channel, status, invalid_at, total_cents, ship_country, ship_region
ON orders
WHEN NOT EXISTS (SELECT 1 FROM analytics_suspend)
  AND (old.created_at IS NOT new.created_at OR old.channel IS NOT new.channel
  OR old.status IS NOT new.status OR (old.invalid_at IS NULL) <> (new.invalid_at IS NULL)
  OR old.total_cents IS NOT new.total_cents OR old.ship_country IS NOT new.ship_country
  OR old.ship_region IS NOT new.ship_region)
BEGIN
    INSERT INTO sales_orders(grain, bucket, channel, status, invalid, orders, total_cents)
    SELECT g.grain, iif(g.grain = 0, old.created_at - old.created_at % 3600,
               iif(g.grain = 1, old.created_at - old.created_at % 86400,
                   CAST(strftime('%s', old.created_at, 'unixepoch', 'start of month')
                        AS INTEGER))),
           old.channel, old.status, old.invalid_at IS NOT NULL, -1, -old.total_cents
    FROM (SELECT 0 AS grain UNION ALL SELECT 1 UNION ALL SELECT 2) g
    WHERE 1
    ON CONFLICT(grain, bucket, channel, status, invalid) DO UPDATE
    SET orders = orders + excluded.orders, total_cents = total_cents + excluded.total_cents;
    DELETE FROM sales_orders
    WHERE grain IN (0, 1, 2) AND channel = old.channel AND status = old.status
      AND invalid = (old.invalid_at IS NOT NULL) AND orders = 0
      AND bucket IN (old.created_at - old.created_at % 3600,
                     old.created_at - old.created_at % 86400,
                     CAST(strftime('%s', old.created_at, 'unixepoch', 'start of month')
                          AS INTEGER));
    INSERT INTO sales_orders(grain, bucket, channel, status, invalid, orders, total_cents)
    SELECT g.grain, iif(g.grain = 0, new.created_at - new.created_at % 3600,
               iif(g.grain = 1, new.created_at - new.created_at % 86400,
                   CAST(strftime('%s', new.created_at, 'unixepoch', 'start of month')
                        AS INTEGER))),
           new.channel, new.status, new.invalid_at IS NOT NULL, 1, new.total_cents
    FROM (SELECT 0 AS grain UNION ALL SELECT 1 UNION ALL SELECT 2) g
    WHERE 1
    ON CONFLICT(grain, bucket, channel, status, invalid) DO UPDATE
    SET orders = orders + excluded.orders, total_cents = total_cents + excluded.total_cents;

    INSERT INTO sales_region(grain, bucket, channel, status, ship_country, ship_region, orders,
                             total_cents)
    SELECT g.grain, iif(g.grain = 1, old.created_at - old.created_at % 86400,
                        CAST(strftime('%s', old.created_at, 'unixepoch', 'start of month')
                             AS INTEGER)),
           old.channel, old.status, old.ship_country, old.ship_region, -1, -old.total_cents
    FROM (SELECT 1 AS grain UNION ALL SELECT 2) g
    WHERE old.invalid_at IS NULL AND old.status IN ('paid', 'processing', 'shipped', 'delivered')
    ON CONFLICT(grain, bucket, channel, status, ship_country, ship_region) DO UPDATE
    SET orders = orders + excluded.orders, total_cents = total_cents + excluded.total_cents;
    DELETE FROM sales_region
    WHERE grain IN (1, 2) AND channel = old.channel AND status = old.status
      AND ship_country = old.ship_country AND ship_region = old.ship_region AND orders = 0
      AND bucket IN (old.created_at - old.created_at % 86400,
                     CAST(strftime('%s', old.created_at, 'unixepoch', 'start of month')
                          AS INTEGER));
    INSERT INTO sales_region(grain, bucket, channel, status, ship_country, ship_region, orders,
                             total_cents)
    SELECT g.grain, iif(g.grain = 1, new.created_at - new.created_at % 86400,
                        CAST(strftime('%s', new.created_at, 'unixepoch', 'start of month')
                             AS INTEGER)),
           new.channel, new.status, new.ship_country, new.ship_region, 1, new.total_cents
    FROM (SELECT 1 AS grain UNION ALL SELECT 2) g
    WHERE new.invalid_at IS NULL AND new.status IN ('paid', 'processing', 'shipped', 'delivered')
    ON CONFLICT(grain, bucket, channel, status, ship_country, ship_region) DO UPDATE
    SET orders = orders + excluded.orders, total_cents = total_cents + excluded.total_cents;
END;

CREATE TRIGGER analytics_orders_products_au
AFTER UPDATE OF created_at, channel, status, invalid_at ON orders
WHEN NOT EXISTS (SELECT 1 FROM analytics_suspend)
  AND (old.created_at IS NOT new.created_at OR old.channel IS NOT new.channel
  OR old.status IS NOT new.status OR (old.invalid_at IS NULL) <> (new.invalid_at IS NULL))
BEGIN
    INSERT INTO sales_product(grain, bucket, channel, status, sku, lines, quantity, total_cents)
    SELECT g.grain, iif(g.grain = 1, old.created_at - old.created_at % 86400,
                        CAST(strftime('%s', old.created_at, 'unixepoch', 'start of month')
                             AS INTEGER)),
           old.channel, old.status, l.sku, -COUNT(*), -SUM(l.quantity),
           -SUM(l.quantity * l.unit_price_cents)
    FROM order_lines l, (SELECT 1 AS grain UNION ALL SELECT 2) g
    WHERE l.order_id = old.id AND old.invalid_at IS NULL
      AND old.status IN ('paid', 'processing', 'shipped', 'delivered')
    GROUP BY g.grain, l.sku
    ON CONFLICT(grain, bucket, channel, status, sku) DO UPDATE
    SET lines = lines + excluded.lines, quantity = quantity + excluded.quantity,
        total_cents = total_cents + excluded.total_cents;
    DELETE FROM sales_product
    WHERE grain IN (1, 2) AND channel = old.channel AND status = old.status AND lines = 0
      AND bucket IN (old.created_at - old.created_at % 86400,
                     CAST(strftime('%s', old.created_at, 'unixepoch', 'start of month')
                          AS INTEGER));
    INSERT INTO sales_product(grain, bucket, channel, status, sku, lines, quantity, total_cents)
    SELECT g.grain, iif(g.grain = 1, new.created_at - new.created_at % 86400,
                        CAST(strftime('%s', new.created_at, 'unixepoch', 'start of month')
                             AS INTEGER)),
           new.channel, new.status, l.sku, COUNT(*), SUM(l.quantity),
           SUM(l.quantity * l.unit_price_cents)
    FROM order_lines l, (SELECT 1 AS grain UNION ALL SELECT 2) g
    WHERE l.order_id = new.id AND new.invalid_at IS NULL
      AND new.status IN ('paid', 'processing', 'shipped', 'delivered')
    GROUP BY g.grain, l.sku
    ON CONFLICT(grain, bucket, channel, status, sku) DO UPDATE
    SET lines = lines + excluded.lines, quantity = quantity + excluded.quantity,
        total_cents = total_cents + excluded.total_cents;
END;

CREATE TRIGGER analytics_orders_bd BEFORE DELETE ON orders
WHEN NOT EXISTS (SELECT 1 FROM analytics_suspend)
BEGIN
    INSERT INTO sales_orders(grain, bucket, channel, status, invalid, orders, total_cents)
    SELECT g.grain, iif(g.grain = 0, old.created_at - old.created_at % 3600,
               iif(g.grain = 1, old.created_at - old.created_at % 86400,
                   CAST(strftime('%s', old.created_at, 'unixepoch', 'start of month')
                        AS INTEGER))),
           old.channel, old.status, old.invalid_at IS NOT NULL, -1, -old.total_cents
    FROM (SELECT 0 AS grain UNION ALL SELECT 1 UNION ALL SELECT 2) g
    WHERE 1
    ON CONFLICT(grain, bucket, channel, status, invalid) DO UPDATE
    SET orders = orders + excluded.orders, total_cents = total_cents + excluded.total_cents;
    DELETE FROM sales_orders
    WHERE grain IN (0, 1, 2) AND channel = old.channel AND status = old.status
      AND invalid = (old.invalid_at IS NOT NULL) AND orders = 0
      AND bucket IN (old.created_at - old.created_at % 3600,
                     old.created_at - old.created_at % 86400,
                     CAST(strftime('%s', old.created_at, 'unixepoch', 'start of month')
                          AS INTEGER));

    INSERT INTO sales_region(grain, bucket, channel, status, ship_country, ship_region, orders,
                             total_cents)
    SELECT g.grain, iif(g.grain = 1, old.created_at - old.created_at % 86400,
                        CAST(strftime('%s', old.created_at, 'unixepoch', 'start of month')
                             AS INTEGER)),
           old.channel, old.status, old.ship_country, old.ship_region, -1, -old.total_cents
    FROM (SELECT 1 AS grain UNION ALL SELECT 2) g
    WHERE old.invalid_at IS NULL AND old.status IN ('paid', 'processing', 'shipped', 'delivered')
    ON CONFLICT(grain, bucket, channel, status, ship_country, ship_region) DO UPDATE
    SET orders = orders + excluded.orders, total_cents = total_cents + excluded.total_cents;
    DELETE FROM sales_region
    WHERE grain IN (1, 2) AND channel = old.channel AND status = old.status
      AND ship_country = old.ship_country AND ship_region = old.ship_region AND orders = 0
      AND bucket IN (old.created_at - old.created_at % 86400,
                     CAST(strftime('%s', old.created_at, 'unixepoch', 'start of month')
                          AS INTEGER));

    INSERT INTO sales_product(grain, bucket, channel, status, sku, lines, quantity, total_cents)
    SELECT g.grain, iif(g.grain = 1, old.created_at - old.created_at % 86400,
                        CAST(strftime('%s', old.created_at, 'unixepoch', 'start of month')
                             AS INTEGER)),
           old.channel, old.status, l.sku, -COUNT(*), -SUM(l.quantity),
           -SUM(l.quantity * l.unit_price_cents)
    FROM order_lines l, (SELECT 1 AS grain UNION ALL SELECT 2) g
    WHERE l.order_id = old.id AND old.invalid_at IS NULL
      AND old.status IN ('paid', 'processing', 'shipped', 'delivered')
    GROUP BY g.grain, l.sku
    ON CONFLICT(grain, bucket, channel, status, sku) DO UPDATE
    SET lines = lines + excluded.lines, quantity = quantity + excluded.quantity,
        total_cents = total_cents + excluded.total_cents;
    DELETE FROM sales_product
    WHERE grain IN (1, 2) AND channel = old.channel AND status = old.status AND lines = 0
      AND bucket IN (old.created_at - old.created_at % 86400,
                     CAST(strftime('%s', old.created_at, 'unixepoch', 'start of month')
                          AS INTEGER));
END;

CREATE TRIGGER analytics_lines_ai AFTER INSERT ON order_lines
WHEN NOT EXISTS (SELECT 1 FROM analytics_suspend)
BEGIN
    INSERT INTO sales_product(grain, bucket, channel, status, sku, lines, quantity, total_cents)
    SELECT g.grain, iif(g.grain = 1, o.created_at - o.created_at % 86400,
                        CAST(strftime('%s', o.created_at, 'unixepoch', 'start of month')
                             AS INTEGER)),
           o.channel, o.status, new.sku, 1, new.quantity, new.quantity * new.unit_price_cents
    FROM orders o, (SELECT 1 AS grain UNION ALL SELECT 2) g
    WHERE o.id = new.order_id AND o.invalid_at IS NULL
      AND o.status IN ('paid', 'processing', 'shipped', 'delivered')
    ON CONFLICT(grain, bucket, channel, status, sku) DO UPDATE
    SET lines = lines + excluded.lines, quantity = quantity + excluded.quantity,
        total_cents = total_cents + excluded.total_cents;
END;

CREATE TRIGGER analytics_lines_ad AFTER DELETE ON order_lines
WHEN NOT EXISTS (SELECT 1 FROM analytics_suspend)
BEGIN
    INSERT INTO sales_product(grain, bucket, channel, status, sku, lines, quantity, total_cents)
    SELECT g.grain, iif(g.grain = 1, o.created_at - o.created_at % 86400,
                        CAST(strftime('%s', o.created_at, 'unixepoch', 'start of month')
                             AS INTEGER)),
           o.channel, o.status, old.sku, -1, -old.quantity, -old.quantity * old.unit_price_cents
    FROM orders o, (SELECT 1 AS grain UNION ALL SELECT 2) g
    WHERE o.id = old.order_id AND o.invalid_at IS NULL
      AND o.status IN ('paid', 'processing', 'shipped', 'delivered')
    ON CONFLICT(grain, bucket, channel, status, sku) DO UPDATE
    SET lines = lines + excluded.lines, quantity = quantity + excluded.quantity,
        total_cents = total_cents + excluded.total_cents;
    DELETE FROM sales_product
    WHERE lines = 0 AND sku = old.sku AND grain IN (1, 2)
      AND (grain, bucket, channel, status) IN (
          SELECT g.grain, iif(g.grain = 1, o.created_at - o.created_at % 86400,
                              CAST(strftime('%s', o.created_at, 'unixepoch', 'start of month')
                                   AS INTEGER)),
                 o.channel, o.status
          FROM orders o, (SELECT 1 AS grain UNION ALL SELECT 2) g
          WHERE o.id = old.order_id);
END;

CREATE TRIGGER analytics_lines_au
AFTER UPDATE OF order_id, sku, quantity, unit_price_cents ON order_lines
WHEN NOT EXISTS (SELECT 1 FROM analytics_suspend)
BEGIN
    INSERT INTO sales_product(grain, bucket, channel, status, sku, lines, quantity, total_cents)
    SELECT g.grain, iif(g.grain = 1, o.created_at - o.created_at % 86400,
                        CAST(strftime('%s', o.created_at, 'unixepoch', 'start of month')
                             AS INTEGER)),
           o.channel, o.status, old.sku, -1, -old.quantity, -old.quantity * old.unit_price_cents
    FROM orders o, (SELECT 1 AS grain UNION ALL SELECT 2) g
    WHERE o.id = old.order_id AND o.invalid_at IS NULL
      AND o.status IN ('paid', 'processing', 'shipped', 'delivered')
    ON CONFLICT(grain, bucket, channel, status, sku) DO UPDATE
    SET lines = lines + excluded.lines, quantity = quantity + excluded.quantity,
        total_cents = total_cents + excluded.total_cents;
    DELETE FROM sales_product
    WHERE lines = 0 AND sku = old.sku AND grain IN (1, 2)
      AND (grain, bucket, channel, status) IN (
          SELECT g.grain, iif(g.grain = 1, o.created_at - o.created_at % 86400,
                              CAST(strftime('%s', o.created_at, 'unixepoch', 'start of month')
                                   AS INTEGER)),
                 o.channel, o.status
          FROM orders o, (SELECT 1 AS grain UNION ALL SELECT 2) g
          WHERE o.id = old.order_id);
    INSERT INTO sales_product(grain, bucket, channel, status, sku, lines, quantity, total_cents)
    SELECT g.grain, iif(g.grain = 1, o.created_at - o.created_at % 86400,
                        CAST(strftime('%s', o.created_at, 'unixepoch', 'start of month')
                             AS INTEGER)),
           o.channel, o.status, new.sku, 1, new.quantity, new.quantity * new.unit_price_cents
    FROM orders o, (SELECT 1 AS grain UNION ALL SELECT 2) g
    WHERE o.id = new.order_id AND o.invalid_at IS NULL
      AND o.status IN ('paid', 'processing', 'shipped', 'delivered')
    ON CONFLICT(grain, bucket, channel, status, sku) DO UPDATE
    SET lines = lines + excluded.lines, quantity = quantity + excluded.quantity,
        total_cents = total_cents + excluded.total_cents;
END;
