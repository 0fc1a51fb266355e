-- Batches on PostgreSQL faster, with the same exact summaries (issue 18).
--
-- Profiled with auto_explain and pg_stat_statements on 200,000 orders
-- (docs/scaling.md has the figures): invalidating a chunk of 5,000 orders
-- spent about a third of its time in the summaries' trigger, most of it on
-- sales_product, where every line of every invalidated order updated its
-- (day, channel, status, sku) row and its month row down, and then a DELETE
-- of the emptied rows scanned the whole table (a sequential scan filtering
-- lines = 0: 380,000 rows read for 9,000 deleted); sales_orders and
-- sales_region did the same. From here on:
--
--   * Emptied summary rows are found by the upsert itself (RETURNING the rows
--     it left at zero) and deleted by their key, never by scanning.
--   * Orders an UPDATE only marks invalid, when they are every valid order of
--     their UTC day, channel and status (sales_orders counts those, before the
--     statement's changes are applied), take their day's region and product
--     rows with them: those rows are deleted by key prefix and their sums
--     taken off the month rows, without reading the orders' lines at all.
--     That is what a batch over a range of the list (a bad import, a day of
--     test orders) does; every other change goes the way it went, order by
--     order and line by line.
--
-- The figures are the same as before; test_summaries (both backends) compares
-- them with a rebuild after batches that empty whole days and batches that
-- do not, and test_pg upgrades a schema-10 database in place.

-- Adds rows of figures (already grouped by key) to a summary table, and
-- deletes the rows that leaves at zero, by the key the upsert returns. One
-- per summary table; every writer of the summaries below goes through them.
CREATE FUNCTION docket_sales_orders_add(r sales_orders[]) RETURNS void
LANGUAGE plpgsql AS $$
DECLARE
    empty sales_orders[];
BEGIN
    WITH up AS (
        INSERT INTO sales_orders AS s SELECT * FROM unnest(r)
        ON CONFLICT (grain, bucket, channel, status, invalid) DO UPDATE
        SET orders = s.orders + EXCLUDED.orders,
            total_cents = s.total_cents + EXCLUDED.total_cents
        RETURNING s.*)
    SELECT array_agg(up) INTO empty FROM up WHERE up.orders = 0;
    DELETE FROM sales_orders s USING unnest(empty) AS k
    WHERE s.grain = k.grain AND s.bucket = k.bucket AND s.channel = k.channel
      AND s.status = k.status AND s.invalid = k.invalid AND s.orders = 0;
END
$$;

CREATE FUNCTION docket_sales_region_add(r sales_region[]) RETURNS void
LANGUAGE plpgsql AS $$
DECLARE
    empty sales_region[];
BEGIN
    WITH up AS (
        INSERT INTO sales_region AS s SELECT * FROM unnest(r)
        ON CONFLICT (grain, bucket, channel, status, ship_country, ship_region) DO UPDATE
        SET orders = s.orders + EXCLUDED.orders,
            total_cents = s.total_cents + EXCLUDED.total_cents
        RETURNING s.*)
    SELECT array_agg(up) INTO empty FROM up WHERE up.orders = 0;
    DELETE FROM sales_region s USING unnest(empty) AS k
    WHERE s.grain = k.grain AND s.bucket = k.bucket AND s.channel = k.channel
      AND s.status = k.status AND s.ship_country = k.ship_country
      AND s.ship_region = k.ship_region AND s.orders = 0;
END
$$;

CREATE FUNCTION docket_sales_product_add(r sales_product[]) RETURNS void
LANGUAGE plpgsql AS $$
DECLARE
    empty sales_product[];
BEGIN
    WITH up AS (
        INSERT INTO sales_product AS s SELECT * FROM unnest(r)
        ON CONFLICT (grain, bucket, channel, status, sku) DO UPDATE
        SET lines = s.lines + EXCLUDED.lines, quantity = s.quantity + EXCLUDED.quantity,
            total_cents = s.total_cents + EXCLUDED.total_cents
        RETURNING s.*)
    SELECT array_agg(up) INTO empty FROM up WHERE up.lines = 0;
    DELETE FROM sales_product s USING unnest(empty) AS k
    WHERE s.grain = k.grain AND s.bucket = k.bucket AND s.channel = k.channel
      AND s.status = k.status AND s.sku = k.sku AND s.lines = 0;
END
$$;

-- Adds up a statement's order changes. `p_regions` false: sales_orders only
-- (the caller has taken the orders' region rows out by day already).
CREATE FUNCTION docket_sales_apply_orders(c docket_sales_order_change[], p_regions boolean)
RETURNS void
LANGUAGE plpgsql AS $$
BEGIN
    IF COALESCE(cardinality(c), 0) = 0 THEN
        RETURN;
    END IF;
    PERFORM pg_advisory_xact_lock(7310585, 1); -- "docket", summaries (0005)
    PERFORM docket_sales_orders_add(ARRAY(
        SELECT ROW(t.*)::sales_orders
        FROM (SELECT CAST(g.grain AS smallint),
                     CASE g.grain WHEN 0 THEN x.created_at - x.created_at % 3600
                                  WHEN 1 THEN x.created_at - x.created_at % 86400
                                  ELSE docket_month_start(x.created_at) END,
                     x.channel, x.status,
                     CAST(CASE WHEN x.invalid_at IS NULL THEN 0 ELSE 1 END AS smallint),
                     CAST(SUM(x.sign) AS bigint), CAST(SUM(x.sign * x.total_cents) AS bigint)
              FROM unnest(c) AS x CROSS JOIN (VALUES (0), (1), (2)) AS g(grain)
              GROUP BY 1, 2, 3, 4, 5
              HAVING SUM(x.sign) <> 0 OR SUM(x.sign * x.total_cents) <> 0) t));
    IF NOT p_regions THEN
        RETURN;
    END IF;
    PERFORM docket_sales_region_add(ARRAY(
        SELECT ROW(t.*)::sales_region
        FROM (SELECT CAST(g.grain AS smallint),
                     CASE g.grain WHEN 1 THEN x.created_at - x.created_at % 86400
                                  ELSE docket_month_start(x.created_at) END,
                     x.channel, x.status, x.ship_country, x.ship_region,
                     CAST(SUM(x.sign) AS bigint), CAST(SUM(x.sign * x.total_cents) AS bigint)
              FROM unnest(c) AS x CROSS JOIN (VALUES (1), (2)) AS g(grain)
              WHERE docket_sales_counts(x.invalid_at, x.status)
              GROUP BY 1, 2, 3, 4, 5, 6
              HAVING SUM(x.sign) <> 0 OR SUM(x.sign * x.total_cents) <> 0) t));
END
$$;

-- The one-argument form the triggers of 0007 call: every summary.
CREATE OR REPLACE FUNCTION docket_sales_apply_orders(c docket_sales_order_change[])
RETURNS void
LANGUAGE plpgsql AS $$
BEGIN
    PERFORM docket_sales_apply_orders(c, true);
END
$$;

CREATE OR REPLACE FUNCTION docket_sales_apply_lines(c docket_sales_line_change[]) RETURNS void
LANGUAGE plpgsql AS $$
BEGIN
    IF COALESCE(cardinality(c), 0) = 0 THEN
        RETURN;
    END IF;
    PERFORM pg_advisory_xact_lock(7310585, 1);
    PERFORM docket_sales_product_add(ARRAY(
        SELECT ROW(t.*)::sales_product
        FROM (SELECT CAST(g.grain AS smallint),
                     CASE g.grain WHEN 1 THEN x.created_at - x.created_at % 86400
                                  ELSE docket_month_start(x.created_at) END,
                     x.channel, x.status, x.sku, CAST(SUM(x.sign) AS bigint),
                     CAST(SUM(x.sign * x.quantity) AS bigint),
                     CAST(SUM(x.sign * x.quantity * x.unit_price_cents) AS bigint)
              FROM unnest(c) AS x CROSS JOIN (VALUES (1), (2)) AS g(grain)
              GROUP BY 1, 2, 3, 4, 5
              HAVING SUM(x.sign) <> 0 OR SUM(x.sign * x.quantity) <> 0
                  OR SUM(x.sign * x.quantity * x.unit_price_cents) <> 0) t));
END
$$;

-- Takes whole (UTC day, channel, status) cells out of sales_region and
-- sales_product: their day rows deleted by key prefix, the sums of those rows
-- taken off the month rows. The caller holds the summary lock and knows every
-- counted order of those cells is leaving them.
CREATE FUNCTION docket_sales_drop_cells(p_days bigint[], p_channels text[], p_statuses text[])
RETURNS void
LANGUAGE plpgsql AS $$
DECLARE
    v_region sales_region[];
    v_product sales_product[];
BEGIN
    WITH gone AS (
        DELETE FROM sales_region s
        USING unnest(p_days, p_channels, p_statuses) AS k(bucket, channel, status)
        WHERE s.grain = 1 AND s.bucket = k.bucket AND s.channel = k.channel
          AND s.status = k.status
        RETURNING s.*)
    SELECT array_agg(ROW(t.*)::sales_region) INTO v_region
    FROM (SELECT CAST(2 AS smallint), docket_month_start(x.bucket), x.channel, x.status,
                 x.ship_country, x.ship_region, CAST(-SUM(x.orders) AS bigint),
                 CAST(-SUM(x.total_cents) AS bigint)
          FROM gone x
          GROUP BY 1, 2, 3, 4, 5, 6) t;
    PERFORM docket_sales_region_add(v_region);
    WITH gone AS (
        DELETE FROM sales_product s
        USING unnest(p_days, p_channels, p_statuses) AS k(bucket, channel, status)
        WHERE s.grain = 1 AND s.bucket = k.bucket AND s.channel = k.channel
          AND s.status = k.status
        RETURNING s.*)
    SELECT array_agg(ROW(t.*)::sales_product) INTO v_product
    FROM (SELECT CAST(2 AS smallint), docket_month_start(x.bucket), x.channel, x.status, x.sku,
                 CAST(-SUM(x.lines) AS bigint), CAST(-SUM(x.quantity) AS bigint),
                 CAST(-SUM(x.total_cents) AS bigint)
          FROM gone x
          GROUP BY 1, 2, 3, 4, 5) t;
    PERFORM docket_sales_product_add(v_product);
END
$$;

-- Orders whose grouping or figures changed are taken out as they were and
-- put back as they are; their lines too when their bucket, channel, status
-- or whether they count changed. Whole cells that the statement only marks
-- invalid go by docket_sales_drop_cells instead (see the header).
CREATE OR REPLACE FUNCTION docket_sales_orders_update_trigger() RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER AS $$
DECLARE
    v_days bigint[];
    v_channels text[];
    v_statuses text[];
    v_cells text[];
    v_dropped bigint[] := '{}';
    v_orders_dropped docket_sales_order_change[];
    v_orders_kept docket_sales_order_change[];
BEGIN
    -- Orders that counted and that the statement only marks invalid, by cell;
    -- the cells where they are every valid order (sales_orders as it stands
    -- before this statement's changes, read under the summary lock).
    IF EXISTS (SELECT 1 FROM old_rows o JOIN new_rows n ON n.id = o.id
               WHERE o.invalid_at IS NULL AND n.invalid_at IS NOT NULL) THEN
        PERFORM pg_advisory_xact_lock(7310585, 1);
        SELECT array_agg(c.day), array_agg(c.channel), array_agg(c.status)
        INTO v_days, v_channels, v_statuses
        FROM (SELECT o.created_at - o.created_at % 86400 AS day, o.channel, o.status,
                     count(*) AS n
              FROM old_rows o JOIN new_rows n ON n.id = o.id
              WHERE docket_sales_counts(o.invalid_at, o.status) AND n.invalid_at IS NOT NULL
                AND (o.created_at, o.channel, o.status, o.total_cents, o.ship_country,
                     o.ship_region)
                    IS NOT DISTINCT FROM
                    (n.created_at, n.channel, n.status, n.total_cents, n.ship_country,
                     n.ship_region)
              GROUP BY 1, 2, 3) c
        JOIN sales_orders s ON s.grain = 1 AND s.bucket = c.day AND s.channel = c.channel
                           AND s.status = c.status AND s.invalid = 0
        WHERE s.orders = c.n;
    END IF;
    IF v_days IS NOT NULL THEN
        PERFORM docket_sales_drop_cells(v_days, v_channels, v_statuses);
    END IF;

    -- Which changed orders went out with their whole cell (a few dozen cells:
    -- compared as text keys, which the planner cannot misjudge into a loop).
    IF v_days IS NOT NULL THEN
        v_cells := ARRAY(SELECT concat_ws('|', k.day, k.channel, k.status)
                         FROM unnest(v_days, v_channels, v_statuses) AS k(day, channel, status));
        v_dropped := ARRAY(
            SELECT n.id
            FROM old_rows o JOIN new_rows n ON n.id = o.id
            WHERE docket_sales_counts(o.invalid_at, o.status) AND n.invalid_at IS NOT NULL
              AND (o.created_at, o.channel, o.status, o.total_cents, o.ship_country,
                   o.ship_region)
                  IS NOT DISTINCT FROM
                  (n.created_at, n.channel, n.status, n.total_cents, n.ship_country,
                   n.ship_region)
              AND concat_ws('|', o.created_at - o.created_at % 86400, o.channel, o.status)
                  = ANY (v_cells));
    END IF;

    -- sales_orders for every changed order; the regions for the others.
    SELECT array_agg(ROW(x.sign, x.created_at, x.channel, x.status, x.invalid_at,
                         x.total_cents, x.ship_country, x.ship_region)::docket_sales_order_change)
               FILTER (WHERE d.id IS NOT NULL),
           array_agg(ROW(x.sign, x.created_at, x.channel, x.status, x.invalid_at,
                         x.total_cents, x.ship_country, x.ship_region)::docket_sales_order_change)
               FILTER (WHERE d.id IS NULL)
    INTO v_orders_dropped, v_orders_kept
    FROM old_rows o JOIN new_rows n ON n.id = o.id
    LEFT JOIN unnest(v_dropped) AS d(id) ON d.id = n.id
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
           n.ship_country, n.ship_region);
    PERFORM docket_sales_apply_orders(v_orders_dropped, false);
    PERFORM docket_sales_apply_orders(v_orders_kept, true);
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
        -- Each order's lines by index (LATERAL, and OFFSET 0 so that it stays
        -- a subquery): a plain join is planned from the transition tables'
        -- default estimates as a hash of the whole order_lines table, read
        -- again for every chunk (0.8 s a chunk at 200,000 orders).
        CROSS JOIN LATERAL (SELECT l.sku, l.quantity, l.unit_price_cents
                            FROM order_lines l WHERE l.order_id = n.id OFFSET 0) l
        WHERE (o.created_at, o.channel, o.status, docket_sales_counts(o.invalid_at, o.status))
              IS DISTINCT FROM
              (n.created_at, n.channel, n.status, docket_sales_counts(n.invalid_at, n.status))
          AND NOT EXISTS (SELECT 1 FROM unnest(v_dropped) AS d(id) WHERE d.id = n.id)));
    RETURN NULL;
END
$$;

SELECT docket_harden();
