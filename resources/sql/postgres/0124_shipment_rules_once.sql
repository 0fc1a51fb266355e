-- The shipment rules in one place (review of stop 31, issue 15).
--
-- Since 0102 the rules for recording a parcel were written twice: in
-- docket_shipment_add (0069: one parcel, optionally some lines) and in the
-- set-based docket_shipments_add_many (a shipment file: each order's lines
-- left). A rule changed in one and not the other would ship by the desk what
-- a file refuses, or the other way round. Now both are docket_shipments_write:
-- one parcel is a list of one, as 0098 made one new order a run of one.
--
-- docket_shipments_write takes rows {"order_id", "carrier", "tracking",
-- "line"?, "lines"?}. A row with "lines" ([{"line_id", "quantity"}]) ships
-- those; one without ships every line's quantity left. The rules, for each
-- row, in docket_shipment_add's order: the right ("ship"); an order the
-- session may touch (locked, in id order); not marked invalid, not closed,
-- not awaiting review, not delivered, paid or cash on delivery; a carrier of
-- the shop; a tracking number of its pattern and not taken (neither by a
-- parcel nor by an earlier row); then, without lines, lines left to ship (an
-- order on an earlier row has none); with lines, a list of line ids and
-- quantities, each a line of that order, none twice (nor the order on an
-- earlier row), each quantity at least 1 and at most what is left of it. The
-- first row refused (in the list's order) is reported with 0069's words;
-- for a file (p_named) prefixed "Line N: ", N its "line" or its place in the
-- list. Nothing is written then.
--
-- Written, as 0102 did: the parcels, their lines, one shipment event per
-- parcel, and one UPDATE of the orders for their status (the system's act
-- with "shipment:<parcel>" as its note, as docket_order_settle records it)
-- and their step and deadline (docket_refresh_due's rules). An order whose
-- lines are not all shipped after its parcel keeps its status (its step and
-- deadline are refreshed as docket_order_settle did). Returns the parcels'
-- ids in the list's order.
--
-- Not granted to logins (not in docket_login_functions): they call
-- docket_shipment_add and docket_shipments_add_many, whose signatures and
-- grants stay.
CREATE FUNCTION docket_shipments_write(p_rows jsonb, p_named boolean) RETURNS bigint[]
LANGUAGE plpgsql SECURITY DEFINER AS $$
DECLARE
    s record;
    c record;
    bad record;
    v_cod text[];
    v_sids bigint[];
    v_oids bigint[];
    v_chosen bigint[];
    v_ids bigint[];
    v_settled_sids bigint[];
    v_targets text[];
    v_steps text[];
    v_hours integer[];
    -- The lines left to ship of the list's orders: order, line, quantity
    -- left (ordered by order, line number, id).
    l_oid bigint[];
    l_id bigint[];
    l_qty bigint[];
    l_no integer[];
    l_sku text[];
    -- What each parcel takes: parcel, order, line, quantity, SKU, in the
    -- order its lines are listed (the row's own list, or line number).
    p_sid bigint[];
    p_oid bigint[];
    p_line bigint[];
    p_qty bigint[];
    p_sku text[];
BEGIN
    IF NOT docket_can('ship') THEN
        PERFORM docket_refuse('shipping needs "ship"');
    END IF;
    IF p_rows IS NULL OR jsonb_typeof(p_rows) <> 'array' THEN
        PERFORM docket_reject('the rows are a list of orders, carriers and tracking numbers');
    END IF;
    SELECT * INTO s FROM docket_session_scope();
    SELECT array_agg(m.code) INTO v_cod FROM docket_payment_methods() m WHERE m.on_delivery;
    -- The orders, locked in id order (two lists naming the same orders queue
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
    -- Every row's first refusal (`why`, in the rules' order); the first
    -- refused row wins.
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
                   AS tracking,
               CASE WHEN jsonb_typeof(e.v) = 'object'
                         AND jsonb_typeof(e.v->'lines') IS DISTINCT FROM 'null'
                    THEN e.v->'lines' END AS lines
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
            WHEN k.lines IS NULL AND (k.again OR NOT k.lines_left) THEN 11
            WHEN k.lines IS NULL THEN NULL
            WHEN jsonb_typeof(k.lines) <> 'array' OR jsonb_array_length(k.lines) = 0
                 OR EXISTS (SELECT 1 FROM jsonb_array_elements(k.lines) q(v)
                            WHERE jsonb_typeof(q.v) <> 'object'
                               OR COALESCE(q.v->>'line_id', '') !~ '^[0-9]{1,18}$'
                               OR COALESCE(q.v->>'quantity', '') !~ '^[0-9]{1,7}$') THEN 12
            -- (Well formed from here: the casts below cannot fail.)
            WHEN k.again
                 OR (SELECT count(*) <> count(DISTINCT q.v->>'line_id')
                     FROM jsonb_array_elements(k.lines) q(v))
                 OR EXISTS (SELECT 1 FROM jsonb_array_elements(k.lines) q(v)
                            LEFT JOIN order_lines ol ON ol.id = CAST(q.v->>'line_id' AS bigint)
                                                    AND ol.order_id = k.found
                            WHERE ol.id IS NULL) THEN 13
            WHEN EXISTS (SELECT 1 FROM jsonb_array_elements(k.lines) q(v)
                         LEFT JOIN unnest(l_id, l_qty) AS lf(id, qty)
                                ON lf.id = CAST(q.v->>'line_id' AS bigint)
                         WHERE CAST(q.v->>'quantity' AS bigint) < 1
                            OR CAST(q.v->>'quantity' AS bigint) > COALESCE(lf.qty, 0)) THEN 14
            END AS why
        FROM k)
    SELECT j.label, j.why,
           CASE WHEN j.why IN (1, 8, 9, 12, 13) THEN '22023' WHEN j.why = 2 THEN 'P0002'
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
           WHEN 11 THEN format('Every line of order %s has shipped already.', j.number)
           WHEN 12 THEN 'invalid order: the lines are a list of line ids and quantities'
           WHEN 13 THEN format('invalid order: order %s has no such line to ship, or one is '
                               'listed twice', j.number)
           ELSE format('Order %s: more would ship than was ordered.', j.number)
           END AS message
    INTO bad
    FROM judged j WHERE j.why IS NOT NULL ORDER BY j.n LIMIT 1;
    IF FOUND THEN
        RAISE EXCEPTION USING MESSAGE = CASE WHEN p_named
                                             THEN format('Line %s: %s', bad.label, bad.message)
                                             ELSE bad.message END,
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
        RETURNING id, order_id)
    SELECT array_agg(ins.id ORDER BY ins.id), array_agg(ins.order_id ORDER BY ins.id)
    INTO v_sids, v_oids FROM ins;
    IF COALESCE(array_length(v_sids, 1), 0) = 0 THEN
        RETURN '{}';
    END IF;
    -- What each parcel takes: its row's lines, or what is left of its
    -- order's lines. (An order is on one row only by now.)
    SELECT array_agg(CAST(e.v->>'order_id' AS bigint)) INTO v_chosen
    FROM jsonb_array_elements(p_rows) e(v)
    WHERE jsonb_typeof(e.v->'lines') = 'array';
    SELECT array_agg(t.sid ORDER BY t.sid, t.k), array_agg(t.oid ORDER BY t.sid, t.k),
           array_agg(t.line ORDER BY t.sid, t.k), array_agg(t.qty ORDER BY t.sid, t.k),
           array_agg(t.sku ORDER BY t.sid, t.k)
    INTO p_sid, p_oid, p_line, p_qty, p_sku
    FROM (SELECT p.sid, p.oid, CAST(q.v->>'line_id' AS bigint) AS line,
                 CAST(q.v->>'quantity' AS bigint) AS qty, ol.sku, q.k
          FROM unnest(v_sids, v_oids) AS p(sid, oid)
          JOIN jsonb_array_elements(p_rows) e(v) ON CAST(e.v->>'order_id' AS bigint) = p.oid
          CROSS JOIN LATERAL jsonb_array_elements(
              CASE WHEN jsonb_typeof(e.v->'lines') = 'array' THEN e.v->'lines'
                   ELSE '[]' END) WITH ORDINALITY AS q(v, k)
          JOIN order_lines ol ON ol.id = CAST(q.v->>'line_id' AS bigint)
          UNION ALL
          SELECT p.sid, l.oid, l.id, l.qty, l.sku, row_number() OVER (PARTITION BY p.sid
                                                                    ORDER BY l.no, l.id)
          FROM unnest(v_sids, v_oids) AS p(sid, oid)
          JOIN jsonb_array_elements(p_rows) e(v) ON CAST(e.v->>'order_id' AS bigint) = p.oid
          JOIN unnest(l_oid, l_id, l_qty, l_no, l_sku) AS l(oid, id, qty, no, sku)
            ON l.oid = p.oid
          WHERE jsonb_typeof(e.v->'lines') IS DISTINCT FROM 'array') t;
    INSERT INTO shipment_lines(shipment_id, order_id, line_id, quantity)
    SELECT t.sid, t.oid, t.line, t.qty
    FROM unnest(p_sid, p_oid, p_line, p_qty) WITH ORDINALITY AS t(sid, oid, line, qty, k)
    ORDER BY t.k;
    IF c.audit THEN
        INSERT INTO order_events(order_id, at, actor, kind, field, old_value, new_value, note)
        SELECT sh.order_id, c.at, c.actor, 'shipment', 'shipment', '',
               btrim(format('#%s %s %s', sh.id, sh.carrier, sh.tracking_number)), g.parts
        FROM shipments sh
        JOIN (SELECT t.sid,
                     string_agg(t.qty || '× ' || t.sku, ', ' ORDER BY t.k) AS parts
              FROM unnest(p_sid, p_qty, p_sku) WITH ORDINALITY AS t(sid, qty, sku, k)
              GROUP BY t.sid) g ON g.sid = sh.id
        WHERE sh.id = ANY (v_sids)
        ORDER BY sh.id;
    END IF;
    -- Status follows the records (docket_order_settle): the system's act,
    -- with the parcel as its note; then the step and its deadline
    -- (docket_refresh_due), in the same UPDATE. The deadline hours are read
    -- once per step and channel. A parcel that took what was left shipped
    -- every line; one with chosen lines did if none is left now. Its parcel
    -- is not delivered yet.
    WITH t AS (
        SELECT o.id, p.sid, o.channel, o.review_state,
               docket_settled_status(
                   o.status, o.total_cents, o.paid_cents + o.refunded_cents, o.refunded_cents,
                   o.id <> ALL (COALESCE(v_chosen, '{}'))
                   OR NOT EXISTS (SELECT 1 FROM order_lines ol
                                  WHERE ol.order_id = o.id
                                    AND ol.quantity > COALESCE((SELECT sum(x.quantity)
                                                                FROM shipment_lines x
                                                                WHERE x.line_id = ol.id), 0)),
                   false) AS target
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
    RETURN v_sids;
END
$$;

-- A shipment file: its rows, named by line. Returns how many parcels.
CREATE OR REPLACE FUNCTION docket_shipments_add_many(p_rows jsonb) RETURNS integer
LANGUAGE plpgsql SECURITY DEFINER AS $$
BEGIN
    RETURN COALESCE(cardinality(docket_shipments_write(p_rows, true)), 0);
END
$$;

-- One parcel: a list of one. Returns its id.
CREATE OR REPLACE FUNCTION docket_shipment_add(p_order bigint, p_carrier text, p_tracking text,
                                               p_lines jsonb)
RETURNS bigint
LANGUAGE plpgsql SECURITY DEFINER AS $$
BEGIN
    RETURN (docket_shipments_write(
        jsonb_build_array(jsonb_strip_nulls(jsonb_build_object(
            'order_id', p_order::text, 'carrier', p_carrier, 'tracking', p_tracking,
            'lines', p_lines))),
        false))[1];
END
$$;

SELECT docket_harden();
