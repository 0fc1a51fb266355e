-- Team-mode batches as a login (issue 18, after 0060): two EXISTS over a
-- statement's transition tables were the largest cost of a batch.
--
-- Profiled as the benchmark's own login (auto_explain with log_triggers, set
-- for the database): a chunk of 5,000 orders invalidated took 34 s, 30 s of
-- them in orders_guard_update. Its first check, EXISTS (SELECT 1 FROM old_rows
-- LEFT JOIN new_rows ... WHERE <something changed that must not>), is planned
-- for its first row, as a nested loop over the two tables; a batch changes
-- nothing it looks for, so it compared every old row with every new one
-- (25 million comparisons). Trusted sessions skip the guard, which is why
-- the superuser's profile of 0060 did not show it. 0060's summary trigger
-- opened with the same pattern (found nothing for a revalidation). Both are
-- aggregates now, which the planner answers with one hash join; the checks
-- and the figures are the same.

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
    v_counts bigint[];
    v_cells text[];
    v_dropped bigint[] := '{}';
    v_orders_dropped docket_sales_order_change[];
    v_orders_kept docket_sales_order_change[];
BEGIN
    -- Orders that counted and that the statement only marks invalid, by cell;
    -- the cells where they are every valid order (sales_orders as it stands
    -- before this statement's changes, read under the summary lock).
    -- (Aggregates, never EXISTS over the two transition tables: planned for
    -- its first row, an EXISTS joins them by nested loop, 5,000 x 5,000
    -- comparisons when no row matches; see docket_orders_guard_update_trigger.)
    SELECT array_agg(c.day), array_agg(c.channel), array_agg(c.status), array_agg(c.n)
    INTO v_days, v_channels, v_statuses, v_counts
    FROM (SELECT o.created_at - o.created_at % 86400 AS day, o.channel, o.status,
                 count(*) AS n
          FROM old_rows o JOIN new_rows n ON n.id = o.id
          WHERE docket_sales_counts(o.invalid_at, o.status) AND n.invalid_at IS NOT NULL
            AND (o.created_at, o.channel, o.status, o.total_cents, o.ship_country,
                 o.ship_region)
                IS NOT DISTINCT FROM
                (n.created_at, n.channel, n.status, n.total_cents, n.ship_country,
                 n.ship_region)
          GROUP BY 1, 2, 3) c;
    IF v_days IS NOT NULL THEN
        PERFORM pg_advisory_xact_lock(7310585, 1);
        SELECT array_agg(k.day), array_agg(k.channel), array_agg(k.status)
        INTO v_days, v_channels, v_statuses
        FROM unnest(v_days, v_channels, v_statuses, v_counts) AS k(day, channel, status, n)
        JOIN sales_orders s ON s.grain = 1 AND s.bucket = k.day AND s.channel = k.channel
                           AND s.status = k.status AND s.invalid = 0
        WHERE s.orders = k.n;
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

-- The guard of 0005 for logins' updates, with the same checks, as
-- aggregates: its EXISTS over old_rows LEFT JOIN new_rows was planned for the
-- first row, as a nested loop, and found nothing in a batch, so it compared
-- every old row with every new one: 30 s of a 34 s chunk of 5,000 orders
-- invalidated by a login (25 million comparisons), the largest single cost
-- of team-mode batches.
CREATE OR REPLACE FUNCTION docket_orders_guard_update_trigger() RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER AS $$
DECLARE
    moved boolean;
    edited boolean;
    status_changed boolean;
    seen_changed boolean;
    invalid_changed boolean;
    invalid_edited boolean;
BEGIN
    IF NOT docket_is_login() THEN
        RETURN NULL;
    END IF;
    SELECT COALESCE(bool_or(n.id IS NULL
                            OR (o.number, o.created_at, o.created_by, o.customer_id)
                               IS DISTINCT FROM
                               (n.number, n.created_at, n.created_by, n.customer_id)
                            OR n.version < o.version), false)
      INTO moved
      FROM old_rows o LEFT JOIN new_rows n ON n.id = o.id;
    IF moved THEN
        PERFORM docket_refuse('an order''s id, number, creation, customer and version history '
                              'do not change');
    END IF;
    SELECT bool_or((o.customer_name, o.email, o.phone, o.ship_street, o.ship_city,
                    o.ship_postcode, o.ship_region, o.ship_country, o.channel, o.currency,
                    o.note, o.assigned_to, o.total_cents)
                   IS DISTINCT FROM
                   (n.customer_name, n.email, n.phone, n.ship_street, n.ship_city,
                    n.ship_postcode, n.ship_region, n.ship_country, n.channel, n.currency,
                    n.note, n.assigned_to, n.total_cents)),
           bool_or(o.status IS DISTINCT FROM n.status),
           bool_or((o.seen_at, o.seen_by) IS DISTINCT FROM (n.seen_at, n.seen_by)),
           bool_or((o.invalid_at, o.invalid_by, o.invalid_reason)
                   IS DISTINCT FROM (n.invalid_at, n.invalid_by, n.invalid_reason)),
           bool_or(o.invalid_at IS NOT NULL AND n.invalid_at IS NOT NULL
                   AND (o.customer_name, o.email, o.phone, o.ship_street, o.ship_city,
                        o.ship_postcode, o.ship_region, o.ship_country, o.channel, o.currency,
                        o.note, o.assigned_to, o.total_cents, o.status)
                       IS DISTINCT FROM
                       (n.customer_name, n.email, n.phone, n.ship_street, n.ship_city,
                        n.ship_postcode, n.ship_region, n.ship_country, n.channel, n.currency,
                        n.note, n.assigned_to, n.total_cents, n.status))
      INTO edited, status_changed, seen_changed, invalid_changed, invalid_edited
      FROM old_rows o JOIN new_rows n ON n.id = o.id;
    IF edited AND NOT docket_can('edit_orders') THEN
        PERFORM docket_refuse('editing orders needs "edit_orders"');
    END IF;
    IF status_changed AND NOT docket_can('change_status') THEN
        PERFORM docket_refuse('changing the status needs "change_status"');
    END IF;
    IF seen_changed AND NOT docket_can('mark_seen') THEN
        PERFORM docket_refuse('marking orders seen needs "mark_seen"');
    END IF;
    IF invalid_changed AND NOT docket_can('invalidate') THEN
        PERFORM docket_refuse('marking orders invalid needs "invalidate"');
    END IF;
    IF invalid_edited THEN
        PERFORM docket_refuse('an order marked invalid is not edited; mark it valid first');
    END IF;
    RETURN NULL;
END
$$;

SELECT docket_harden();
