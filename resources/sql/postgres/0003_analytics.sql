-- Sales analytics, PostgreSQL dialect: the same summary tables as
-- resources/sql/sqlite/0003_analytics.sql (read that file's header for the
-- definitions), kept exact by triggers in the transaction that changes an
-- order, and backfilled here for existing data.

CREATE TABLE sales_orders (
    grain       SMALLINT NOT NULL, -- 0 = UTC hour, 1 = UTC day, 2 = UTC month
    bucket      BIGINT   NOT NULL, -- start of the hour/day/month, UTC seconds
    channel     TEXT     COLLATE "C" NOT NULL,
    status      TEXT     COLLATE "C" NOT NULL,
    invalid     SMALLINT NOT NULL, -- 1 when marked invalid
    orders      BIGINT   NOT NULL,
    total_cents BIGINT   NOT NULL,
    PRIMARY KEY (grain, bucket, channel, status, invalid)
);

CREATE TABLE sales_region (
    grain        SMALLINT NOT NULL, -- 1 = UTC day, 2 = UTC month
    bucket       BIGINT   NOT NULL,
    channel      TEXT     COLLATE "C" NOT NULL,
    status       TEXT     COLLATE "C" NOT NULL,
    ship_country TEXT     NOT NULL,
    ship_region  TEXT     NOT NULL,
    orders       BIGINT   NOT NULL,
    total_cents  BIGINT   NOT NULL,
    PRIMARY KEY (grain, bucket, channel, status, ship_country, ship_region)
);

CREATE TABLE sales_product (
    grain       SMALLINT NOT NULL, -- 1 = UTC day, 2 = UTC month
    bucket      BIGINT   NOT NULL,
    channel     TEXT     COLLATE "C" NOT NULL,
    status      TEXT     COLLATE "C" NOT NULL,
    sku         TEXT     NOT NULL,
    lines       BIGINT   NOT NULL,
    quantity    BIGINT   NOT NULL,
    total_cents BIGINT   NOT NULL,
    PRIMARY KEY (grain, bucket, channel, status, sku)
);

CREATE INDEX order_events_shipped ON order_events(at, order_id)
    WHERE kind = 'status' AND new_value = 'shipped';

CREATE FUNCTION docket_month_start(t BIGINT) RETURNS BIGINT
LANGUAGE sql IMMUTABLE PARALLEL SAFE STRICT AS $$
    SELECT CAST(EXTRACT(EPOCH FROM date_trunc('month', to_timestamp(t) AT TIME ZONE 'UTC'))
                AS BIGINT)
$$;

-- ---- backfill ----
INSERT INTO sales_orders(grain, bucket, channel, status, invalid, orders, total_cents)
SELECT g.grain,
       CASE g.grain WHEN 0 THEN o.created_at - o.created_at % 3600
                    WHEN 1 THEN o.created_at - o.created_at % 86400
                    ELSE docket_month_start(o.created_at) END,
       o.channel, o.status, CASE WHEN o.invalid_at IS NULL THEN 0 ELSE 1 END, COUNT(*),
       SUM(o.total_cents)
FROM orders o CROSS JOIN (VALUES (0), (1), (2)) AS g(grain)
GROUP BY 1, 2, 3, 4, 5;

INSERT INTO sales_region(grain, bucket, channel, status, ship_country, ship_region, orders,
                         total_cents)
SELECT g.grain,
       CASE g.grain WHEN 1 THEN o.created_at - o.created_at % 86400
                    ELSE docket_month_start(o.created_at) END,
       o.channel, o.status, o.ship_country, o.ship_region, COUNT(*), SUM(o.total_cents)
FROM orders o CROSS JOIN (VALUES (1), (2)) AS g(grain)
WHERE o.invalid_at IS NULL AND o.status IN ('paid', 'processing', 'shipped', 'delivered')
GROUP BY 1, 2, 3, 4, 5, 6;

INSERT INTO sales_product(grain, bucket, channel, status, sku, lines, quantity, total_cents)
SELECT g.grain,
       CASE g.grain WHEN 1 THEN o.created_at - o.created_at % 86400
                    ELSE docket_month_start(o.created_at) END,
       o.channel, o.status, l.sku, COUNT(*), SUM(l.quantity),
       SUM(l.quantity * l.unit_price_cents)
FROM orders o JOIN order_lines l ON l.order_id = o.id CROSS JOIN (VALUES (1), (2)) AS g(grain)
WHERE o.invalid_at IS NULL AND o.status IN ('paid', 'processing', 'shipped', 'delivered')
GROUP BY 1, 2, 3, 4, 5;

-- ---- maintenance ----
-- Adds (sign 1) or takes out (sign -1) one order, with its lines when
-- `with_lines`, from every summary.
CREATE FUNCTION docket_sales_apply(o orders, sign INT, with_lines BOOLEAN) RETURNS void
LANGUAGE plpgsql AS $$
DECLARE
    b BIGINT[] := ARRAY[o.created_at - o.created_at % 3600, o.created_at - o.created_at % 86400,
                        docket_month_start(o.created_at)];
    inv SMALLINT := CASE WHEN o.invalid_at IS NULL THEN 0 ELSE 1 END;
    counted BOOLEAN := o.invalid_at IS NULL
                       AND o.status IN ('paid', 'processing', 'shipped', 'delivered');
BEGIN
    INSERT INTO sales_orders AS s (grain, bucket, channel, status, invalid, orders, total_cents)
    SELECT g - 1, b[g], o.channel, o.status, inv, sign, sign * o.total_cents
    FROM generate_series(1, 3) AS g
    ON CONFLICT (grain, bucket, channel, status, invalid) DO UPDATE
    SET orders = s.orders + EXCLUDED.orders, total_cents = s.total_cents + EXCLUDED.total_cents;
    IF sign < 0 THEN
        DELETE FROM sales_orders
        WHERE grain IN (0, 1, 2) AND bucket = ANY (b) AND channel = o.channel
          AND status = o.status AND invalid = inv AND orders = 0;
    END IF;
    IF NOT counted THEN
        RETURN;
    END IF;
    INSERT INTO sales_region AS s (grain, bucket, channel, status, ship_country, ship_region,
                                   orders, total_cents)
    SELECT g - 1, b[g], o.channel, o.status, o.ship_country, o.ship_region, sign,
           sign * o.total_cents
    FROM generate_series(2, 3) AS g
    ON CONFLICT (grain, bucket, channel, status, ship_country, ship_region) DO UPDATE
    SET orders = s.orders + EXCLUDED.orders, total_cents = s.total_cents + EXCLUDED.total_cents;
    IF sign < 0 THEN
        DELETE FROM sales_region
        WHERE grain IN (1, 2) AND bucket = ANY (b) AND channel = o.channel
          AND status = o.status AND ship_country = o.ship_country
          AND ship_region = o.ship_region AND orders = 0;
    END IF;
    IF with_lines THEN
        INSERT INTO sales_product AS s (grain, bucket, channel, status, sku, lines, quantity,
                                        total_cents)
        SELECT g - 1, b[g], o.channel, o.status, l.sku, sign * COUNT(*), sign * SUM(l.quantity),
               sign * SUM(l.quantity * l.unit_price_cents)
        FROM order_lines l CROSS JOIN generate_series(2, 3) AS g
        WHERE l.order_id = o.id
        GROUP BY g, l.sku
        ON CONFLICT (grain, bucket, channel, status, sku) DO UPDATE
        SET lines = s.lines + EXCLUDED.lines, quantity = s.quantity + EXCLUDED.quantity,
            total_cents = s.total_cents + EXCLUDED.total_cents;
        IF sign < 0 THEN
            DELETE FROM sales_product
            WHERE grain IN (1, 2) AND bucket = ANY (b) AND channel = o.channel
              AND status = o.status AND lines = 0;
        END IF;
    END IF;
END
$$;

-- One line of an order that counts (sign 1 or -1).
CREATE FUNCTION docket_sales_line(l order_lines, sign INT) RETURNS void
LANGUAGE plpgsql AS $$
DECLARE
    o orders;
    b BIGINT[];
BEGIN
    SELECT * INTO o FROM orders WHERE id = l.order_id;
    IF NOT FOUND OR o.invalid_at IS NOT NULL
       OR o.status NOT IN ('paid', 'processing', 'shipped', 'delivered') THEN
        RETURN;
    END IF;
    b := ARRAY[o.created_at - o.created_at % 86400, docket_month_start(o.created_at)];
    INSERT INTO sales_product AS s (grain, bucket, channel, status, sku, lines, quantity,
                                    total_cents)
    SELECT g, b[g], o.channel, o.status, l.sku, sign, sign * l.quantity,
           sign * l.quantity * l.unit_price_cents
    FROM generate_series(1, 2) AS g
    ON CONFLICT (grain, bucket, channel, status, sku) DO UPDATE
    SET lines = s.lines + EXCLUDED.lines, quantity = s.quantity + EXCLUDED.quantity,
        total_cents = s.total_cents + EXCLUDED.total_cents;
    IF sign < 0 THEN
        DELETE FROM sales_product
        WHERE grain IN (1, 2) AND bucket = ANY (b) AND channel = o.channel AND status = o.status
          AND sku = l.sku AND lines = 0;
    END IF;
END
$$;

CREATE FUNCTION docket_sales_orders_trigger() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP = 'INSERT' THEN
        -- No lines yet: they follow their order (foreign key).
        PERFORM docket_sales_apply(NEW, 1, false);
        RETURN NEW;
    ELSIF TG_OP = 'UPDATE' THEN
        PERFORM docket_sales_apply(OLD, -1, true);
        PERFORM docket_sales_apply(NEW, 1, true);
        RETURN NEW;
    END IF;
    -- DELETE, before the row goes: its lines are still there.
    PERFORM docket_sales_apply(OLD, -1, true);
    RETURN OLD;
END
$$;

CREATE TRIGGER analytics_orders_ai AFTER INSERT ON orders
    FOR EACH ROW EXECUTE FUNCTION docket_sales_orders_trigger();
CREATE TRIGGER analytics_orders_au AFTER UPDATE ON orders
    FOR EACH ROW
    WHEN ((OLD.created_at, OLD.channel, OLD.status, OLD.invalid_at IS NULL, OLD.total_cents,
           OLD.ship_country, OLD.ship_region)
          IS DISTINCT FROM
          (NEW.created_at, NEW.channel, NEW.status, NEW.invalid_at IS NULL, NEW.total_cents,
           NEW.ship_country, NEW.ship_region))
    EXECUTE FUNCTION docket_sales_orders_trigger();
CREATE TRIGGER analytics_orders_bd BEFORE DELETE ON orders
    FOR EACH ROW EXECUTE FUNCTION docket_sales_orders_trigger();

CREATE FUNCTION docket_sales_lines_trigger() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP IN ('UPDATE', 'DELETE') THEN
        PERFORM docket_sales_line(OLD, -1);
    END IF;
    IF TG_OP IN ('INSERT', 'UPDATE') THEN
        PERFORM docket_sales_line(NEW, 1);
    END IF;
    RETURN NULL;
END
$$;

CREATE TRIGGER analytics_lines AFTER INSERT OR DELETE OR UPDATE OF order_id, sku, quantity,
    unit_price_cents ON order_lines
    FOR EACH ROW EXECUTE FUNCTION docket_sales_lines_trigger();
