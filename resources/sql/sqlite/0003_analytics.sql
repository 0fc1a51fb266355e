-- Sales analytics: summary tables kept exact by triggers in the same
-- transaction that changes an order, so charts over millions of orders read a
-- few thousand summary rows instead of the orders themselves.
--
-- Definitions (models/stores/analyticsstore.h says the same):
--   * an order counts for analytics while it exists in `orders` (deleted orders
--     move to the archive and drop out of every figure);
--   * revenue ("net sales") is total_cents of orders that are valid
--     (invalid_at IS NULL) and paid or further along: paid, processing,
--     shipped, delivered. Pending orders are not paid yet; cancelled orders
--     never were; refunded orders were paid and refunded in full, so their
--     refund subtracts their whole amount and they add nothing.
--
-- Buckets are UTC hours (grain 0, orders only), days (grain 1) and months
-- (grain 2). A local period or chart bucket of any time zone is read as whole
-- UTC months, then days, then hours, and the orders themselves for what is
-- left at its edges (the half hours of a +05:30 zone, the partial days of a
-- region or product breakdown), so every figure is exact in every zone.
--
-- Trigger bodies avoid CASE...END (the migration splitter counts END); iif()
-- and boolean arithmetic do the same job.

-- Every order, valid or not, by UTC hour, day and month: counts, statuses,
-- invalid rate, revenue.
CREATE TABLE sales_orders (
    grain       INTEGER NOT NULL, -- 0 = UTC hour, 1 = UTC day, 2 = UTC month
    bucket      INTEGER NOT NULL, -- start of the hour/day/month, UTC seconds
    channel     TEXT    NOT NULL,
    status      TEXT    NOT NULL,
    invalid     INTEGER NOT NULL, -- 1 when marked invalid
    orders      INTEGER NOT NULL,
    total_cents INTEGER NOT NULL,
    PRIMARY KEY (grain, bucket, channel, status, invalid)
) WITHOUT ROWID;

-- Revenue orders (see above) by UTC day/month and shipping region.
CREATE TABLE sales_region (
    grain        INTEGER NOT NULL, -- 1 = UTC day, 2 = UTC month
    bucket       INTEGER NOT NULL, -- start of the day/month, UTC seconds
    channel      TEXT    NOT NULL,
    status       TEXT    NOT NULL,
    ship_country TEXT    NOT NULL,
    ship_region  TEXT    NOT NULL,
    orders       INTEGER NOT NULL,
    total_cents  INTEGER NOT NULL,
    PRIMARY KEY (grain, bucket, channel, status, ship_country, ship_region)
) WITHOUT ROWID;

-- Order lines of revenue orders by UTC day/month and SKU.
CREATE TABLE sales_product (
    grain       INTEGER NOT NULL, -- 1 = UTC day, 2 = UTC month
    bucket      INTEGER NOT NULL,
    channel     TEXT    NOT NULL,
    status      TEXT    NOT NULL,
    sku         TEXT    NOT NULL,
    lines       INTEGER NOT NULL,
    quantity    INTEGER NOT NULL,
    total_cents INTEGER NOT NULL, -- quantity * unit_price_cents
    PRIMARY KEY (grain, bucket, channel, status, sku)
) WITHOUT ROWID;

-- Time to shipment: status changes to "shipped" by time (an order ships after
-- it is created, so a period's shipments are found from its first day on).
CREATE INDEX order_events_shipped ON order_events(at, order_id)
    WHERE kind = 'status' AND new_value = 'shipped';

-- ---- backfill what is already there ----
INSERT INTO sales_orders(grain, bucket, channel, status, invalid, orders, total_cents)
SELECT 0, created_at - created_at % 3600, channel, status, invalid_at IS NOT NULL, COUNT(*),
       SUM(total_cents)
FROM orders
GROUP BY 2, 3, 4, 5;

INSERT INTO sales_orders(grain, bucket, channel, status, invalid, orders, total_cents)
SELECT 1, bucket - bucket % 86400, channel, status, invalid, SUM(orders), SUM(total_cents)
FROM sales_orders
WHERE grain = 0
GROUP BY 2, 3, 4, 5;

INSERT INTO sales_orders(grain, bucket, channel, status, invalid, orders, total_cents)
SELECT 2, CAST(strftime('%s', bucket, 'unixepoch', 'start of month') AS INTEGER), channel, status,
       invalid, SUM(orders), SUM(total_cents)
FROM sales_orders
WHERE grain = 1
GROUP BY 2, 3, 4, 5;

INSERT INTO sales_region(grain, bucket, channel, status, ship_country, ship_region, orders,
                         total_cents)
SELECT 1, created_at - created_at % 86400, channel, status, ship_country, ship_region, COUNT(*),
       SUM(total_cents)
FROM orders
WHERE invalid_at IS NULL AND status IN ('paid', 'processing', 'shipped', 'delivered')
GROUP BY 2, 3, 4, 5, 6;

INSERT INTO sales_region(grain, bucket, channel, status, ship_country, ship_region, orders,
                         total_cents)
SELECT 2, CAST(strftime('%s', bucket, 'unixepoch', 'start of month') AS INTEGER), channel, status,
       ship_country, ship_region, SUM(orders), SUM(total_cents)
FROM sales_region
WHERE grain = 1
GROUP BY 2, 3, 4, 5, 6;

INSERT INTO sales_product(grain, bucket, channel, status, sku, lines, quantity, total_cents)
SELECT 1, o.created_at - o.created_at % 86400, o.channel, o.status, l.sku, COUNT(*),
       SUM(l.quantity), SUM(l.quantity * l.unit_price_cents)
FROM orders o
JOIN order_lines l ON l.order_id = o.id
WHERE o.invalid_at IS NULL AND o.status IN ('paid', 'processing', 'shipped', 'delivered')
GROUP BY 2, 3, 4, 5;

INSERT INTO sales_product(grain, bucket, channel, status, sku, lines, quantity, total_cents)
SELECT 2, CAST(strftime('%s', bucket, 'unixepoch', 'start of month') AS INTEGER), channel, status,
       sku, SUM(lines), SUM(quantity), SUM(total_cents)
FROM sales_product
WHERE grain = 1
GROUP BY 2, 3, 4, 5;

-- ---- orders: insert, change, delete ----
CREATE TRIGGER analytics_orders_ai AFTER INSERT ON orders BEGIN
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

-- A change to what the summaries group or add up: take the old row out, put
-- the new one in.
CREATE TRIGGER analytics_orders_au
AFTER UPDATE OF created_at, channel, status, invalid_at, total_cents, ship_country, ship_region
ON orders
WHEN old.created_at IS NOT new.created_at OR old.channel IS NOT new.channel
  OR old.status IS NOT new.status OR (old.invalid_at IS NULL) <> (new.invalid_at IS NULL)
  OR old.total_cents IS NOT new.total_cents OR old.ship_country IS NOT new.ship_country
  OR old.ship_region IS NOT new.ship_region
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

-- Product figures move only when the order's bucket, channel, status or
-- validity changes (its lines carry their own amounts).
CREATE TRIGGER analytics_orders_products_au
AFTER UPDATE OF created_at, channel, status, invalid_at ON orders
WHEN old.created_at IS NOT new.created_at OR old.channel IS NOT new.channel
  OR old.status IS NOT new.status OR (old.invalid_at IS NULL) <> (new.invalid_at IS NULL)
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

-- BEFORE, not AFTER: SQLite removes the row and cascades to its lines before
-- AFTER DELETE triggers run, and a line's own trigger no longer finds its order.
CREATE TRIGGER analytics_orders_bd BEFORE DELETE ON orders BEGIN
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

-- ---- order lines: the product summary ----
CREATE TRIGGER analytics_lines_ai AFTER INSERT ON order_lines BEGIN
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

CREATE TRIGGER analytics_lines_ad AFTER DELETE ON order_lines BEGIN
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
