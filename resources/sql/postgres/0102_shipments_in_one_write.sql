-- A shipment file in a few statements instead of one call per row (issue 15).
--
-- docket_shipments_add_many (0069) called docket_shipment_add once per row:
-- 15-22 ms a row at 100,000 orders, 224 s for a file of 10,000 rows, most of
-- it in what every single row set off again (the statement-level reference
-- checks of 0086, the summary, stock, outbox and audit triggers on orders,
-- docket_refresh_due and docket_system_status reading the settings each).
-- Now the function checks every row with a few queries, then writes each
-- table once: the parcels, their lines, the shipment events, and one UPDATE
-- of the orders for their status (as the system's act, as
-- docket_order_settle does) and their deadline (as docket_refresh_due does),
-- so each trigger fires once per call.
--
-- The rules are docket_shipment_add's, in its order, for each row: the
-- right ("ship"), an order the session may touch (locked, in id order), not
-- closed, not awaiting review, not delivered, paid or cash on delivery, a
-- carrier of the shop, a tracking number of its pattern and not taken
-- (neither by a parcel nor by an earlier row), and lines left to ship (an
-- order on an earlier row has none). The first row refused (in the list's
-- order) names itself: "Line N: " and docket_shipment_add's words, N the
-- row's "line" (the file's line number) or, without one, its place in the
-- list. Nothing is written then. What is written is what docket_shipment_add
-- row after row writes: the same parcels, lines, events (per order, in the
-- same order), statuses, versions, deadlines and summaries.
--
-- Rows: [{"order_id", "carrier", "tracking", "line"?}]. Returns how many
-- parcels. The signature is 0069's: grants and docket_login_functions stay.
CREATE OR REPLACE FUNCTION docket_shipments_add_many(p_rows jsonb) RETURNS integer
LANGUAGE plpgsql SECURITY DEFINER AS $$
DECLARE
    s record;
    c record;
    bad record;
    v_cod text[];
    v_sids bigint[];
    v_oids bigint[];
    v_count integer;
    v_ids bigint[];
    v_settled_sids bigint[];
    v_targets text[];
    v_steps text[];
    v_hours integer[];
    v_carriers text[];
    v_trackings text[];
    -- The lines left to ship of the list's orders: order, line, quantity
    -- left, line number, SKU (ordered by order, line number, id).
    l_oid bigint[];
    l_id bigint[];
    l_qty bigint[];
    l_no integer[];
    l_sku text[];
BEGIN
    IF NOT docket_can('ship') THEN
        PERFORM docket_refuse('shipping needs "ship"');
    END IF;
    IF p_rows IS NULL OR jsonb_typeof(p_rows) <> 'array' THEN
        PERFORM docket_reject('the rows are a list of orders, carriers and tracking numbers');
    END IF;
    SELECT * INTO s FROM docket_session_scope();
    SELECT array_agg(m.code) INTO v_cod FROM docket_payment_methods() m WHERE m.on_delivery;
    -- The orders, locked in id order (two files naming the same orders queue
    -- behind each other instead of deadlocking).
    PERFORM 1 FROM orders o
    WHERE o.id IN (SELECT CAST(e.v->>'order_id' AS bigint)
                   FROM jsonb_array_elements(p_rows) e(v)
                   WHERE jsonb_typeof(e.v) = 'object'
                     AND COALESCE(e.v->>'order_id', '') ~ '^[0-9]{1,18}$')
    ORDER BY o.id FOR UPDATE;
    -- What is left to ship of their lines (no one ships them meanwhile: the
    -- orders are locked).
    SELECT array_agg(l.order_id ORDER BY l.order_id, l.line_no, l.id),
           array_agg(l.id ORDER BY l.order_id, l.line_no, l.id),
           array_agg(l.quantity - l.shipped ORDER BY l.order_id, l.line_no, l.id),
           array_agg(l.line_no ORDER BY l.order_id, l.line_no, l.id),
           array_agg(l.sku ORDER BY l.order_id, l.line_no, l.id)
    INTO l_oid, l_id, l_qty, l_no, l_sku
    FROM (SELECT ol.order_id, ol.id, ol.line_no, ol.sku, ol.quantity,
                 COALESCE((SELECT sum(x.quantity) FROM shipment_lines x
                           WHERE x.line_id = ol.id), 0) AS shipped
          FROM order_lines ol
          WHERE ol.order_id IN (SELECT CAST(e.v->>'order_id' AS bigint)
                                FROM jsonb_array_elements(p_rows) e(v)
                                WHERE jsonb_typeof(e.v) = 'object'
                                  AND COALESCE(e.v->>'order_id', '') ~ '^[0-9]{1,18}$')) l
    WHERE l.quantity > l.shipped;
    -- Every row's first refusal (`why`, in docket_shipment_add's order); the
    -- first refused row wins.
    WITH carriers AS (
        SELECT DISTINCT ON (x.f[1]) x.f[1] AS code, COALESCE(x.f[3], '') AS pattern
        FROM (SELECT docket_fields(btrim(l.t)) AS f, l.n
              FROM regexp_split_to_table(docket_setting('shipping.carriers'), E'\n')
                   WITH ORDINALITY AS l(t, n)
              WHERE btrim(l.t) <> '' AND left(btrim(l.t), 1) <> '#') x
        ORDER BY x.f[1], x.n),
    r AS (
        SELECT e.n,
               CASE WHEN jsonb_typeof(e.v) = 'object'
                         AND COALESCE(e.v->>'line', '') ~ '^[0-9]{1,9}$'
                    THEN e.v->>'line' ELSE e.n::text END AS label,
               CASE WHEN jsonb_typeof(e.v) = 'object'
                         AND COALESCE(e.v->>'order_id', '') ~ '^[0-9]{1,18}$'
                    THEN CAST(e.v->>'order_id' AS bigint) END AS order_id,
               CASE WHEN jsonb_typeof(e.v) = 'object' THEN e.v->>'carrier' END AS carrier,
               upper(replace(btrim(COALESCE(CASE WHEN jsonb_typeof(e.v) = 'object'
                                                 THEN e.v->>'tracking' END, '')), ' ', ''))
                   AS tracking
        FROM jsonb_array_elements(p_rows) WITH ORDINALITY AS e(v, n)),
    k AS (
        SELECT r.*, o.id AS found, o.number, o.status, o.review_state, o.invalid_at,
               cr.pattern, lo.oid IS NOT NULL AS lines_left,
               r.order_id IS NOT NULL
                   AND row_number() OVER (PARTITION BY r.order_id ORDER BY r.n) > 1 AS again,
               r.tracking <> ''
                   AND row_number() OVER (PARTITION BY r.carrier, r.tracking ORDER BY r.n) > 1
                   AS tracking_again
        FROM r
        LEFT JOIN orders o ON o.id = r.order_id
                          AND docket_scope_holds(s.kind, s.me, s.channels, o.created_by,
                                                 o.assigned_to, o.channel)
        LEFT JOIN carriers cr ON cr.code = r.carrier
        LEFT JOIN (SELECT DISTINCT u.oid FROM unnest(l_oid) AS u(oid)) lo ON lo.oid = o.id),
    judged AS (
        SELECT k.n, k.label, k.order_id, k.number, k.status, k.carrier, k.tracking,
            CASE
            WHEN k.order_id IS NULL THEN 1
            WHEN k.found IS NULL THEN 2
            -- An order on an earlier row: that row shipped it (status
            -- shipped), so only the carrier checks and the lines are left.
            WHEN NOT k.again AND k.invalid_at IS NOT NULL THEN 3
            WHEN NOT k.again AND k.status IN ('cancelled', 'refunded') THEN 4
            WHEN NOT k.again AND k.review_state = 'waiting' THEN 5
            WHEN NOT k.again AND k.status = 'delivered' THEN 6
            WHEN NOT k.again AND k.status = 'pending' AND NOT EXISTS (
                     SELECT 1 FROM payments p
                     WHERE p.order_id = k.found AND p.state = 'pending'
                       AND p.method = ANY (COALESCE(v_cod, '{}'))) THEN 7
            WHEN k.pattern IS NULL THEN 8
            WHEN k.tracking <> '' AND (length(k.tracking) > 60
                 OR (k.pattern <> '' AND k.tracking !~ ('^(?:' || k.pattern || ')$'))) THEN 9
            WHEN k.tracking <> '' AND (k.tracking_again
                 OR EXISTS (SELECT 1 FROM shipments x WHERE x.carrier = k.carrier
                                                        AND x.tracking_number = k.tracking))
                THEN 10
            WHEN k.again OR NOT k.lines_left THEN 11
            END AS why
        FROM k)
    SELECT j.label, j.why,
           CASE WHEN j.why IN (1, 8, 9) THEN '22023' WHEN j.why = 2 THEN 'P0002'
                ELSE '23505' END AS state,
           CASE j.why
           WHEN 1 THEN 'invalid order: a row names no order'
           WHEN 2 THEN format('There is no order with the id %s.', j.order_id)
           WHEN 3 THEN format('Order %s is marked invalid; nothing is recorded for it.',
                              j.number)
           WHEN 4 THEN format('Order %s is %s; nothing more is recorded for it.', j.number,
                              j.status)
           WHEN 5 THEN format('Order %s is awaiting review; it ships once it is approved.',
                              j.number)
           WHEN 6 THEN format('Order %s is delivered already.', j.number)
           WHEN 7 THEN format('Order %s is not paid yet; it ships once it is paid.', j.number)
           WHEN 8 THEN format('invalid order: %L is not one of the shop''s carriers',
                              j.carrier)
           WHEN 9 THEN format('invalid order: %s is not a %s tracking number', j.tracking,
                              j.carrier)
           WHEN 10 THEN format('%s already has a parcel with the tracking number %s.',
                               j.carrier, j.tracking)
           ELSE format('Every line of order %s has shipped already.', j.number)
           END AS message
    INTO bad
    FROM judged j WHERE j.why IS NOT NULL ORDER BY j.n LIMIT 1;
    IF FOUND THEN
        RAISE EXCEPTION USING MESSAGE = format('Line %s: %s', bad.label, bad.message),
                              ERRCODE = bad.state;
    END IF;

    PERFORM docket_clear_context();
    SELECT * INTO c FROM docket_audit_context();
    -- The parcels, in the list's order.
    WITH ins AS (
        INSERT INTO shipments(order_id, carrier, tracking_number, shipped_at, created_at,
                              created_by)
        SELECT CAST(e.v->>'order_id' AS bigint), e.v->>'carrier',
               upper(replace(btrim(COALESCE(e.v->>'tracking', '')), ' ', '')), c.at, c.at,
               c.actor
        FROM jsonb_array_elements(p_rows) WITH ORDINALITY AS e(v, n)
        ORDER BY e.n
        RETURNING id, order_id, carrier, tracking_number)
    SELECT array_agg(ins.id ORDER BY ins.id), array_agg(ins.order_id ORDER BY ins.id),
           array_agg(ins.carrier ORDER BY ins.id), array_agg(ins.tracking_number ORDER BY ins.id)
    INTO v_sids, v_oids, v_carriers, v_trackings FROM ins;
    v_count := COALESCE(array_length(v_sids, 1), 0);
    IF v_count = 0 THEN
        RETURN 0;
    END IF;
    -- Each parcel holds what is left of its order's lines.
    INSERT INTO shipment_lines(shipment_id, order_id, line_id, quantity)
    SELECT p.sid, l.oid, l.id, l.qty
    FROM unnest(l_oid, l_id, l_qty, l_no) AS l(oid, id, qty, no)
    JOIN unnest(v_sids, v_oids) AS p(sid, oid) ON p.oid = l.oid
    ORDER BY p.sid, l.no, l.id;
    IF c.audit THEN
        INSERT INTO order_events(order_id, at, actor, kind, field, old_value, new_value, note)
        SELECT p.oid, c.at, c.actor, 'shipment', 'shipment', '',
               btrim(format('#%s %s %s', p.sid, p.carrier, p.tracking)), g.parts
        FROM unnest(v_sids, v_oids, v_carriers, v_trackings) AS p(sid, oid, carrier, tracking)
        JOIN (SELECT l.oid, string_agg(l.qty || '× ' || l.sku, ', ' ORDER BY l.no, l.id) AS parts
              FROM unnest(l_oid, l_id, l_qty, l_no, l_sku) AS l(oid, id, qty, no, sku)
              GROUP BY l.oid) g ON g.oid = p.oid
        ORDER BY p.sid;
    END IF;
    -- Status follows the records (docket_order_settle): the system's act,
    -- with the parcel as its note; then the step and its deadline
    -- (docket_refresh_due), in the same UPDATE. The deadline hours are read
    -- once per step and channel.
    -- Every line of each order has shipped now (its parcel took what was
    -- left) and that parcel is not delivered yet.
    WITH t AS (
        SELECT o.id, p.sid, o.channel, o.review_state,
               docket_settled_status(o.status, o.total_cents, o.paid_cents + o.refunded_cents,
                                     o.refunded_cents, true, false) AS target
        FROM unnest(v_sids, v_oids) AS p(sid, oid)
        JOIN orders o ON o.id = p.oid
        WHERE o.invalid_at IS NULL),
    u AS (
        SELECT t.id, t.sid, t.target, t.channel, docket_step_of(t.target, t.review_state) AS step
        FROM t),
    h AS (
        SELECT d.step, d.channel, docket_deadline_hours(d.step, d.channel) AS hours
        FROM (SELECT DISTINCT u.step, u.channel FROM u WHERE u.step <> '') d)
    SELECT array_agg(u.id ORDER BY u.id), array_agg(u.sid ORDER BY u.id),
           array_agg(u.target ORDER BY u.id), array_agg(u.step ORDER BY u.id),
           array_agg(h.hours ORDER BY u.id)
    INTO v_ids, v_settled_sids, v_targets, v_steps, v_hours
    FROM u LEFT JOIN h ON h.step = u.step AND h.channel = u.channel;
    INSERT INTO audit_system_acts(xid, order_id, note)
    SELECT txid_current(), w.id, 'shipment:' || w.sid
    FROM unnest(v_ids, v_settled_sids, v_targets) AS w(id, sid, target)
    JOIN orders o ON o.id = w.id
    WHERE w.target <> o.status
    ON CONFLICT (xid, order_id) DO UPDATE SET note = excluded.note;
    UPDATE orders o
    SET status = w.target,
        updated_at = CASE WHEN w.target <> o.status THEN c.at ELSE o.updated_at END,
        version = o.version + CASE WHEN w.target <> o.status THEN 1 ELSE 0 END,
        step = w.step,
        step_at = CASE WHEN w.step = '' THEN
                           CASE WHEN o.step <> '' OR o.due_at IS NOT NULL THEN NULL
                                ELSE o.step_at END
                       WHEN o.step = w.step AND o.step_at IS NOT NULL THEN o.step_at
                       ELSE c.at END,
        due_at = CASE WHEN w.step = '' THEN NULL
                      ELSE CASE WHEN o.step = w.step AND o.step_at IS NOT NULL THEN o.step_at
                                ELSE c.at END + 3600 * w.hours END
    FROM unnest(v_ids, v_targets, v_steps, v_hours) AS w(id, target, step, hours)
    WHERE o.id = w.id;
    DELETE FROM audit_system_acts a
    WHERE a.xid = txid_current() AND a.order_id = ANY (v_ids);
    RETURN v_count;
END
$$;

SELECT docket_harden();
