-- Refunds in analytics (issue 15 item 2), PostgreSQL dialect of
-- resources/sql/sqlite/0127_refund_summaries.sql (read its header): net sales
-- = gross sales - refunds, each refund with its own amount on the day it was
-- made. sales_refunds adds up the refunds by the UTC hour, day and month they
-- were made and by their order's channel, status and validity, kept exact in
-- the same transaction by statement-level triggers (as the sales summaries,
-- 0007), under the summary lock:
--   * refunds inserted, changed or deleted;
--   * orders whose channel, status or validity changes: their refunds move
--     from the old key to the new (a join of the statement's changed orders
--     with refunds_order, so a statement over orders without refunds adds
--     nothing).
-- Existing refunds are added up here.

CREATE TABLE sales_refunds (
    grain       SMALLINT NOT NULL, -- 0 = UTC hour, 1 = UTC day, 2 = UTC month
    bucket      BIGINT   NOT NULL, -- start of the hour/day/month the refunds were made
    channel     TEXT     COLLATE "C" NOT NULL, -- of their order
    status      TEXT     COLLATE "C" NOT NULL, -- of their order
    invalid     SMALLINT NOT NULL, -- 1 when their order is marked invalid
    refunds     BIGINT   NOT NULL,
    total_cents BIGINT   NOT NULL,
    PRIMARY KEY (grain, bucket, channel, status, invalid)
);

-- ---- backfill ----
INSERT INTO sales_refunds(grain, bucket, channel, status, invalid, refunds, total_cents)
SELECT g.grain,
       CASE g.grain WHEN 0 THEN r.created_at - r.created_at % 3600
                    WHEN 1 THEN r.created_at - r.created_at % 86400
                    ELSE docket_month_start(r.created_at) END,
       o.channel, o.status, CASE WHEN o.invalid_at IS NULL THEN 0 ELSE 1 END, COUNT(*),
       SUM(r.amount_cents)
FROM refunds r JOIN orders o ON o.id = r.order_id CROSS JOIN (VALUES (0), (1), (2)) AS g(grain)
GROUP BY 1, 2, 3, 4, 5;

-- Read as the sales summaries are: by the managers and administrators, a
-- channel scope sees its channels, service accounts everything.
GRANT SELECT ON sales_refunds TO docket_manager, docket_admin, docket_service;
ALTER TABLE sales_refunds ENABLE ROW LEVEL SECURITY;
CREATE POLICY sales_refunds_scope ON sales_refunds FOR SELECT TO docket_user
    USING ((SELECT docket_scope_kind()) = 'all'
           OR ((SELECT docket_scope_kind()) = 'channels'
               AND channel = ANY (CAST((SELECT docket_scope_channels()) AS text[]))));
CREATE POLICY sales_refunds_service ON sales_refunds FOR SELECT TO docket_service USING (true);

-- Adds signed refunds (order key, refund time, amount, +1/-1) to every grain,
-- grouped, and deletes the rows that leaves at zero. The caller holds the
-- summary lock.
CREATE FUNCTION docket_sales_refunds_add(p_channel text[], p_status text[], p_invalid smallint[],
                                         p_at bigint[], p_cents bigint[], p_sign int[])
RETURNS void
LANGUAGE plpgsql AS $$
DECLARE
    empty sales_refunds[];
BEGIN
    WITH up AS (
        INSERT INTO sales_refunds AS s(grain, bucket, channel, status, invalid, refunds,
                                       total_cents)
        SELECT g.grain,
               CASE g.grain WHEN 0 THEN x.at - x.at % 3600
                            WHEN 1 THEN x.at - x.at % 86400
                            ELSE docket_month_start(x.at) END,
               x.channel, x.status, x.invalid, SUM(x.sign), SUM(x.sign * x.cents)
        FROM unnest(p_channel, p_status, p_invalid, p_at, p_cents, p_sign)
                 AS x(channel, status, invalid, at, cents, sign)
        CROSS JOIN (VALUES (0), (1), (2)) AS g(grain)
        GROUP BY 1, 2, 3, 4, 5
        ON CONFLICT (grain, bucket, channel, status, invalid) DO UPDATE
        SET refunds = s.refunds + EXCLUDED.refunds,
            total_cents = s.total_cents + EXCLUDED.total_cents
        RETURNING s.*)
    SELECT array_agg(up) INTO empty FROM up WHERE up.refunds = 0;
    DELETE FROM sales_refunds s USING unnest(empty) AS k
    WHERE s.grain = k.grain AND s.bucket = k.bucket AND s.channel = k.channel
      AND s.status = k.status AND s.invalid = k.invalid AND s.refunds = 0;
END
$$;

CREATE FUNCTION docket_sales_refunds_trigger() RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER AS $$
DECLARE
    v_channel text[];
    v_status text[];
    v_invalid smallint[];
    v_at bigint[];
    v_cents bigint[];
    v_sign int[];
BEGIN
    IF TG_OP = 'INSERT' THEN
        SELECT array_agg(o.channel), array_agg(o.status),
               array_agg(CAST(CASE WHEN o.invalid_at IS NULL THEN 0 ELSE 1 END AS smallint)),
               array_agg(n.created_at), array_agg(n.amount_cents), array_agg(1)
        INTO v_channel, v_status, v_invalid, v_at, v_cents, v_sign
        FROM new_rows n JOIN orders o ON o.id = n.order_id;
    ELSIF TG_OP = 'DELETE' THEN
        SELECT array_agg(o.channel), array_agg(o.status),
               array_agg(CAST(CASE WHEN o.invalid_at IS NULL THEN 0 ELSE 1 END AS smallint)),
               array_agg(d.created_at), array_agg(d.amount_cents), array_agg(-1)
        INTO v_channel, v_status, v_invalid, v_at, v_cents, v_sign
        FROM old_rows d JOIN orders o ON o.id = d.order_id;
    ELSE
        SELECT array_agg(o.channel), array_agg(o.status),
               array_agg(CAST(CASE WHEN o.invalid_at IS NULL THEN 0 ELSE 1 END AS smallint)),
               array_agg(x.created_at), array_agg(x.amount_cents), array_agg(x.sign)
        INTO v_channel, v_status, v_invalid, v_at, v_cents, v_sign
        FROM (SELECT d.order_id, d.created_at, d.amount_cents, -1 AS sign
              FROM old_rows d JOIN new_rows n ON n.id = d.id
              WHERE (d.order_id, d.created_at, d.amount_cents)
                    IS DISTINCT FROM (n.order_id, n.created_at, n.amount_cents)
              UNION ALL
              SELECT n.order_id, n.created_at, n.amount_cents, 1
              FROM old_rows d JOIN new_rows n ON n.id = d.id
              WHERE (d.order_id, d.created_at, d.amount_cents)
                    IS DISTINCT FROM (n.order_id, n.created_at, n.amount_cents)) x
        JOIN orders o ON o.id = x.order_id;
    END IF;
    IF v_at IS NOT NULL THEN
        PERFORM pg_advisory_xact_lock(7310585, 1); -- "docket", summaries (0005)
        PERFORM docket_sales_refunds_add(v_channel, v_status, v_invalid, v_at, v_cents, v_sign);
    END IF;
    RETURN NULL;
END
$$;

CREATE TRIGGER analytics_refunds_ai AFTER INSERT ON refunds
    REFERENCING NEW TABLE AS new_rows
    FOR EACH STATEMENT EXECUTE FUNCTION docket_sales_refunds_trigger();
CREATE TRIGGER analytics_refunds_au AFTER UPDATE ON refunds
    REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
    FOR EACH STATEMENT EXECUTE FUNCTION docket_sales_refunds_trigger();
CREATE TRIGGER analytics_refunds_ad AFTER DELETE ON refunds
    REFERENCING OLD TABLE AS old_rows
    FOR EACH STATEMENT EXECUTE FUNCTION docket_sales_refunds_trigger();

-- An order's refunds follow its channel, status and validity.
CREATE FUNCTION docket_sales_refunds_orders_trigger() RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER AS $$
DECLARE
    v_channel text[];
    v_status text[];
    v_invalid smallint[];
    v_at bigint[];
    v_cents bigint[];
    v_sign int[];
BEGIN
    SELECT array_agg(x.channel), array_agg(x.status), array_agg(x.invalid),
           array_agg(r.created_at), array_agg(r.amount_cents), array_agg(x.sign)
    INTO v_channel, v_status, v_invalid, v_at, v_cents, v_sign
    FROM (SELECT o.id, o.channel, o.status,
                 CAST(CASE WHEN o.invalid_at IS NULL THEN 0 ELSE 1 END AS smallint) AS invalid,
                 -1 AS sign
          FROM old_rows o JOIN new_rows n ON n.id = o.id
          WHERE (o.channel, o.status, o.invalid_at IS NULL)
                IS DISTINCT FROM (n.channel, n.status, n.invalid_at IS NULL)
          UNION ALL
          SELECT n.id, n.channel, n.status,
                 CAST(CASE WHEN n.invalid_at IS NULL THEN 0 ELSE 1 END AS smallint), 1
          FROM old_rows o JOIN new_rows n ON n.id = o.id
          WHERE (o.channel, o.status, o.invalid_at IS NULL)
                IS DISTINCT FROM (n.channel, n.status, n.invalid_at IS NULL)) x
    JOIN refunds r ON r.order_id = x.id;
    IF v_at IS NOT NULL THEN
        PERFORM pg_advisory_xact_lock(7310585, 1);
        PERFORM docket_sales_refunds_add(v_channel, v_status, v_invalid, v_at, v_cents, v_sign);
    END IF;
    RETURN NULL;
END
$$;

CREATE TRIGGER analytics_refunds_orders_au AFTER UPDATE ON orders
    REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
    FOR EACH STATEMENT EXECUTE FUNCTION docket_sales_refunds_orders_trigger();

ALTER FUNCTION docket_sales_refunds_trigger() SET jit = off;
ALTER FUNCTION docket_sales_refunds_orders_trigger() SET jit = off;

SELECT docket_harden();
