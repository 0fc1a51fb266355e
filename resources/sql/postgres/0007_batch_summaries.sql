-- The analytics summaries (0003_analytics.sql) kept by statement-level
-- triggers: each statement that changes orders or lines adds up what it
-- changed from its transition tables, grouped, in one upsert per summary
-- table, instead of one function call and a handful of upserts per row
-- (marking 5,000 orders invalid took 6.3 s). The figures are the same as
-- before; the rules are those of 0003's header.
--
-- One writer of the summaries at a time (0005): the apply functions take the
-- database's summary lock before they touch a summary row. The statement has
-- locked its orders and lines by then (the stores lock their orders first,
-- see dialect::lockOrderRows), so the lock never closes a cycle; statements
-- that change nothing the summaries count (seen marks, notes) do not wait.

DROP TRIGGER analytics_0lock_orders_insert ON orders;
DROP TRIGGER analytics_0lock_orders_update ON orders;
DROP TRIGGER analytics_0lock_orders_delete ON orders;
DROP TRIGGER analytics_0lock_lines ON order_lines;
DROP TRIGGER analytics_orders_ai ON orders;
DROP TRIGGER analytics_orders_au ON orders;
DROP TRIGGER analytics_orders_bd ON orders;
DROP TRIGGER analytics_lines ON order_lines;
DROP FUNCTION docket_sales_lock_trigger();
DROP FUNCTION docket_sales_orders_trigger();
DROP FUNCTION docket_sales_lines_trigger();
DROP FUNCTION docket_sales_apply(orders, INT, BOOLEAN);
DROP FUNCTION docket_sales_line(order_lines, INT);

-- What a statement changed, as the summaries see it: an order's figures
-- taken out (sign -1) or added (sign 1)...
CREATE TYPE docket_sales_order_change AS (
    sign         INT,
    created_at   BIGINT,
    channel      TEXT,
    status       TEXT,
    invalid_at   BIGINT,
    total_cents  BIGINT,
    ship_country TEXT,
    ship_region  TEXT
);

-- ...and a line of an order that counts for revenue, with that order's
-- bucket, channel and status.
CREATE TYPE docket_sales_line_change AS (
    sign             INT,
    created_at       BIGINT,
    channel          TEXT,
    status           TEXT,
    sku              TEXT,
    quantity         BIGINT,
    unit_price_cents BIGINT
);

-- Orders deleted by the current statement that counted for revenue: their
-- lines go by ON DELETE CASCADE before the orders' statement trigger runs,
-- and the cascade's own statement trigger on order_lines (which runs after
-- it) takes the lines out with these figures. Empty outside that moment.
CREATE UNLOGGED TABLE sales_deleted_orders (
    id         BIGINT PRIMARY KEY,
    created_at BIGINT NOT NULL,
    channel    TEXT   NOT NULL,
    status     TEXT   NOT NULL
);

CREATE FUNCTION docket_sales_counts(invalid_at BIGINT, status TEXT) RETURNS boolean
LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
    SELECT invalid_at IS NULL AND status IN ('paid', 'processing', 'shipped', 'delivered')
$$;

CREATE FUNCTION docket_sales_apply_orders(c docket_sales_order_change[]) RETURNS void
LANGUAGE plpgsql AS $$
BEGIN
    IF COALESCE(cardinality(c), 0) = 0 THEN
        RETURN;
    END IF;
    PERFORM pg_advisory_xact_lock(7310585, 1); -- "docket", summaries (0005)
    INSERT INTO sales_orders AS s (grain, bucket, channel, status, invalid, orders, total_cents)
    SELECT g.grain,
           CASE g.grain WHEN 0 THEN x.created_at - x.created_at % 3600
                        WHEN 1 THEN x.created_at - x.created_at % 86400
                        ELSE docket_month_start(x.created_at) END,
           x.channel, x.status, CASE WHEN x.invalid_at IS NULL THEN 0 ELSE 1 END,
           SUM(x.sign), SUM(x.sign * x.total_cents)
    FROM unnest(c) AS x CROSS JOIN (VALUES (0), (1), (2)) AS g(grain)
    GROUP BY 1, 2, 3, 4, 5
    HAVING SUM(x.sign) <> 0 OR SUM(x.sign * x.total_cents) <> 0
    ON CONFLICT (grain, bucket, channel, status, invalid) DO UPDATE
    SET orders = s.orders + EXCLUDED.orders, total_cents = s.total_cents + EXCLUDED.total_cents;
    DELETE FROM sales_orders s
    USING (SELECT DISTINCT g.grain,
                  CASE g.grain WHEN 0 THEN x.created_at - x.created_at % 3600
                               WHEN 1 THEN x.created_at - x.created_at % 86400
                               ELSE docket_month_start(x.created_at) END AS bucket,
                  x.channel, x.status, CASE WHEN x.invalid_at IS NULL THEN 0 ELSE 1 END AS invalid
           FROM unnest(c) AS x CROSS JOIN (VALUES (0), (1), (2)) AS g(grain)
           WHERE x.sign < 0) k
    WHERE s.grain = k.grain AND s.bucket = k.bucket AND s.channel = k.channel
      AND s.status = k.status AND s.invalid = k.invalid AND s.orders = 0;

    INSERT INTO sales_region AS s (grain, bucket, channel, status, ship_country, ship_region,
                                   orders, total_cents)
    SELECT g.grain,
           CASE g.grain WHEN 1 THEN x.created_at - x.created_at % 86400
                        ELSE docket_month_start(x.created_at) END,
           x.channel, x.status, x.ship_country, x.ship_region, SUM(x.sign),
           SUM(x.sign * x.total_cents)
    FROM unnest(c) AS x CROSS JOIN (VALUES (1), (2)) AS g(grain)
    WHERE docket_sales_counts(x.invalid_at, x.status)
    GROUP BY 1, 2, 3, 4, 5, 6
    HAVING SUM(x.sign) <> 0 OR SUM(x.sign * x.total_cents) <> 0
    ON CONFLICT (grain, bucket, channel, status, ship_country, ship_region) DO UPDATE
    SET orders = s.orders + EXCLUDED.orders, total_cents = s.total_cents + EXCLUDED.total_cents;
    DELETE FROM sales_region s
    USING (SELECT DISTINCT g.grain,
                  CASE g.grain WHEN 1 THEN x.created_at - x.created_at % 86400
                               ELSE docket_month_start(x.created_at) END AS bucket,
                  x.channel, x.status, x.ship_country, x.ship_region
           FROM unnest(c) AS x CROSS JOIN (VALUES (1), (2)) AS g(grain)
           WHERE x.sign < 0 AND docket_sales_counts(x.invalid_at, x.status)) k
    WHERE s.grain = k.grain AND s.bucket = k.bucket AND s.channel = k.channel
      AND s.status = k.status AND s.ship_country = k.ship_country
      AND s.ship_region = k.ship_region AND s.orders = 0;
END
$$;

CREATE FUNCTION docket_sales_apply_lines(c docket_sales_line_change[]) RETURNS void
LANGUAGE plpgsql AS $$
BEGIN
    IF COALESCE(cardinality(c), 0) = 0 THEN
        RETURN;
    END IF;
    PERFORM pg_advisory_xact_lock(7310585, 1);
    INSERT INTO sales_product AS s (grain, bucket, channel, status, sku, lines, quantity,
                                    total_cents)
    SELECT g.grain,
           CASE g.grain WHEN 1 THEN x.created_at - x.created_at % 86400
                        ELSE docket_month_start(x.created_at) END,
           x.channel, x.status, x.sku, SUM(x.sign), SUM(x.sign * x.quantity),
           SUM(x.sign * x.quantity * x.unit_price_cents)
    FROM unnest(c) AS x CROSS JOIN (VALUES (1), (2)) AS g(grain)
    GROUP BY 1, 2, 3, 4, 5
    HAVING SUM(x.sign) <> 0 OR SUM(x.sign * x.quantity) <> 0
        OR SUM(x.sign * x.quantity * x.unit_price_cents) <> 0
    ON CONFLICT (grain, bucket, channel, status, sku) DO UPDATE
    SET lines = s.lines + EXCLUDED.lines, quantity = s.quantity + EXCLUDED.quantity,
        total_cents = s.total_cents + EXCLUDED.total_cents;
    DELETE FROM sales_product s
    USING (SELECT DISTINCT g.grain,
                  CASE g.grain WHEN 1 THEN x.created_at - x.created_at % 86400
                               ELSE docket_month_start(x.created_at) END AS bucket,
                  x.channel, x.status, x.sku
           FROM unnest(c) AS x CROSS JOIN (VALUES (1), (2)) AS g(grain)
           WHERE x.sign < 0) k
    WHERE s.grain = k.grain AND s.bucket = k.bucket AND s.channel = k.channel
      AND s.status = k.status AND s.sku = k.sku AND s.lines = 0;
END
$$;

-- ---- orders ----

-- New orders have no lines yet: they follow their order (analytics_lines).
CREATE FUNCTION docket_sales_orders_insert_trigger() RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER AS $$
BEGIN
    PERFORM docket_sales_apply_orders(ARRAY(
        SELECT ROW(1, n.created_at, n.channel, n.status, n.invalid_at, n.total_cents,
                   n.ship_country, n.ship_region)::docket_sales_order_change
        FROM new_rows n));
    RETURN NULL;
END
$$;

-- Orders whose grouping or figures changed are taken out as they were and
-- put back as they are; their lines too when their bucket, channel, status
-- or whether they count changed.
CREATE FUNCTION docket_sales_orders_update_trigger() RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER AS $$
BEGIN
    PERFORM docket_sales_apply_orders(ARRAY(
        SELECT ROW(x.sign, x.created_at, x.channel, x.status, x.invalid_at, x.total_cents,
                   x.ship_country, x.ship_region)::docket_sales_order_change
        FROM old_rows o JOIN new_rows n ON n.id = o.id
        CROSS JOIN LATERAL (
            SELECT -1, o.created_at, o.channel, o.status, o.invalid_at, o.total_cents,
                   o.ship_country, o.ship_region
            UNION ALL
            SELECT 1, n.created_at, n.channel, n.status, n.invalid_at, n.total_cents,
                   n.ship_country, n.ship_region)
            AS x(sign, created_at, channel, status, invalid_at, total_cents, ship_country,
                 ship_region)
        WHERE (o.created_at, o.channel, o.status, o.invalid_at IS NULL, o.total_cents,
               o.ship_country, o.ship_region)
              IS DISTINCT FROM
              (n.created_at, n.channel, n.status, n.invalid_at IS NULL, n.total_cents,
               n.ship_country, n.ship_region)));
    PERFORM docket_sales_apply_lines(ARRAY(
        SELECT ROW(x.sign, x.created_at, x.channel, x.status, l.sku, l.quantity,
                   l.unit_price_cents)::docket_sales_line_change
        FROM old_rows o JOIN new_rows n ON n.id = o.id
        CROSS JOIN LATERAL (
            SELECT -1, o.created_at, o.channel, o.status
            WHERE docket_sales_counts(o.invalid_at, o.status)
            UNION ALL
            SELECT 1, n.created_at, n.channel, n.status
            WHERE docket_sales_counts(n.invalid_at, n.status))
            AS x(sign, created_at, channel, status)
        JOIN order_lines l ON l.order_id = n.id
        WHERE (o.created_at, o.channel, o.status, docket_sales_counts(o.invalid_at, o.status))
              IS DISTINCT FROM
              (n.created_at, n.channel, n.status, docket_sales_counts(n.invalid_at, n.status))));
    RETURN NULL;
END
$$;

CREATE FUNCTION docket_sales_orders_delete_trigger() RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER AS $$
BEGIN
    PERFORM docket_sales_apply_orders(ARRAY(
        SELECT ROW(-1, o.created_at, o.channel, o.status, o.invalid_at, o.total_cents,
                   o.ship_country, o.ship_region)::docket_sales_order_change
        FROM old_rows o));
    -- For the cascade's trigger on order_lines, which runs next.
    DELETE FROM sales_deleted_orders;
    INSERT INTO sales_deleted_orders(id, created_at, channel, status)
    SELECT o.id, o.created_at, o.channel, o.status
    FROM old_rows o
    WHERE docket_sales_counts(o.invalid_at, o.status);
    RETURN NULL;
END
$$;

CREATE TRIGGER analytics_orders_ai AFTER INSERT ON orders
    REFERENCING NEW TABLE AS new_rows
    FOR EACH STATEMENT EXECUTE FUNCTION docket_sales_orders_insert_trigger();
CREATE TRIGGER analytics_orders_au AFTER UPDATE ON orders
    REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
    FOR EACH STATEMENT EXECUTE FUNCTION docket_sales_orders_update_trigger();
CREATE TRIGGER analytics_orders_ad AFTER DELETE ON orders
    REFERENCING OLD TABLE AS old_rows
    FOR EACH STATEMENT EXECUTE FUNCTION docket_sales_orders_delete_trigger();

-- ---- order lines: the product summary, with their order's current figures ----

CREATE FUNCTION docket_sales_lines_insert_trigger() RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER AS $$
BEGIN
    PERFORM docket_sales_apply_lines(ARRAY(
        SELECT ROW(1, o.created_at, o.channel, o.status, l.sku, l.quantity,
                   l.unit_price_cents)::docket_sales_line_change
        FROM new_rows l JOIN orders o ON o.id = l.order_id
        WHERE docket_sales_counts(o.invalid_at, o.status)));
    RETURN NULL;
END
$$;

CREATE FUNCTION docket_sales_lines_update_trigger() RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER AS $$
BEGIN
    PERFORM docket_sales_apply_lines(ARRAY(
        SELECT ROW(-1, o.created_at, o.channel, o.status, l.sku, l.quantity,
                   l.unit_price_cents)::docket_sales_line_change
        FROM old_rows l JOIN orders o ON o.id = l.order_id
        WHERE docket_sales_counts(o.invalid_at, o.status)
        UNION ALL
        SELECT ROW(1, o.created_at, o.channel, o.status, l.sku, l.quantity,
                   l.unit_price_cents)::docket_sales_line_change
        FROM new_rows l JOIN orders o ON o.id = l.order_id
        WHERE docket_sales_counts(o.invalid_at, o.status)));
    RETURN NULL;
END
$$;

-- Lines of an order that still exists count with its figures; lines whose
-- order the statement deleted, with the figures it left in
-- sales_deleted_orders.
CREATE FUNCTION docket_sales_lines_delete_trigger() RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER AS $$
BEGIN
    PERFORM docket_sales_apply_lines(ARRAY(
        SELECT ROW(-1, o.created_at, o.channel, o.status, l.sku, l.quantity,
                   l.unit_price_cents)::docket_sales_line_change
        FROM old_rows l JOIN orders o ON o.id = l.order_id
        WHERE docket_sales_counts(o.invalid_at, o.status)
        UNION ALL
        SELECT ROW(-1, d.created_at, d.channel, d.status, l.sku, l.quantity,
                   l.unit_price_cents)::docket_sales_line_change
        FROM old_rows l JOIN sales_deleted_orders d ON d.id = l.order_id));
    IF EXISTS (SELECT 1 FROM sales_deleted_orders) THEN
        DELETE FROM sales_deleted_orders;
    END IF;
    RETURN NULL;
END
$$;

-- analytics_lines keeps its name: the PostgreSQL seeder disables it (and
-- analytics_orders_ai) for a bulk load.
CREATE TRIGGER analytics_lines AFTER INSERT ON order_lines
    REFERENCING NEW TABLE AS new_rows
    FOR EACH STATEMENT EXECUTE FUNCTION docket_sales_lines_insert_trigger();
CREATE TRIGGER analytics_lines_au AFTER UPDATE ON order_lines
    REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
    FOR EACH STATEMENT EXECUTE FUNCTION docket_sales_lines_update_trigger();
CREATE TRIGGER analytics_lines_ad AFTER DELETE ON order_lines
    REFERENCING OLD TABLE AS old_rows
    FOR EACH STATEMENT EXECUTE FUNCTION docket_sales_lines_delete_trigger();

-- Security-definer functions resolve names in this schema only (as in 0005).
DO $$
DECLARE
    fn regprocedure;
BEGIN
    FOR fn IN
        SELECT p.oid::regprocedure FROM pg_proc p
        WHERE p.pronamespace = CAST(current_schema() AS regnamespace) AND p.prosecdef
          AND p.proname LIKE 'docket\_sales\_%'
    LOOP
        EXECUTE format('ALTER FUNCTION %s SET search_path = pg_catalog, %I', fn,
                       current_schema());
    END LOOP;
END
$$;
