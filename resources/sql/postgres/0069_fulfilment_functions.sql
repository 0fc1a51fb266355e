-- Fulfilment (issue 15), PostgreSQL: the writes of FulfilmentStore and
-- ReviewStore as the server's functions, so that a login (with psql and its
-- own password) can do no more than the desk lets it: each function checks
-- the right (docket_can) and the scope (docket_session_scope), locks the
-- order row (two desks recording the same payment, shipping the same lines
-- or deciding the same order queue behind it and the second is refused),
-- applies the same rules as the store, computes who and when (docket_actor,
-- docket_now) and writes the trail in the same transaction.
--
-- Status follows the records: docket_order_settle moves an order to what its
-- records say (docket_settled_status, as fulfilment::settledStatus), as the
-- system's act: the audit trigger writes such a status event with the actor
-- 'system' and the record as its note (audit_system_acts, a table only these
-- functions write). A person moves an order that follows its records only to
-- processing or cancelled (order_status_moves.by_hand).
--
-- The review rules are evaluated here too (docket_order_judge, as
-- review::evaluate) whenever docket_order_create or docket_order_update
-- writes a new or changed order, so a login cannot skip the review.

-- ---- the workflow: moves by hand and moves by records ----

ALTER TABLE order_status_moves ADD COLUMN by_hand BOOLEAN NOT NULL DEFAULT true;
UPDATE order_status_moves SET by_hand = false
WHERE to_status IN ('paid', 'shipped', 'delivered', 'refunded');
INSERT INTO order_status_moves(from_status, to_status, by_hand) VALUES
    ('pending', 'shipped', false), ('pending', 'refunded', false), ('paid', 'shipped', false);

-- The status events the system makes in this transaction, with their
-- reason; written and used up by docket_order_settle and docket_jobs_run,
-- read by the audit trigger. No client reads or writes it.
CREATE UNLOGGED TABLE audit_system_acts (
    xid      BIGINT NOT NULL,
    order_id BIGINT NOT NULL,
    note     TEXT   NOT NULL,
    PRIMARY KEY (xid, order_id)
);

-- ---- pure helpers (as models/domain/fulfilment.cpp) ----

CREATE FUNCTION docket_settled_status(p_status text, p_total bigint, p_captured bigint,
                                      p_refunded bigint, p_all_shipped boolean,
                                      p_all_delivered boolean)
RETURNS text
LANGUAGE sql IMMUTABLE AS $$
    SELECT CASE
        WHEN p_status IN ('cancelled', 'refunded') THEN p_status
        WHEN p_captured > 0 AND p_refunded >= p_captured THEN 'refunded'
        WHEN p_all_shipped AND p_all_delivered
             AND p_status IN ('pending', 'paid', 'processing', 'shipped') THEN 'delivered'
        WHEN p_all_shipped AND p_status IN ('pending', 'paid', 'processing') THEN 'shipped'
        WHEN p_status = 'pending' AND p_captured > 0 AND p_captured >= p_total THEN 'paid'
        ELSE p_status END
$$;

CREATE FUNCTION docket_step_of(p_status text, p_review text) RETURNS text
LANGUAGE sql IMMUTABLE AS $$
    SELECT CASE
        WHEN p_status IN ('cancelled', 'refunded', 'delivered') THEN ''
        WHEN p_review = 'waiting' THEN 'review'
        WHEN p_status = 'pending' THEN 'payment'
        WHEN p_status IN ('paid', 'processing') THEN 'shipping'
        WHEN p_status = 'shipped' THEN 'delivery'
        ELSE '' END
$$;

-- The fields of one line of a shop list (payment methods, carriers): split
-- at a bar with white space before it and white space or the end after it.
CREATE FUNCTION docket_fields(p_line text) RETURNS text[]
LANGUAGE sql IMMUTABLE AS $$
    SELECT ARRAY(SELECT btrim(f) FROM regexp_split_to_table(btrim(p_line), '\s\|(?=\s|$)') f)
$$;

-- ---- the shop's settings as the server reads them ----

-- The defaults of models/domain/shopsettings.cpp (test_fulfilment checks
-- they agree).
CREATE FUNCTION docket_setting_default(p_key text) RETURNS text
LANGUAGE sql IMMUTABLE AS $$
    SELECT CASE p_key
        WHEN 'payments.methods' THEN
            E'card\ndebit_card\nalipay\nwechat_pay\nbank_transfer\ncod | | on_delivery\nstore_credit'
        WHEN 'shipping.carriers' THEN
            E'sf | | (SF)?[0-9]{12,13} | https://www.sf-express.com/chn/en/waybill/list?waybill={number}\n'
            'jd | | JD[0-9A-Z]{11,18} | https://www.jdl.com/orderSearch/?waybillCodes={number}\n'
            'zto | | 7[0-9]{11,14} | https://www.zto.com/?num={number}\n'
            'yto | | YT[0-9]{13,15} | https://www.yto.net.cn/gw/index/index.html?waybill={number}\n'
            'ems | | [A-Z]{2}[0-9]{9}[A-Z]{2} | https://www.ems.com.cn/queryList?mailNum={number}\n'
            'dhl | | [0-9]{10,11}|JJD[0-9]{18} | https://www.dhl.com/global-en/home/tracking.html?tracking-id={number}\n'
            'ups | | 1Z[0-9A-Z]{16} | https://www.ups.com/track?tracknum={number}\n'
            'fedex | | [0-9]{12}|[0-9]{15}|[0-9]{20}|[0-9]{22} | https://www.fedex.com/fedextrack/?trknbr={number}\n'
            'dpd | | [0-9]{14} | https://tracking.dpd.de/status/en_US/parcel/{number}'
        WHEN 'deadline.review_hours' THEN '4'
        WHEN 'deadline.payment_hours' THEN '72'
        WHEN 'deadline.shipping_hours' THEN '48'
        WHEN 'deadline.delivery_hours' THEN '240'
        WHEN 'deadline.overrides' THEN ''
        WHEN 'deadline.auto_cancel_unpaid' THEN 'false'
        END
$$;

CREATE FUNCTION docket_setting(p_key text) RETURNS text
LANGUAGE plpgsql STABLE SECURITY DEFINER AS $$
BEGIN
    RETURN COALESCE((SELECT s.value FROM shop_settings s WHERE s.key = p_key),
                    docket_setting_default(p_key));
END
$$;

-- The shop's payment methods: code and whether it is paid on delivery.
CREATE FUNCTION docket_payment_methods(OUT code text, OUT on_delivery boolean)
RETURNS SETOF record
LANGUAGE plpgsql STABLE SECURITY DEFINER AS $$
DECLARE
    v_line text;
    f text[];
BEGIN
    FOR v_line IN SELECT btrim(l) FROM regexp_split_to_table(docket_setting('payments.methods'),
                                                             E'\n') l LOOP
        CONTINUE WHEN v_line = '' OR left(v_line, 1) = '#';
        f := docket_fields(v_line);
        code := f[1];
        on_delivery := COALESCE(f[3], '') = 'on_delivery';
        RETURN NEXT;
    END LOOP;
END
$$;

-- A carrier's tracking-number pattern: NULL for a carrier the shop does not
-- have, '' for one without a pattern.
CREATE FUNCTION docket_carrier_pattern(p_code text) RETURNS text
LANGUAGE plpgsql STABLE SECURITY DEFINER AS $$
DECLARE
    v_line text;
    f text[];
BEGIN
    FOR v_line IN SELECT btrim(l) FROM regexp_split_to_table(docket_setting('shipping.carriers'),
                                                             E'\n') l LOOP
        CONTINUE WHEN v_line = '' OR left(v_line, 1) = '#';
        f := docket_fields(v_line);
        IF f[1] = p_code THEN
            RETURN COALESCE(f[3], '');
        END IF;
    END LOOP;
    RETURN NULL;
END
$$;

-- Hours allowed for a step on a channel (fulfilment::Deadlines::hours).
CREATE FUNCTION docket_deadline_hours(p_step text, p_channel text) RETURNS integer
LANGUAGE plpgsql STABLE SECURITY DEFINER AS $$
DECLARE
    v_line text;
    f text[];
    v text;
BEGIN
    IF COALESCE(p_step, '') = '' THEN
        RETURN 0;
    END IF;
    FOR v_line IN SELECT btrim(l) FROM regexp_split_to_table(docket_setting('deadline.overrides'),
                                                             E'\n') l LOOP
        CONTINUE WHEN v_line = '' OR left(v_line, 1) = '#';
        f := regexp_split_to_array(v_line, '\s+');
        IF array_length(f, 1) = 3 AND f[1] = p_channel AND f[2] = p_step
           AND f[3] ~ '^[0-9]{1,5}$' AND CAST(f[3] AS integer) BETWEEN 1 AND 8760 THEN
            RETURN CAST(f[3] AS integer);
        END IF;
    END LOOP;
    v := docket_setting('deadline.' || p_step || '_hours');
    IF v ~ '^[0-9]{1,5}$' AND CAST(v AS integer) BETWEEN 1 AND 8760 THEN
        RETURN CAST(v AS integer);
    END IF;
    RETURN CAST(docket_setting_default('deadline.' || p_step || '_hours') AS integer);
END
$$;

-- ---- what every write shares ----

-- The order `p_id`, locked, when the session may touch it; else "no such order".
CREATE FUNCTION docket_order_for_write(p_id bigint) RETURNS orders
LANGUAGE plpgsql SECURITY DEFINER AS $$
DECLARE
    s record;
    o orders;
BEGIN
    SELECT * INTO s FROM docket_session_scope();
    SELECT * INTO o FROM orders WHERE id = p_id FOR UPDATE;
    IF NOT FOUND OR NOT docket_scope_holds(s.kind, s.me, s.channels, o.created_by, o.assigned_to,
                                           o.channel) THEN
        RAISE EXCEPTION 'There is no order with the id %.', p_id USING ERRCODE = 'P0002';
    END IF;
    RETURN o;
END
$$;

-- Nothing more is recorded for an invalid, cancelled or refunded order.
CREATE FUNCTION docket_refuse_closed(o orders) RETURNS void
LANGUAGE plpgsql AS $$
BEGIN
    IF o.invalid_at IS NOT NULL THEN
        RAISE EXCEPTION 'Order % is marked invalid; nothing is recorded for it.', o.number
            USING ERRCODE = '23505';
    END IF;
    IF o.status IN ('cancelled', 'refunded') THEN
        RAISE EXCEPTION 'Order % is %; nothing more is recorded for it.', o.number, o.status
            USING ERRCODE = '23505';
    END IF;
END
$$;

-- An audit event written by a function (not by a trigger): the session's
-- actor and time, or the system's (p_actor).
CREATE FUNCTION docket_add_event(p_order bigint, p_actor text, p_kind text, p_field text,
                                 p_old text, p_new text, p_note text)
RETURNS void
LANGUAGE plpgsql SECURITY DEFINER AS $$
DECLARE
    c record;
BEGIN
    SELECT * INTO c FROM docket_audit_context();
    IF NOT c.audit THEN
        RETURN;
    END IF;
    INSERT INTO order_events(order_id, at, actor, kind, field, old_value, new_value, note)
    VALUES (p_order, c.at, COALESCE(p_actor, c.actor), p_kind, COALESCE(p_field, ''),
            COALESCE(p_old, ''), COALESCE(p_new, ''), COALESCE(p_note, ''));
END
$$;

-- A status the system sets (status follows the records; automatic
-- cancellation), with `p_reason` as its event's note.
CREATE FUNCTION docket_system_status(p_id bigint, p_status text, p_reason text) RETURNS void
LANGUAGE plpgsql SECURITY DEFINER AS $$
BEGIN
    PERFORM docket_clear_context();
    INSERT INTO audit_system_acts(xid, order_id, note) VALUES (txid_current(), p_id, p_reason)
    ON CONFLICT (xid, order_id) DO UPDATE SET note = excluded.note;
    UPDATE orders SET status = p_status, updated_at = docket_now(), version = version + 1
    WHERE id = p_id;
    DELETE FROM audit_system_acts WHERE xid = txid_current() AND order_id = p_id;
END
$$;

-- When the order's current step began and is due (records::refreshDue).
CREATE FUNCTION docket_refresh_due(p_id bigint) RETURNS void
LANGUAGE plpgsql SECURITY DEFINER AS $$
DECLARE
    o orders;
    v_step text;
    v_at bigint;
BEGIN
    SELECT * INTO o FROM orders WHERE id = p_id;
    IF NOT FOUND THEN
        RETURN;
    END IF;
    v_step := docket_step_of(o.status, o.review_state);
    IF v_step = '' THEN
        IF o.step <> '' OR o.due_at IS NOT NULL THEN
            UPDATE orders SET step = '', step_at = NULL, due_at = NULL WHERE id = p_id;
        END IF;
        RETURN;
    END IF;
    v_at := CASE WHEN o.step = v_step AND o.step_at IS NOT NULL THEN o.step_at ELSE docket_now() END;
    UPDATE orders SET step = v_step, step_at = v_at,
                      due_at = v_at + 3600 * docket_deadline_hours(v_step, o.channel)
    WHERE id = p_id;
END
$$;

-- Moves the order to what its records say (records::settle) and refreshes
-- its deadline.
CREATE FUNCTION docket_order_settle(p_id bigint, p_reason text) RETURNS void
LANGUAGE plpgsql SECURITY DEFINER AS $$
DECLARE
    o orders;
    v_all_shipped boolean;
    v_all_delivered boolean;
    v_target text;
BEGIN
    SELECT * INTO o FROM orders WHERE id = p_id;
    IF o.invalid_at IS NULL THEN
        v_all_shipped := EXISTS (SELECT 1 FROM order_lines l WHERE l.order_id = p_id)
            AND NOT EXISTS (SELECT 1 FROM order_lines l
                            WHERE l.order_id = p_id
                              AND l.quantity > COALESCE((SELECT sum(x.quantity)
                                                         FROM shipment_lines x
                                                         WHERE x.line_id = l.id), 0));
        v_all_delivered := EXISTS (SELECT 1 FROM shipments x WHERE x.order_id = p_id)
            AND NOT EXISTS (SELECT 1 FROM shipments x
                            WHERE x.order_id = p_id AND x.delivered_at IS NULL);
        v_target := docket_settled_status(o.status, o.total_cents,
                                          o.paid_cents + o.refunded_cents, o.refunded_cents,
                                          v_all_shipped, v_all_delivered);
        IF v_target <> o.status THEN
            PERFORM docket_system_status(p_id, v_target, p_reason);
        END IF;
    END IF;
    PERFORM docket_refresh_due(p_id);
END
$$;

-- A person's status move on an order that follows its records: only to
-- processing or cancelled; a cancellation holds no money and nothing shipped.
CREATE FUNCTION docket_check_move_by_hand(o orders, p_status text) RETURNS void
LANGUAGE plpgsql SECURITY DEFINER AS $$
BEGIN
    IF o.records = 1 AND NOT EXISTS (SELECT 1 FROM order_status_moves m
                                     WHERE m.from_status = o.status AND m.to_status = p_status
                                       AND m.by_hand) THEN
        PERFORM docket_reject(format('order %s becomes %s through its records (payments, '
                                     'shipments, refunds), not by hand', o.number, p_status));
    END IF;
    IF p_status = 'cancelled' THEN
        IF o.paid_cents > 0 THEN
            RAISE EXCEPTION 'Order % holds money; refund it before cancelling.', o.number
                USING ERRCODE = '23505';
        END IF;
        IF EXISTS (SELECT 1 FROM shipments x WHERE x.order_id = o.id) THEN
            RAISE EXCEPTION 'Part of order % has shipped; it is not cancelled.', o.number
                USING ERRCODE = '23505';
        END IF;
    END IF;
END
$$;

-- ---- the review (as models/domain/reviewrules.cpp) ----

-- Judges order `p_id` by the rule set in force and writes the verdict
-- (records::judge). `p_again`: a change of an order judged before.
CREATE FUNCTION docket_order_judge(p_id bigint, p_again boolean) RETURNS void
LANGUAGE plpgsql SECURITY DEFINER AS $$
DECLARE
    o orders;
    r jsonb;
    v_version bigint;
    v_found jsonb := '[]'::jsonb;
    v_state text;
    v_known boolean := false;
    v_from bigint;
    v_count bigint;
    v_domain text;
    v_phone text;
    v_address text;
    v_missing jsonb := '[]'::jsonb;
    l record;
    v_rules text;
BEGIN
    SELECT * INTO o FROM orders WHERE id = p_id;
    IF NOT FOUND THEN
        RETURN;
    END IF;
    IF p_again THEN
        IF o.status NOT IN ('pending', 'paid', 'processing')
           OR o.review_state NOT IN ('waiting', 'approved')
           OR EXISTS (SELECT 1 FROM shipments x WHERE x.order_id = p_id) THEN
            RETURN;
        END IF;
    END IF;
    SELECT s.version, CAST(s.rules AS jsonb) INTO v_version, r
    FROM review_rule_sets s ORDER BY s.version DESC LIMIT 1;
    r := COALESCE(r, '{}'::jsonb);
    v_version := COALESCE(v_version, 0);
    IF btrim(o.email) <> '' THEN
        v_known := EXISTS (SELECT 1 FROM orders x WHERE x.email = btrim(o.email) AND x.id <> p_id);
    ELSIF btrim(o.phone) <> '' THEN
        v_known := EXISTS (SELECT 1 FROM orders x WHERE x.phone = btrim(o.phone) AND x.id <> p_id);
    END IF;
    -- amount
    IF COALESCE(CAST(r->'amount'->>'on' AS boolean), false)
       AND (r->'amount'->'thresholds') ? o.currency
       AND o.total_cents > CAST(r->'amount'->'thresholds'->>o.currency AS bigint) THEN
        v_found := v_found || jsonb_build_array(jsonb_build_object(
            'rule', 'amount', 'detail', jsonb_build_object(
                'amount', o.total_cents::text,
                'threshold', r->'amount'->'thresholds'->>o.currency, 'currency', o.currency)));
    END IF;
    -- first order of a new customer
    IF COALESCE(CAST(r->'first_order'->>'on' AS boolean), false) AND NOT v_known
       AND (r->'first_order'->'thresholds') ? o.currency
       AND o.total_cents > CAST(r->'first_order'->'thresholds'->>o.currency AS bigint) THEN
        v_found := v_found || jsonb_build_array(jsonb_build_object(
            'rule', 'first_order', 'detail', jsonb_build_object(
                'amount', o.total_cents::text,
                'threshold', r->'first_order'->'thresholds'->>o.currency,
                'currency', o.currency)));
    END IF;
    -- shipping country differs from billing country
    IF COALESCE(CAST(r->'country_mismatch'->>'on' AS boolean), false)
       AND upper(btrim(o.ship_country)) <> '' AND upper(btrim(o.bill_country)) <> ''
       AND upper(btrim(o.ship_country)) <> upper(btrim(o.bill_country)) THEN
        v_found := v_found || jsonb_build_array(jsonb_build_object(
            'rule', 'country_mismatch', 'detail', jsonb_build_object(
                'ship', upper(btrim(o.ship_country)), 'bill', upper(btrim(o.bill_country)))));
    END IF;
    -- many orders from one email or phone in a short time
    IF COALESCE(CAST(r->'velocity'->>'on' AS boolean), false) THEN
        v_from := o.created_at - 60 * CAST(r->'velocity'->>'minutes' AS bigint);
        v_count := 0;
        IF btrim(o.email) <> '' THEN
            v_count := 1 + (SELECT count(*) FROM orders x
                            WHERE x.email = btrim(o.email)
                              AND x.created_at BETWEEN v_from AND o.created_at AND x.id <> p_id);
        END IF;
        IF btrim(o.email) <> '' AND v_count > CAST(r->'velocity'->>'orders' AS bigint) THEN
            v_found := v_found || jsonb_build_array(jsonb_build_object(
                'rule', 'velocity', 'detail', jsonb_build_object(
                    'by', btrim(o.email), 'count', v_count,
                    'max', CAST(r->'velocity'->>'orders' AS bigint),
                    'minutes', CAST(r->'velocity'->>'minutes' AS bigint))));
        ELSIF btrim(o.phone) <> '' THEN
            v_count := 1 + (SELECT count(*) FROM orders x
                            WHERE x.phone = btrim(o.phone)
                              AND x.created_at BETWEEN v_from AND o.created_at AND x.id <> p_id);
            IF v_count > CAST(r->'velocity'->>'orders' AS bigint) THEN
                v_found := v_found || jsonb_build_array(jsonb_build_object(
                    'rule', 'velocity', 'detail', jsonb_build_object(
                        'by', btrim(o.phone), 'count', v_count,
                        'max', CAST(r->'velocity'->>'orders' AS bigint),
                        'minutes', CAST(r->'velocity'->>'minutes' AS bigint))));
            END IF;
        END IF;
    END IF;
    -- blocklist
    IF COALESCE(CAST(r->'blocklist'->>'on' AS boolean), false) THEN
        v_domain := lower(btrim(COALESCE(substring(o.email FROM '@([^@]*)$'), '')));
        v_phone := regexp_replace(o.phone, '[^0-9]', '', 'g');
        v_address := CASE WHEN btrim(o.ship_street) = '' THEN ''
                          ELSE lower(regexp_replace(btrim(o.ship_street), '\s+', ' ', 'g')) || '|'
                               || lower(regexp_replace(btrim(o.ship_postcode), '\s+', '', 'g'))
                          END;
        IF v_domain <> '' AND (r->'blocklist'->'email_domains') ? v_domain THEN
            v_found := v_found || jsonb_build_array(jsonb_build_object(
                'rule', 'blocklist', 'detail', jsonb_build_object('what', 'email_domain',
                                                                  'value', v_domain)));
        ELSIF v_phone <> '' AND (r->'blocklist'->'phones') ? v_phone THEN
            v_found := v_found || jsonb_build_array(jsonb_build_object(
                'rule', 'blocklist', 'detail', jsonb_build_object('what', 'phone',
                                                                  'value', btrim(o.phone))));
        ELSIF v_address <> '' AND (r->'blocklist'->'addresses') ? v_address THEN
            v_found := v_found || jsonb_build_array(jsonb_build_object(
                'rule', 'blocklist', 'detail', jsonb_build_object(
                    'what', 'address',
                    'value', btrim(regexp_replace(btrim(o.ship_street), '\s+', ' ', 'g') || ', '
                                   || o.ship_postcode))));
        END IF;
    END IF;
    -- a line quantity above the limit
    IF COALESCE(CAST(r->'quantity'->>'on' AS boolean), false) THEN
        SELECT x.n, x.sku, x.quantity INTO l
        FROM (SELECT row_number() OVER (ORDER BY ol.line_no, ol.id) AS n, ol.sku, ol.quantity
              FROM order_lines ol WHERE ol.order_id = p_id) x
        WHERE x.quantity > CAST(r->'quantity'->>'max' AS bigint)
        ORDER BY x.n LIMIT 1;
        IF FOUND THEN
            v_found := v_found || jsonb_build_array(jsonb_build_object(
                'rule', 'quantity', 'detail', jsonb_build_object(
                    'line', l.n, 'sku', btrim(l.sku), 'quantity', l.quantity::text,
                    'max', CAST(r->'quantity'->>'max' AS bigint))));
        END IF;
    END IF;
    -- an incomplete shipping address
    IF COALESCE(CAST(r->'address'->>'on' AS boolean), false) THEN
        IF btrim(o.ship_street) = '' THEN
            v_missing := v_missing || '["street"]'::jsonb;
        END IF;
        IF btrim(o.ship_postcode) = '' THEN
            v_missing := v_missing || '["postcode"]'::jsonb;
        END IF;
        IF btrim(o.ship_city) = '' THEN
            v_missing := v_missing || '["city"]'::jsonb;
        END IF;
        IF btrim(o.ship_country) = '' THEN
            v_missing := v_missing || '["country"]'::jsonb;
        END IF;
        IF jsonb_array_length(v_missing) > 0 THEN
            v_found := v_found || jsonb_build_array(jsonb_build_object(
                'rule', 'address', 'detail', jsonb_build_object('missing', v_missing)));
        END IF;
    END IF;

    v_state := CASE WHEN jsonb_array_length(v_found) = 0 THEN 'approved' ELSE 'waiting' END;
    DELETE FROM review_findings WHERE order_id = p_id;
    INSERT INTO review_findings(order_id, seq, rule, detail)
    SELECT p_id, CAST(e.n AS integer), e.v->>'rule', CAST(e.v->'detail' AS text)
    FROM jsonb_array_elements(v_found) WITH ORDINALITY AS e(v, n);
    IF p_again AND v_state = o.review_state THEN
        RETURN;
    END IF;
    UPDATE orders SET review_state = v_state, rule_version = v_version WHERE id = p_id;
    SELECT string_agg(e.v->>'rule', ',' ORDER BY e.n) INTO v_rules
    FROM jsonb_array_elements(v_found) WITH ORDINALITY AS e(v, n);
    PERFORM docket_add_event(p_id, 'system', 'review', 'review_state', o.review_state, v_state,
                             'rules:' || v_version || COALESCE(' ' || v_rules, ''));
    PERFORM docket_refresh_due(p_id);
END
$$;

-- ---- the order functions of 0009, following the records ----

CREATE OR REPLACE FUNCTION docket_orders_changed_trigger() RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER AS $$
DECLARE
    ctx record;
    who text;
    ts bigint;
    v_note text := COALESCE(current_setting('docket.note', true), '');
    v_xid bigint := txid_current();
    v_lines boolean := EXISTS (SELECT 1 FROM audit_lines_before b WHERE b.xid = v_xid);
BEGIN
    SELECT * INTO ctx FROM docket_audit_context();
    IF NOT ctx.audit THEN
        RETURN NULL;
    END IF;
    who := ctx.actor;
    ts := ctx.at;
    INSERT INTO order_events(order_id, at, actor, kind, field, old_value, new_value, note)
    SELECT c.id, ts, COALESCE(c.actor, who), c.kind, c.field, COALESCE(c.old_value, ''), COALESCE(c.new_value, ''),
           COALESCE(c.note, '')
    FROM (
        SELECT n.id, f.seq, 'edited' AS kind, f.field, f.a AS old_value, f.b AS new_value,
               '' AS note, CAST(NULL AS text) AS actor
        FROM old_rows o JOIN new_rows n ON n.id = o.id
        CROSS JOIN LATERAL (VALUES
            (1, 'customer_name', o.customer_name COLLATE "C", n.customer_name COLLATE "C"),
            (2, 'email', o.email, n.email),
            (3, 'phone', o.phone, n.phone),
            (4, 'ship_street', o.ship_street, n.ship_street),
            (5, 'ship_city', o.ship_city, n.ship_city),
            (6, 'ship_postcode', o.ship_postcode, n.ship_postcode),
            (7, 'ship_region', o.ship_region, n.ship_region),
            (8, 'ship_country', o.ship_country, n.ship_country),
            (9, 'channel', o.channel, n.channel),
            (10, 'currency', o.currency, n.currency),
            (11, 'note', o.note, n.note),
            (12, 'assigned_to', o.assigned_to, n.assigned_to),
            (13, 'bill_country', o.bill_country, n.bill_country)) AS f(seq, field, a, b)
        WHERE f.a IS DISTINCT FROM f.b
        UNION ALL
        -- The lines this update replaced (kept by order_lines_before_update).
        SELECT b.order_id, 20, 'edited', 'lines', b.lines, docket_lines_text(b.order_id), '', NULL
        FROM audit_lines_before b JOIN new_rows n ON n.id = b.order_id
        WHERE v_lines AND b.xid = v_xid AND b.lines IS DISTINCT FROM docket_lines_text(b.order_id)
        UNION ALL
        SELECT n.id, 21, 'edited', 'total_cents', docket_money_text(o.total_cents),
               docket_money_text(n.total_cents), '', NULL
        FROM old_rows o JOIN new_rows n ON n.id = o.id
        WHERE o.total_cents IS DISTINCT FROM n.total_cents
        UNION ALL
        SELECT n.id, 22, 'status', 'status', o.status, n.status,
               COALESCE(sa.note, v_note), CASE WHEN sa.order_id IS NOT NULL THEN 'system' END
        FROM old_rows o JOIN new_rows n ON n.id = o.id
        LEFT JOIN audit_system_acts sa ON sa.xid = v_xid AND sa.order_id = n.id
        WHERE o.status IS DISTINCT FROM n.status
        UNION ALL
        SELECT n.id, 23, 'seen', '', '', '', '', NULL
        FROM old_rows o JOIN new_rows n ON n.id = o.id
        WHERE o.seen_at IS NULL AND n.seen_at IS NOT NULL
        UNION ALL
        SELECT n.id, 24, 'invalidated', '', '', '', n.invalid_reason, NULL
        FROM old_rows o JOIN new_rows n ON n.id = o.id
        WHERE o.invalid_at IS NULL AND n.invalid_at IS NOT NULL
        UNION ALL
        SELECT n.id, 24, 'revalidated', '', o.invalid_reason, '', '', NULL
        FROM old_rows o JOIN new_rows n ON n.id = o.id
        WHERE o.invalid_at IS NOT NULL AND n.invalid_at IS NULL) c
    ORDER BY c.id, c.seq;
    -- Used up: a later update in this transaction compares afresh.
    IF v_lines THEN
        DELETE FROM audit_lines_before b
        WHERE b.xid = v_xid AND b.order_id IN (SELECT n.id FROM new_rows n);
    END IF;
    RETURN NULL;
END
$$;

CREATE OR REPLACE FUNCTION docket_order_create(h jsonb) RETURNS bigint
LANGUAGE plpgsql SECURITY DEFINER AS $$
DECLARE
    s record;
    v_trusted boolean := docket_trusted();
    v_now bigint := docket_now();
    v_lines jsonb := h->'lines';
    v_status text := h->>'status';
    v_created_by text;
    v_created_at bigint;
    v_id bigint;
    v_number text := upper(btrim(COALESCE(h->>'number', '')));
BEGIN
    IF NOT docket_can('create_orders') THEN
        PERFORM docket_refuse('creating orders needs "create_orders"');
    END IF;
    SELECT * INTO s FROM docket_session_scope();
    PERFORM docket_check_order(h, COALESCE(v_lines, '[]'::jsonb));
    -- A login's new order starts as pending (or cancelled): paid and beyond
    -- come from records.
    IF NOT v_trusted AND v_status <> 'pending'
       AND NOT EXISTS (SELECT 1 FROM order_status_moves m
                       WHERE m.from_status = 'pending' AND m.to_status = v_status AND m.by_hand) THEN
        PERFORM docket_reject(format('a new order starts as pending, not %L', v_status));
    END IF;
    v_created_by := CASE WHEN v_trusted THEN COALESCE(NULLIF(h->>'created_by', ''), docket_actor())
                         ELSE s.me END;
    v_created_at := CASE WHEN v_trusted AND NULLIF(h->>'created_at', '') IS NOT NULL
                         THEN CAST(h->>'created_at' AS bigint) ELSE v_now END;
    IF NOT docket_scope_holds(s.kind, s.me, s.channels, v_created_by,
                              COALESCE(h->>'assigned_to', ''), h->>'channel') THEN
        PERFORM docket_refuse(format('the channel %L is outside your scope', h->>'channel'));
    END IF;
    v_id := nextval('orders_id_seq');
    IF v_number = '' THEN
        v_number := 'DK' || CASE WHEN v_id < 10000000 THEN lpad(v_id::text, 7, '0')
                                 ELSE v_id::text END;
    END IF;
    IF EXISTS (SELECT 1 FROM orders o WHERE o.number = v_number) THEN
        RAISE EXCEPTION 'An order with the number % already exists.', v_number
            USING ERRCODE = '23505';
    END IF;
    PERFORM docket_clear_context();
    INSERT INTO orders(id, number, customer_id, customer_name, email, phone, ship_street,
                       ship_city, ship_postcode, ship_region, ship_country, channel, status,
                       currency, total_cents, note, created_at, updated_at, created_by,
                       assigned_to, version, bill_country, records)
    VALUES (v_id, v_number,
            CASE WHEN v_trusted THEN CAST(NULLIF(h->>'customer_id', '') AS bigint) END,
            btrim(h->>'customer_name'), btrim(COALESCE(h->>'email', '')),
            btrim(COALESCE(h->>'phone', '')), COALESCE(h->>'ship_street', ''),
            COALESCE(h->>'ship_city', ''), COALESCE(h->>'ship_postcode', ''),
            COALESCE(h->>'ship_region', ''), COALESCE(h->>'ship_country', ''), h->>'channel',
            v_status, h->>'currency', docket_lines_total(v_lines), COALESCE(h->>'note', ''),
            v_created_at, v_now, v_created_by, COALESCE(h->>'assigned_to', ''), 1,
            upper(btrim(COALESCE(h->>'bill_country', ''))),
            -- A channel that reports the status (the gateway's intake, a
            -- trusted session) keeps it: such an order does not follow records.
            CASE WHEN v_status = 'pending'
                      AND NOT (v_trusted AND COALESCE(h->>'status_from_channel', '') = 'true')
                 THEN 1 ELSE 0 END);
    PERFORM docket_write_lines(v_id, v_lines);
    -- Judged by the review rules (pending orders), with its deadline.
    IF v_status = 'pending' THEN
        PERFORM docket_order_judge(v_id, false);
    ELSE
        PERFORM docket_refresh_due(v_id);
    END IF;
    RETURN v_id;
END
$$;

CREATE OR REPLACE FUNCTION docket_order_update(p_id bigint, p_version bigint, h jsonb) RETURNS integer
LANGUAGE plpgsql SECURITY DEFINER AS $$
DECLARE
    s record;
    o orders;
    n orders;
    v_lines jsonb := h->'lines';
    v_lines_changed boolean := false;
    v_edited boolean;
    v_judged boolean;
BEGIN
    SELECT * INTO s FROM docket_session_scope();
    SELECT * INTO o FROM orders WHERE id = p_id FOR UPDATE;
    IF NOT FOUND OR NOT docket_scope_holds(s.kind, s.me, s.channels, o.created_by, o.assigned_to,
                                           o.channel) THEN
        RAISE EXCEPTION 'There is no order with the id %.', p_id USING ERRCODE = 'P0002';
    END IF;
    IF o.version <> p_version THEN
        RETURN 0;
    END IF;
    n := o;
    n.customer_name := COALESCE(btrim(h->>'customer_name'), o.customer_name);
    n.email := COALESCE(btrim(h->>'email'), o.email);
    n.phone := COALESCE(btrim(h->>'phone'), o.phone);
    n.ship_street := COALESCE(h->>'ship_street', o.ship_street);
    n.ship_city := COALESCE(h->>'ship_city', o.ship_city);
    n.ship_postcode := COALESCE(h->>'ship_postcode', o.ship_postcode);
    n.ship_region := COALESCE(h->>'ship_region', o.ship_region);
    n.ship_country := COALESCE(h->>'ship_country', o.ship_country);
    n.bill_country := COALESCE(upper(btrim(h->>'bill_country')), o.bill_country);
    n.channel := COALESCE(h->>'channel', o.channel);
    n.currency := COALESCE(h->>'currency', o.currency);
    n.note := COALESCE(h->>'note', o.note);
    n.assigned_to := COALESCE(h->>'assigned_to', o.assigned_to);
    n.status := COALESCE(h->>'status', o.status);
    IF v_lines IS NOT NULL THEN
        v_lines_changed :=
            (SELECT COALESCE(jsonb_agg(jsonb_build_array(btrim(e.v->>'sku'), btrim(e.v->>'name'),
                                                         e.v->>'quantity',
                                                         e.v->>'unit_price_cents')
                                       ORDER BY e.n), '[]'::jsonb)
             FROM jsonb_array_elements(v_lines) WITH ORDINALITY AS e(v, n))
            IS DISTINCT FROM
            (SELECT COALESCE(jsonb_agg(jsonb_build_array(l.sku, l.name, l.quantity::text,
                                                         l.unit_price_cents::text)
                                       ORDER BY l.line_no, l.id), '[]'::jsonb)
             FROM order_lines l WHERE l.order_id = p_id);
    END IF;
    v_edited := v_lines_changed
        OR (o.customer_name, o.email, o.phone, o.ship_street, o.ship_city, o.ship_postcode,
            o.ship_region, o.ship_country, o.channel, o.currency, o.note, o.assigned_to,
            o.bill_country)
           IS DISTINCT FROM
           (n.customer_name, n.email, n.phone, n.ship_street, n.ship_city, n.ship_postcode,
            n.ship_region, n.ship_country, n.channel, n.currency, n.note, n.assigned_to,
            n.bill_country);
    v_judged := v_lines_changed
        OR (o.email, o.phone, o.ship_street, o.ship_city, o.ship_postcode, o.ship_region,
            o.ship_country, o.bill_country, o.currency)
           IS DISTINCT FROM
           (n.email, n.phone, n.ship_street, n.ship_city, n.ship_postcode, n.ship_region,
            n.ship_country, n.bill_country, n.currency);
    IF NOT v_edited AND o.status = n.status THEN
        RETURN 1;
    END IF;
    IF v_edited AND NOT docket_can('edit_orders') THEN
        PERFORM docket_refuse('editing orders needs "edit_orders"');
    END IF;
    IF o.status <> n.status THEN
        IF NOT docket_can('change_status') THEN
            PERFORM docket_refuse('changing the status needs "change_status"');
        END IF;
        IF NOT EXISTS (SELECT 1 FROM order_status_moves m
                       WHERE m.from_status = o.status AND m.to_status = n.status) THEN
            PERFORM docket_reject(format('an order cannot move from %L to %L', o.status,
                                         n.status));
        END IF;
        PERFORM docket_check_move_by_hand(o, n.status);
    END IF;
    IF v_lines_changed AND (o.paid_cents <> 0 OR o.refunded_cents <> 0
                            OR EXISTS (SELECT 1 FROM shipments x WHERE x.order_id = p_id)) THEN
        RAISE EXCEPTION 'Order % has payments or shipments; its lines no longer change.',
            o.number USING ERRCODE = '23505';
    END IF;
    IF o.invalid_at IS NOT NULL THEN
        PERFORM docket_refuse('an order marked invalid is not edited; mark it valid first');
    END IF;
    PERFORM docket_check_order(to_jsonb(n), v_lines);
    IF NOT docket_scope_holds(s.kind, s.me, s.channels, o.created_by, n.assigned_to,
                              n.channel) THEN
        PERFORM docket_refuse('the change would move the order outside your scope');
    END IF;
    PERFORM docket_clear_context();
    IF v_lines_changed THEN
        DELETE FROM order_lines WHERE order_id = p_id;
        PERFORM docket_write_lines(p_id, v_lines);
    END IF;
    UPDATE orders SET customer_name = n.customer_name, email = n.email, phone = n.phone,
        ship_street = n.ship_street, ship_city = n.ship_city, ship_postcode = n.ship_postcode,
        ship_region = n.ship_region, ship_country = n.ship_country, channel = n.channel,
        bill_country = n.bill_country,
        currency = n.currency, note = n.note, assigned_to = n.assigned_to, status = n.status,
        total_cents = (SELECT COALESCE(sum(l.quantity * l.unit_price_cents), 0)
                       FROM order_lines l WHERE l.order_id = p_id),
        updated_at = docket_now(), version = o.version + 1
    WHERE id = p_id;
    IF v_judged THEN
        PERFORM docket_order_judge(p_id, true);
    END IF;
    IF v_judged OR o.status <> n.status THEN
        PERFORM docket_refresh_due(p_id);
    END IF;
    RETURN 1;
END
$$;

CREATE OR REPLACE FUNCTION docket_order_set_status(p_id bigint, p_version bigint, p_status text,
                                        p_note text)
RETURNS integer
LANGUAGE plpgsql SECURITY DEFINER AS $$
DECLARE
    s record;
    o orders;
BEGIN
    IF NOT docket_can('change_status') THEN
        PERFORM docket_refuse('changing the status needs "change_status"');
    END IF;
    SELECT * INTO s FROM docket_session_scope();
    SELECT * INTO o FROM orders WHERE id = p_id FOR UPDATE;
    IF NOT FOUND OR NOT docket_scope_holds(s.kind, s.me, s.channels, o.created_by, o.assigned_to,
                                           o.channel) THEN
        RAISE EXCEPTION 'There is no order with the id %.', p_id USING ERRCODE = 'P0002';
    END IF;
    IF o.version <> p_version THEN
        RETURN 0;
    END IF;
    IF o.invalid_at IS NOT NULL THEN
        PERFORM docket_refuse('an order marked invalid does not change its status');
    END IF;
    IF o.status = p_status THEN
        RETURN 1;
    END IF;
    IF NOT EXISTS (SELECT 1 FROM order_status_moves m
                   WHERE m.from_status = o.status AND m.to_status = p_status) THEN
        PERFORM docket_reject(format('an order cannot move from %L to %L', o.status, p_status));
    END IF;
    PERFORM docket_check_move_by_hand(o, p_status);
    PERFORM docket_clear_context(p_note);
    UPDATE orders SET status = p_status, updated_at = docket_now(), version = o.version + 1
    WHERE id = p_id;
    PERFORM docket_clear_context();
    PERFORM docket_refresh_due(p_id);
    RETURN 1;
END
$$;
-- ---- payments ----

-- Records a payment (FulfilmentStore::addPayment). Returns its id.
CREATE FUNCTION docket_payment_add(p_order bigint, p_method text, p_amount bigint,
                                   p_currency text, p_reference text, p_state text)
RETURNS bigint
LANGUAGE plpgsql SECURITY DEFINER AS $$
DECLARE
    o orders;
    v_id bigint;
    v_owed bigint;
    v_ref text := btrim(COALESCE(p_reference, ''));
BEGIN
    IF NOT docket_can('record_payments') THEN
        PERFORM docket_refuse('recording payments needs "record_payments"');
    END IF;
    o := docket_order_for_write(p_order);
    PERFORM docket_refuse_closed(o);
    IF p_state IS NULL OR p_state NOT IN ('pending', 'captured') THEN
        PERFORM docket_reject('a payment is recorded as pending or captured');
    END IF;
    IF NOT EXISTS (SELECT 1 FROM docket_payment_methods() m WHERE m.code = p_method) THEN
        PERFORM docket_reject(format('%L is not one of the shop''s payment methods', p_method));
    END IF;
    IF p_amount IS NULL OR p_amount <= 0 THEN
        PERFORM docket_reject('a payment''s amount must be above zero');
    END IF;
    IF p_currency IS DISTINCT FROM o.currency THEN
        PERFORM docket_reject(format('the payment is in %s but order %s is in %s; currencies are '
                                     'not mixed', p_currency, o.number, o.currency));
    END IF;
    IF length(v_ref) > 200 THEN
        PERFORM docket_reject('the reference is too long');
    END IF;
    v_owed := o.total_cents - o.paid_cents - o.refunded_cents
        - (SELECT COALESCE(sum(p.amount_cents), 0) FROM payments p
           WHERE p.order_id = o.id AND p.state = 'pending');
    IF p_amount > v_owed THEN
        PERFORM docket_reject(format('%s is more than the %s still owed on order %s',
                                     docket_money_text(p_amount),
                                     docket_money_text(greatest(v_owed, 0)), o.number));
    END IF;
    IF v_ref <> '' AND EXISTS (SELECT 1 FROM payments p
                               WHERE p.method = p_method AND p.reference = v_ref) THEN
        RAISE EXCEPTION 'A % payment with the reference % is recorded already.', p_method, v_ref
            USING ERRCODE = '23505';
    END IF;
    PERFORM docket_clear_context();
    INSERT INTO payments(order_id, method, amount_cents, currency, reference, state, created_at,
                         created_by, updated_at, updated_by)
    VALUES (o.id, p_method, p_amount, p_currency, v_ref, p_state, docket_now(), docket_actor(),
            docket_now(), docket_actor())
    RETURNING id INTO v_id;
    IF p_state = 'captured' THEN
        UPDATE orders SET paid_cents = paid_cents + p_amount, updated_at = docket_now(),
                          version = version + 1
        WHERE id = o.id;
    END IF;
    PERFORM docket_add_event(o.id, NULL, 'payment', 'payment', '',
                             format('#%s %s %s %s %s', v_id, p_method, docket_money_text(p_amount),
                                    p_currency, p_state), v_ref);
    PERFORM docket_order_settle(o.id, 'payment:' || v_id);
    RETURN v_id;
END
$$;

-- pending -> captured | failed | voided (FulfilmentStore::setPaymentState).
-- 0 when the payment is no longer at `p_version`.
CREATE FUNCTION docket_payment_set_state(p_payment bigint, p_version bigint, p_state text)
RETURNS integer
LANGUAGE plpgsql SECURITY DEFINER AS $$
DECLARE
    o orders;
    p payments;
    v_order bigint;
BEGIN
    IF NOT docket_can('record_payments') THEN
        PERFORM docket_refuse('recording payments needs "record_payments"');
    END IF;
    SELECT x.order_id INTO v_order FROM payments x WHERE x.id = p_payment;
    IF v_order IS NULL THEN
        RAISE EXCEPTION 'There is no payment with the id %.', p_payment USING ERRCODE = 'P0002';
    END IF;
    o := docket_order_for_write(v_order);
    SELECT * INTO p FROM payments WHERE id = p_payment FOR UPDATE;
    IF p.version <> p_version THEN
        RETURN 0;
    END IF;
    IF p.state = p_state THEN
        RETURN 1;
    END IF;
    IF p.state <> 'pending' OR p_state IS NULL OR p_state NOT IN ('captured', 'failed', 'voided')
    THEN
        RAISE EXCEPTION 'Payment #% is %; it cannot become %.', p_payment, p.state,
            COALESCE(p_state, 'NULL') USING ERRCODE = '23505';
    END IF;
    IF p_state = 'captured' THEN
        PERFORM docket_refuse_closed(o);
    END IF;
    PERFORM docket_clear_context();
    UPDATE payments SET state = p_state, updated_at = docket_now(), updated_by = docket_actor(),
                        version = version + 1
    WHERE id = p_payment;
    IF p_state = 'captured' THEN
        UPDATE orders SET paid_cents = paid_cents + p.amount_cents, updated_at = docket_now(),
                          version = version + 1
        WHERE id = o.id;
    END IF;
    PERFORM docket_add_event(o.id, NULL, 'payment', 'state', p.state, p_state, '#' || p_payment);
    PERFORM docket_order_settle(o.id, 'payment:' || p_payment);
    RETURN 1;
END
$$;

-- ---- refunds ----

-- A refund back to payment `p_payment` (FulfilmentStore::refund,
-- refundLines): by amount, or (p_lines, [{"line_id", "quantity"}]) by lines,
-- whose price is then the amount (p_amount, when given, must equal it).
CREATE FUNCTION docket_refund_add(p_order bigint, p_payment bigint, p_amount bigint,
                                  p_currency text, p_reason text, p_lines jsonb)
RETURNS bigint
LANGUAGE plpgsql SECURITY DEFINER AS $$
DECLARE
    o orders;
    p payments;
    v_amount bigint := p_amount;
    v_id bigint;
BEGIN
    IF NOT docket_can('refund') THEN
        PERFORM docket_refuse('refunding needs "refund"');
    END IF;
    o := docket_order_for_write(p_order);
    IF btrim(COALESCE(p_reason, '')) = '' THEN
        PERFORM docket_reject('give a reason for the refund');
    END IF;
    IF p_currency IS DISTINCT FROM o.currency THEN
        PERFORM docket_reject(format('the refund is in %s but order %s is in %s; currencies are '
                                     'not mixed', p_currency, o.number, o.currency));
    END IF;
    SELECT * INTO p FROM payments WHERE id = p_payment AND order_id = o.id FOR UPDATE;
    IF NOT FOUND THEN
        RAISE EXCEPTION 'Order % has no payment #%.', o.number, p_payment USING ERRCODE = 'P0002';
    END IF;
    IF p.state <> 'captured' THEN
        PERFORM docket_reject(format('payment #%s is %s; only captured money is refunded',
                                     p_payment, p.state));
    END IF;
    IF p_lines IS NOT NULL THEN
        IF jsonb_typeof(p_lines) <> 'array' OR jsonb_array_length(p_lines) = 0
           OR EXISTS (SELECT 1 FROM jsonb_array_elements(p_lines) e(v)
                      WHERE jsonb_typeof(e.v) <> 'object'
                         OR COALESCE(e.v->>'line_id', '') !~ '^[0-9]{1,18}$'
                         OR COALESCE(e.v->>'quantity', '') !~ '^[0-9]{1,7}$') THEN
            PERFORM docket_reject('the lines are a list of line ids and quantities');
        END IF;
        IF EXISTS (SELECT 1 FROM jsonb_array_elements(p_lines) e(v)
                   LEFT JOIN order_lines l ON l.id = CAST(e.v->>'line_id' AS bigint)
                                          AND l.order_id = o.id
                   WHERE l.id IS NULL OR CAST(e.v->>'quantity' AS bigint) < 1
                      OR CAST(e.v->>'quantity' AS bigint) > l.quantity
                         - COALESCE((SELECT sum(rl.quantity) FROM refund_lines rl
                                     WHERE rl.line_id = l.id), 0))
           OR (SELECT count(*) FROM jsonb_array_elements(p_lines))
              <> (SELECT count(DISTINCT e.v->>'line_id') FROM jsonb_array_elements(p_lines) e(v))
        THEN
            PERFORM docket_reject('a line is not the order''s, is listed twice, or is refunded '
                                  'beyond what was ordered');
        END IF;
        v_amount := (SELECT sum(CAST(e.v->>'quantity' AS bigint) * l.unit_price_cents)
                     FROM jsonb_array_elements(p_lines) e(v)
                     JOIN order_lines l ON l.id = CAST(e.v->>'line_id' AS bigint));
        IF p_amount IS NOT NULL AND p_amount <> v_amount THEN
            PERFORM docket_reject('the amount is not the price of the lines');
        END IF;
    END IF;
    IF v_amount IS NULL OR v_amount <= 0 THEN
        PERFORM docket_reject('a refund''s amount must be above zero');
    END IF;
    IF v_amount > p.amount_cents - p.refunded_cents THEN
        PERFORM docket_reject(format('%s is more than the %s left to refund on payment #%s',
                                     docket_money_text(v_amount),
                                     docket_money_text(p.amount_cents - p.refunded_cents),
                                     p_payment));
    END IF;
    PERFORM docket_clear_context();
    INSERT INTO refunds(order_id, payment_id, amount_cents, currency, reason, created_at,
                        created_by)
    VALUES (o.id, p_payment, v_amount, o.currency, btrim(p_reason), docket_now(), docket_actor())
    RETURNING id INTO v_id;
    IF p_lines IS NOT NULL THEN
        INSERT INTO refund_lines(refund_id, order_id, line_id, quantity)
        SELECT v_id, o.id, CAST(e.v->>'line_id' AS bigint), CAST(e.v->>'quantity' AS bigint)
        FROM jsonb_array_elements(p_lines) e(v);
    END IF;
    UPDATE payments SET refunded_cents = refunded_cents + v_amount WHERE id = p_payment;
    UPDATE orders SET paid_cents = paid_cents - v_amount,
                      refunded_cents = refunded_cents + v_amount, updated_at = docket_now(),
                      version = version + 1
    WHERE id = o.id;
    PERFORM docket_add_event(o.id, NULL, 'refund', 'refund', '',
                             format('#%s payment #%s %s %s', v_id, p_payment,
                                    docket_money_text(v_amount), o.currency), btrim(p_reason));
    PERFORM docket_order_settle(o.id, 'refund:' || v_id);
    RETURN v_id;
END
$$;

-- ---- shipments ----

-- Whether order `o` may ship now (FulfilmentStore::checkShippable).
CREATE FUNCTION docket_check_shippable(o orders) RETURNS void
LANGUAGE plpgsql SECURITY DEFINER AS $$
BEGIN
    PERFORM docket_refuse_closed(o);
    IF o.review_state = 'waiting' THEN
        RAISE EXCEPTION 'Order % is awaiting review; it ships once it is approved.', o.number
            USING ERRCODE = '23505';
    END IF;
    IF o.status = 'delivered' THEN
        RAISE EXCEPTION 'Order % is delivered already.', o.number USING ERRCODE = '23505';
    END IF;
    IF o.status = 'pending' AND NOT EXISTS (
            SELECT 1 FROM payments p JOIN docket_payment_methods() m ON m.code = p.method
            WHERE p.order_id = o.id AND p.state = 'pending' AND m.on_delivery) THEN
        RAISE EXCEPTION 'Order % is not paid yet; it ships once it is paid.', o.number
            USING ERRCODE = '23505';
    END IF;
END
$$;

-- A parcel of order `p_order` (FulfilmentStore::ship): `p_lines`
-- ([{"line_id", "quantity"}]; NULL: everything not shipped yet). Returns its id.
CREATE FUNCTION docket_shipment_add(p_order bigint, p_carrier text, p_tracking text,
                                    p_lines jsonb)
RETURNS bigint
LANGUAGE plpgsql SECURITY DEFINER AS $$
DECLARE
    o orders;
    v_pattern text;
    v_tracking text := upper(replace(btrim(COALESCE(p_tracking, '')), ' ', ''));
    v_lines jsonb := p_lines;
    v_id bigint;
    v_parts text;
BEGIN
    IF NOT docket_can('ship') THEN
        PERFORM docket_refuse('shipping needs "ship"');
    END IF;
    o := docket_order_for_write(p_order);
    PERFORM docket_check_shippable(o);
    v_pattern := docket_carrier_pattern(p_carrier);
    IF v_pattern IS NULL THEN
        PERFORM docket_reject(format('%L is not one of the shop''s carriers', p_carrier));
    END IF;
    IF v_tracking <> '' AND (length(v_tracking) > 60
                             OR (v_pattern <> '' AND v_tracking !~ ('^(?:' || v_pattern || ')$')))
    THEN
        PERFORM docket_reject(format('%s is not a %s tracking number', v_tracking, p_carrier));
    END IF;
    IF v_tracking <> '' AND EXISTS (SELECT 1 FROM shipments x WHERE x.carrier = p_carrier
                                                               AND x.tracking_number = v_tracking)
    THEN
        RAISE EXCEPTION '% already has a parcel with the tracking number %.', p_carrier, v_tracking
            USING ERRCODE = '23505';
    END IF;
    IF v_lines IS NULL THEN
        v_lines := (SELECT jsonb_agg(jsonb_build_object('line_id', l.id::text,
                                                        'quantity', (l.quantity - l.shipped)::text)
                                     ORDER BY l.line_no, l.id)
                    FROM (SELECT ol.id, ol.line_no, ol.quantity,
                                 COALESCE((SELECT sum(x.quantity) FROM shipment_lines x
                                           WHERE x.line_id = ol.id), 0) AS shipped
                          FROM order_lines ol WHERE ol.order_id = o.id) l
                    WHERE l.quantity > l.shipped);
        IF v_lines IS NULL THEN
            RAISE EXCEPTION 'Every line of order % has shipped already.', o.number
                USING ERRCODE = '23505';
        END IF;
    END IF;
    IF jsonb_typeof(v_lines) <> 'array' OR jsonb_array_length(v_lines) = 0
       OR EXISTS (SELECT 1 FROM jsonb_array_elements(v_lines) e(v)
                  WHERE jsonb_typeof(e.v) <> 'object'
                     OR COALESCE(e.v->>'line_id', '') !~ '^[0-9]{1,18}$'
                     OR COALESCE(e.v->>'quantity', '') !~ '^[0-9]{1,7}$') THEN
        PERFORM docket_reject('the lines are a list of line ids and quantities');
    END IF;
    IF (SELECT count(*) FROM jsonb_array_elements(v_lines))
       <> (SELECT count(DISTINCT e.v->>'line_id') FROM jsonb_array_elements(v_lines) e(v))
       OR EXISTS (SELECT 1 FROM jsonb_array_elements(v_lines) e(v)
                  LEFT JOIN order_lines l ON l.id = CAST(e.v->>'line_id' AS bigint)
                                         AND l.order_id = o.id
                  WHERE l.id IS NULL) THEN
        PERFORM docket_reject(format('order %s has no such line to ship, or one is listed twice',
                                     o.number));
    END IF;
    IF EXISTS (SELECT 1 FROM jsonb_array_elements(v_lines) e(v)
               JOIN order_lines l ON l.id = CAST(e.v->>'line_id' AS bigint)
               WHERE CAST(e.v->>'quantity' AS bigint) < 1
                  OR CAST(e.v->>'quantity' AS bigint) > l.quantity
                     - COALESCE((SELECT sum(x.quantity) FROM shipment_lines x
                                 WHERE x.line_id = l.id), 0)) THEN
        RAISE EXCEPTION 'Order %: more would ship than was ordered.', o.number
            USING ERRCODE = '23505';
    END IF;
    PERFORM docket_clear_context();
    INSERT INTO shipments(order_id, carrier, tracking_number, shipped_at, created_at, created_by)
    VALUES (o.id, p_carrier, v_tracking, docket_now(), docket_now(), docket_actor())
    RETURNING id INTO v_id;
    INSERT INTO shipment_lines(shipment_id, order_id, line_id, quantity)
    SELECT v_id, o.id, CAST(e.v->>'line_id' AS bigint), CAST(e.v->>'quantity' AS bigint)
    FROM jsonb_array_elements(v_lines) e(v);
    SELECT string_agg((e.v->>'quantity') || '× ' || l.sku, ', ' ORDER BY e.n) INTO v_parts
    FROM jsonb_array_elements(v_lines) WITH ORDINALITY AS e(v, n)
    JOIN order_lines l ON l.id = CAST(e.v->>'line_id' AS bigint);
    PERFORM docket_add_event(o.id, NULL, 'shipment', 'shipment', '',
                             btrim(format('#%s %s %s', v_id, p_carrier, v_tracking)), v_parts);
    PERFORM docket_order_settle(o.id, 'shipment:' || v_id);
    RETURN v_id;
END
$$;

-- Ship many (FulfilmentStore::commitShipments): [{"order_id", "carrier",
-- "tracking"}], each order's unshipped lines, all or nothing.
CREATE FUNCTION docket_shipments_add_many(p_rows jsonb) RETURNS integer
LANGUAGE plpgsql SECURITY DEFINER AS $$
DECLARE
    e jsonb;
    v_count integer := 0;
BEGIN
    IF NOT docket_can('ship') THEN
        PERFORM docket_refuse('shipping needs "ship"');
    END IF;
    IF p_rows IS NULL OR jsonb_typeof(p_rows) <> 'array' THEN
        PERFORM docket_reject('the rows are a list of orders, carriers and tracking numbers');
    END IF;
    FOR e IN SELECT v FROM jsonb_array_elements(p_rows) v LOOP
        IF jsonb_typeof(e) <> 'object' OR COALESCE(e->>'order_id', '') !~ '^[0-9]{1,18}$' THEN
            PERFORM docket_reject('a row names no order');
        END IF;
        PERFORM docket_shipment_add(CAST(e->>'order_id' AS bigint), e->>'carrier',
                                    e->>'tracking', NULL);
        v_count := v_count + 1;
    END LOOP;
    RETURN v_count;
END
$$;

-- A parcel arrived (FulfilmentStore::markDelivered).
CREATE FUNCTION docket_shipment_delivered(p_shipment bigint, p_at bigint) RETURNS void
LANGUAGE plpgsql SECURITY DEFINER AS $$
DECLARE
    o orders;
    x shipments;
    v_order bigint;
BEGIN
    IF NOT docket_can('ship') THEN
        PERFORM docket_refuse('shipping needs "ship"');
    END IF;
    SELECT s.order_id INTO v_order FROM shipments s WHERE s.id = p_shipment;
    IF v_order IS NULL THEN
        RAISE EXCEPTION 'There is no shipment with the id %.', p_shipment USING ERRCODE = 'P0002';
    END IF;
    o := docket_order_for_write(v_order);
    SELECT * INTO x FROM shipments WHERE id = p_shipment FOR UPDATE;
    IF x.delivered_at IS NOT NULL THEN
        RAISE EXCEPTION 'Shipment #% of order % is delivered already.', p_shipment, o.number
            USING ERRCODE = '23505';
    END IF;
    IF p_at IS NULL OR p_at < x.shipped_at THEN
        PERFORM docket_reject('a parcel is delivered after it shipped');
    END IF;
    PERFORM docket_clear_context();
    UPDATE shipments SET delivered_at = p_at, version = version + 1 WHERE id = p_shipment;
    PERFORM docket_add_event(o.id, NULL, 'shipment', 'delivered', '', '#' || p_shipment, '');
    PERFORM docket_order_settle(o.id, 'delivered:' || p_shipment);
END
$$;

-- A tracking event (FulfilmentStore::addTrackingEvent). Returns its id.
CREATE FUNCTION docket_tracking_add(p_shipment bigint, p_at bigint, p_place text, p_text text,
                                    p_source text)
RETURNS bigint
LANGUAGE plpgsql SECURITY DEFINER AS $$
DECLARE
    o orders;
    v_order bigint;
    v_id bigint;
BEGIN
    IF NOT docket_can('ship') THEN
        PERFORM docket_refuse('shipping needs "ship"');
    END IF;
    SELECT s.order_id INTO v_order FROM shipments s WHERE s.id = p_shipment;
    IF v_order IS NULL THEN
        RAISE EXCEPTION 'There is no shipment with the id %.', p_shipment USING ERRCODE = 'P0002';
    END IF;
    o := docket_order_for_write(v_order);
    IF btrim(COALESCE(p_text, '')) = '' OR length(p_text) > 500
       OR length(COALESCE(p_place, '')) > 200 OR p_at IS NULL THEN
        PERFORM docket_reject('a tracking event needs a time and the carrier''s status text');
    END IF;
    IF p_source IS NULL OR p_source NOT IN ('desk', 'file', 'gateway') THEN
        PERFORM docket_reject('a tracking event comes from the desk, a file or the gateway');
    END IF;
    PERFORM docket_clear_context();
    INSERT INTO tracking_events(shipment_id, order_id, at, place, status_text, source,
                                created_at, created_by)
    VALUES (p_shipment, o.id, p_at, btrim(COALESCE(p_place, '')), btrim(p_text), p_source,
            docket_now(), docket_actor())
    RETURNING id INTO v_id;
    PERFORM docket_add_event(o.id, NULL, 'tracking', 'tracking', '',
                             btrim('#' || p_shipment || ' ' || btrim(COALESCE(p_place, ''))),
                             btrim(p_text));
    RETURN v_id;
END
$$;

-- ---- review decisions and the rule set ----

-- Approves (the order goes on) or rejects (it becomes invalid with the
-- reason) the waiting orders among `p_ids` the session may touch; returns
-- how many. The caller compares with what it asked for: fewer means someone
-- decided meanwhile.
CREATE FUNCTION docket_review_decide(p_ids bigint[], p_approve boolean, p_reason text)
RETURNS integer
LANGUAGE plpgsql SECURITY DEFINER AS $$
DECLARE
    s record;
    v_ids bigint[];
    v_count integer;
    v_now bigint := docket_now();
    v_actor text := docket_actor();
BEGIN
    IF NOT docket_can('review_orders') THEN
        PERFORM docket_refuse('deciding reviews needs "review_orders"');
    END IF;
    IF NOT COALESCE(p_approve, false) AND btrim(COALESCE(p_reason, '')) = '' THEN
        PERFORM docket_reject('give a reason for rejecting');
    END IF;
    SELECT * INTO s FROM docket_session_scope();
    v_ids := ARRAY(SELECT o.id FROM orders o
                   WHERE o.id = ANY (p_ids) AND o.review_state = 'waiting'
                     AND o.invalid_at IS NULL
                     AND docket_scope_holds(s.kind, s.me, s.channels, o.created_by,
                                            o.assigned_to, o.channel)
                   ORDER BY o.id FOR UPDATE);
    v_count := COALESCE(array_length(v_ids, 1), 0);
    IF v_count = 0 THEN
        RETURN 0;
    END IF;
    PERFORM docket_clear_context();
    IF docket_audit_on() THEN
        INSERT INTO order_events(order_id, at, actor, kind, field, old_value, new_value, note)
        SELECT i, v_now, v_actor, 'review', 'review_state', 'waiting',
               CASE WHEN p_approve THEN 'approved' ELSE 'rejected' END,
               CASE WHEN p_approve THEN '' ELSE btrim(p_reason) END
        FROM unnest(v_ids) i ORDER BY i;
    END IF;
    IF p_approve THEN
        UPDATE orders o
        SET review_state = 'approved', updated_at = v_now, version = o.version + 1,
            step = docket_step_of(o.status, 'approved'), step_at = v_now,
            due_at = v_now + 3600 * docket_deadline_hours(docket_step_of(o.status, 'approved'),
                                                          o.channel)
        WHERE o.id = ANY (v_ids);
        UPDATE orders SET step_at = NULL, due_at = NULL WHERE id = ANY (v_ids) AND step = '';
    ELSE
        UPDATE orders o
        SET review_state = 'rejected', invalid_at = v_now, invalid_by = v_actor,
            invalid_reason = btrim(p_reason), updated_at = v_now, version = o.version + 1,
            step = '', step_at = NULL, due_at = NULL
        WHERE o.id = ANY (v_ids);
    END IF;
    RETURN v_count;
END
$$;

-- A new version of the review rules (ReviewStore::setRules): the JSON text
-- as the desk writes it (RuleSet::toJsonText), checked for its shape here
-- too. Returns the version; the change is in the security log.
CREATE FUNCTION docket_rules_set(p_rules text, p_note text) RETURNS bigint
LANGUAGE plpgsql SECURITY DEFINER AS $$
DECLARE
    r jsonb;
    k text;
    v_old text;
    v_version bigint;
BEGIN
    IF NOT docket_can('manage_rules') THEN
        PERFORM docket_refuse('changing the review rules needs "manage_rules"');
    END IF;
    BEGIN
        r := CAST(p_rules AS jsonb);
    EXCEPTION WHEN others THEN
        PERFORM docket_reject('the rule set is not JSON');
    END;
    IF r IS NULL OR jsonb_typeof(r) <> 'object' OR length(p_rules) > 100000
       OR length(COALESCE(p_note, '')) > 500 THEN
        PERFORM docket_reject('the rule set is not a JSON object, or it is too long');
    END IF;
    FOREACH k IN ARRAY ARRAY['amount', 'first_order', 'country_mismatch', 'velocity',
                             'blocklist', 'quantity', 'address'] LOOP
        IF jsonb_typeof(r->k) IS DISTINCT FROM 'object'
           OR jsonb_typeof(r->k->'on') IS DISTINCT FROM 'boolean' THEN
            PERFORM docket_reject(format('the rule %s is missing or damaged', k));
        END IF;
    END LOOP;
    IF jsonb_typeof(r->'amount'->'thresholds') IS DISTINCT FROM 'object'
       OR jsonb_typeof(r->'first_order'->'thresholds') IS DISTINCT FROM 'object'
       OR EXISTS (SELECT 1 FROM jsonb_each(r->'amount'->'thresholds') t
                  WHERE t.key !~ '^[A-Z]{3}$' OR (t.value #>> '{}') !~ '^[0-9]{1,15}$')
       OR EXISTS (SELECT 1 FROM jsonb_each(r->'first_order'->'thresholds') t
                  WHERE t.key !~ '^[A-Z]{3}$' OR (t.value #>> '{}') !~ '^[0-9]{1,15}$')
       OR jsonb_typeof(r->'velocity'->'orders') IS DISTINCT FROM 'number'
       OR jsonb_typeof(r->'velocity'->'minutes') IS DISTINCT FROM 'number'
       OR jsonb_typeof(r->'quantity'->'max') IS DISTINCT FROM 'number'
       OR CAST(r->'velocity'->>'orders' AS numeric) NOT BETWEEN 1 AND 100000
       OR CAST(r->'velocity'->>'minutes' AS numeric) NOT BETWEEN 1 AND 525600
       OR CAST(r->'quantity'->>'max' AS numeric) NOT BETWEEN 1 AND 1000000 THEN
        PERFORM docket_reject('a threshold or a limit of the rule set is damaged');
    END IF;
    LOCK TABLE review_rule_sets IN EXCLUSIVE MODE;
    SELECT s.version, s.rules INTO v_version, v_old
    FROM review_rule_sets s ORDER BY s.version DESC LIMIT 1;
    v_version := COALESCE(v_version, 0) + 1;
    INSERT INTO review_rule_sets(version, rules, changed_at, changed_by, note)
    VALUES (v_version, p_rules, docket_now(), docket_actor(), btrim(COALESCE(p_note, '')));
    INSERT INTO security_events(at, actor, kind, target, old_value, new_value, note)
    VALUES (docket_now(), docket_actor(), 'rules_changed', 'v' || v_version, COALESCE(v_old, ''),
            p_rules, btrim(COALESCE(p_note, '')));
    RETURN v_version;
END
$$;

-- ---- deadlines and jobs ----

-- Recomputes when every open order's step is due (FulfilmentStore::
-- refreshDeadlines), after the time limits changed.
CREATE FUNCTION docket_deadlines_refresh() RETURNS integer
LANGUAGE plpgsql SECURITY DEFINER AS $$
DECLARE
    v_count integer;
BEGIN
    IF NOT docket_can('change_settings') THEN
        PERFORM docket_refuse('changing deadlines needs "change_settings"');
    END IF;
    PERFORM docket_clear_context();
    UPDATE orders o SET due_at = o.step_at + 3600 * docket_deadline_hours(o.step, o.channel)
    WHERE o.step <> '' AND o.step_at IS NOT NULL
      AND o.due_at IS DISTINCT FROM o.step_at + 3600 * docket_deadline_hours(o.step, o.channel);
    GET DIAGNOSTICS v_count = ROW_COUNT;
    RETURN v_count;
END
$$;

-- The jobs (FulfilmentStore::runJobs): cancels the session's orders unpaid
-- past their limit when the shop turned that on, as the system. Returns how
-- many.
CREATE FUNCTION docket_jobs_run() RETURNS integer
LANGUAGE plpgsql SECURITY DEFINER AS $$
DECLARE
    s record;
    v_id bigint;
    v_count integer := 0;
    v_now bigint := docket_now();
BEGIN
    IF NOT docket_can('change_status') THEN
        PERFORM docket_refuse('running the jobs needs "change_status"');
    END IF;
    IF docket_setting('deadline.auto_cancel_unpaid') <> 'true' THEN
        RETURN 0;
    END IF;
    SELECT * INTO s FROM docket_session_scope();
    FOR v_id IN
        SELECT o.id FROM orders o
        WHERE o.step = 'payment' AND o.due_at < v_now AND o.status = 'pending'
          AND o.invalid_at IS NULL AND o.paid_cents = 0 AND o.refunded_cents = 0
          AND NOT EXISTS (SELECT 1 FROM payments p WHERE p.order_id = o.id
                                                     AND p.state IN ('pending', 'captured'))
          AND NOT EXISTS (SELECT 1 FROM shipments x WHERE x.order_id = o.id)
          AND docket_scope_holds(s.kind, s.me, s.channels, o.created_by, o.assigned_to,
                                 o.channel)
        ORDER BY o.id FOR UPDATE
    LOOP
        PERFORM docket_system_status(v_id, 'cancelled', 'deadline:payment');
        PERFORM docket_refresh_due(v_id);
        v_count := v_count + 1;
    END LOOP;
    RETURN v_count;
END
$$;

INSERT INTO docket_login_functions(name, pure) VALUES
    ('docket_settled_status', true), ('docket_step_of', true), ('docket_fields', true),
    ('docket_setting_default', true),
    ('docket_payment_add', false), ('docket_payment_set_state', false),
    ('docket_refund_add', false), ('docket_shipment_add', false),
    ('docket_shipments_add_many', false), ('docket_shipment_delivered', false),
    ('docket_tracking_add', false), ('docket_review_decide', false), ('docket_rules_set', false),
    ('docket_deadlines_refresh', false), ('docket_jobs_run', false);

SELECT docket_harden();
