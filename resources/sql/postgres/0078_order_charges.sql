-- Shipping and tax on an order (issue 13 item 15), printed on the invoice;
-- the same columns as sqlite/0078_order_charges.sql.
-- shipping_cents: what shipping costs the customer, in the order's currency.
-- tax_rate_bp: one tax rate for the order in basis points (2000 = 20 %), on
-- the lines and shipping alike (TaxRate, models/domain/taxrate.h).
-- total_cents becomes what the customer pays: lines + shipping + tax, the tax
-- rounded to the cent half away from zero (round(numeric), as TaxRate::of).
-- Existing orders have neither, so their totals stay the lines' as before.
-- The checks are NOT VALID: every existing row holds the defaults, and a
-- large order book is not scanned to prove it.
ALTER TABLE orders ADD COLUMN shipping_cents bigint NOT NULL DEFAULT 0,
                   ADD COLUMN tax_rate_bp integer NOT NULL DEFAULT 0;
ALTER TABLE orders ADD CONSTRAINT orders_shipping_cents_check
    CHECK (shipping_cents >= 0) NOT VALID;
ALTER TABLE orders ADD CONSTRAINT orders_tax_rate_bp_check
    CHECK (tax_rate_bp BETWEEN 0 AND 10000) NOT VALID;

-- The checks of OrderStore::validate on the charges.
CREATE FUNCTION docket_check_charges(p_shipping bigint, p_rate integer) RETURNS void
LANGUAGE plpgsql AS $$
BEGIN
    IF p_shipping IS NULL OR p_shipping < 0 OR p_shipping > 100000000000 THEN
        PERFORM docket_reject(format('shipping of %s cents is not from 0 to 100000000000',
                                     p_shipping));
    END IF;
    IF p_rate IS NULL OR p_rate < 0 OR p_rate > 10000 THEN
        PERFORM docket_reject(format('a tax rate of %s basis points is not from 0 to 10000',
                                     p_rate));
    END IF;
END
$$;

-- What the customer pays (Order::grandTotal): lines + shipping + tax.
CREATE FUNCTION docket_order_total(p_lines bigint, p_shipping bigint, p_rate integer)
RETURNS bigint
LANGUAGE sql IMMUTABLE AS $$
    SELECT CAST(p_lines + p_shipping
                + round(CAST(p_lines + p_shipping AS numeric) * p_rate / 10000) AS bigint)
$$;

-- A rate as the trail writes it (TaxRate::toPlainString): "20", "5.5", "7.25".
CREATE FUNCTION docket_rate_text(p_rate integer) RETURNS text
LANGUAGE sql IMMUTABLE AS $$
    SELECT rtrim(rtrim(to_char(CAST(p_rate AS numeric) / 100, 'FM99990.00'), '0'), '.')
$$;

-- The trail of a change of the charges ("edited", as the other fields of
-- docket_orders_changed_trigger; the total's own event comes from there).
-- A row trigger with a column list and a WHEN: mass updates of other columns
-- (mark seen, status) never call it.
CREATE FUNCTION docket_orders_charges_changed_trigger() RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER AS $$
DECLARE
    ctx record;
BEGIN
    SELECT * INTO ctx FROM docket_audit_context();
    IF NOT ctx.audit THEN
        RETURN NULL;
    END IF;
    INSERT INTO order_events(order_id, at, actor, kind, field, old_value, new_value, note)
    SELECT NEW.id, ctx.at, ctx.actor, 'edited', f.field, f.a, f.b, ''
    FROM (VALUES (1, 'shipping_cents', docket_money_text(OLD.shipping_cents),
                  docket_money_text(NEW.shipping_cents)),
                 (2, 'tax_rate', docket_rate_text(OLD.tax_rate_bp),
                  docket_rate_text(NEW.tax_rate_bp))) AS f(seq, field, a, b)
    WHERE f.a IS DISTINCT FROM f.b
    ORDER BY f.seq;
    RETURN NULL;
END
$$;
CREATE TRIGGER orders_audit_charges AFTER UPDATE OF shipping_cents, tax_rate_bp ON orders
    FOR EACH ROW
    WHEN (OLD.shipping_cents IS DISTINCT FROM NEW.shipping_cents
          OR OLD.tax_rate_bp IS DISTINCT FROM NEW.tax_rate_bp)
    EXECUTE FUNCTION docket_orders_charges_changed_trigger();

-- ---- 0069's create and update, taking the charges (keys shipping_cents and
-- tax_rate_bp; absent on update: unchanged) ----

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
    v_shipping bigint := COALESCE(CAST(NULLIF(h->>'shipping_cents', '') AS bigint), 0);
    v_rate integer := COALESCE(CAST(NULLIF(h->>'tax_rate_bp', '') AS integer), 0);
BEGIN
    IF NOT docket_can('create_orders') THEN
        PERFORM docket_refuse('creating orders needs "create_orders"');
    END IF;
    SELECT * INTO s FROM docket_session_scope();
    PERFORM docket_check_order(h, COALESCE(v_lines, '[]'::jsonb));
    PERFORM docket_check_charges(v_shipping, v_rate);
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
                       assigned_to, version, bill_country, records, shipping_cents,
                       tax_rate_bp)
    VALUES (v_id, v_number,
            CASE WHEN v_trusted THEN CAST(NULLIF(h->>'customer_id', '') AS bigint) END,
            btrim(h->>'customer_name'), btrim(COALESCE(h->>'email', '')),
            btrim(COALESCE(h->>'phone', '')), COALESCE(h->>'ship_street', ''),
            COALESCE(h->>'ship_city', ''), COALESCE(h->>'ship_postcode', ''),
            COALESCE(h->>'ship_region', ''), COALESCE(h->>'ship_country', ''), h->>'channel',
            v_status, h->>'currency',
            docket_order_total(docket_lines_total(v_lines), v_shipping, v_rate),
            COALESCE(h->>'note', ''),
            v_created_at, v_now, v_created_by, COALESCE(h->>'assigned_to', ''), 1,
            upper(btrim(COALESCE(h->>'bill_country', ''))),
            -- A channel that reports the status (the gateway's intake, a
            -- trusted session) keeps it: such an order does not follow records.
            CASE WHEN v_status = 'pending'
                      AND NOT (v_trusted AND COALESCE(h->>'status_from_channel', '') = 'true')
                 THEN 1 ELSE 0 END,
            v_shipping, v_rate);
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
    n.shipping_cents := COALESCE(CAST(NULLIF(h->>'shipping_cents', '') AS bigint),
                                 o.shipping_cents);
    n.tax_rate_bp := COALESCE(CAST(NULLIF(h->>'tax_rate_bp', '') AS integer), o.tax_rate_bp);
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
            o.bill_country, o.shipping_cents, o.tax_rate_bp)
           IS DISTINCT FROM
           (n.customer_name, n.email, n.phone, n.ship_street, n.ship_city, n.ship_postcode,
            n.ship_region, n.ship_country, n.channel, n.currency, n.note, n.assigned_to,
            n.bill_country, n.shipping_cents, n.tax_rate_bp);
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
    IF (o.shipping_cents, o.tax_rate_bp) IS DISTINCT FROM (n.shipping_cents, n.tax_rate_bp)
       AND (o.paid_cents <> 0 OR o.refunded_cents <> 0
            OR EXISTS (SELECT 1 FROM shipments x WHERE x.order_id = p_id)) THEN
        RAISE EXCEPTION 'Order % has payments or shipments; its shipping and tax no longer change.',
            o.number USING ERRCODE = '23505';
    END IF;
    IF o.invalid_at IS NOT NULL THEN
        PERFORM docket_refuse('an order marked invalid is not edited; mark it valid first');
    END IF;
    PERFORM docket_check_order(to_jsonb(n), v_lines);
    PERFORM docket_check_charges(n.shipping_cents, n.tax_rate_bp);
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
        shipping_cents = n.shipping_cents, tax_rate_bp = n.tax_rate_bp,
        total_cents = docket_order_total(
            CAST((SELECT COALESCE(sum(l.quantity * l.unit_price_cents), 0)
                  FROM order_lines l WHERE l.order_id = p_id) AS bigint),
            n.shipping_cents, n.tax_rate_bp),
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

-- ---- 0009's archive and restore, keeping the charges (a snapshot from
-- before 0078 has none) ----

CREATE OR REPLACE FUNCTION docket_archive_orders(p_ids bigint[], p_at bigint, p_actor text) RETURNS void
LANGUAGE sql SECURITY DEFINER AS $$
    INSERT INTO order_archive(order_id, number, customer_name, total_cents, currency,
                              invalid_reason, deleted_at, deleted_by, snapshot)
    SELECT o.id, o.number, o.customer_name, o.total_cents, o.currency,
           COALESCE(o.invalid_reason, ''), p_at, p_actor,
           CAST(json_build_object(
               'order', json_build_object(
                   'id', o.id, 'number', o.number, 'customer_id', o.customer_id,
                   'customer_name', o.customer_name, 'email', o.email, 'phone', o.phone,
                   'ship_street', o.ship_street, 'ship_city', o.ship_city,
                   'ship_postcode', o.ship_postcode, 'ship_region', o.ship_region,
                   'ship_country', o.ship_country, 'channel', o.channel, 'status', o.status,
                   'currency', o.currency, 'total_cents', o.total_cents, 'note', o.note,
                   'created_at', o.created_at, 'updated_at', o.updated_at,
                   'created_by', o.created_by, 'assigned_to', o.assigned_to,
                   'seen_at', o.seen_at, 'seen_by', o.seen_by, 'invalid_at', o.invalid_at,
                   'invalid_by', o.invalid_by, 'invalid_reason', o.invalid_reason,
                   'version', o.version, 'shipping_cents', o.shipping_cents,
                   'tax_rate_bp', o.tax_rate_bp),
               'lines', COALESCE((SELECT json_agg(json_build_object(
                                      'line_no', l.line_no, 'product_id', l.product_id,
                                      'sku', l.sku, 'name', l.name, 'quantity', l.quantity,
                                      'unit_price_cents', l.unit_price_cents)
                                      ORDER BY l.line_no, l.id)
                                  FROM order_lines l WHERE l.order_id = o.id), '[]'::json),
               'events', COALESCE((SELECT json_agg(json_build_object(
                                       'at', e.at, 'actor', e.actor, 'kind', e.kind,
                                       'field', e.field, 'old_value', e.old_value,
                                       'new_value', e.new_value, 'note', e.note) ORDER BY e.id)
                                   FROM order_events e WHERE e.order_id = o.id), '[]'::json))
               AS text)
    FROM orders o WHERE o.id = ANY (p_ids)
    ORDER BY o.id
$$;


CREATE OR REPLACE FUNCTION docket_order_restore(p_archive bigint) RETURNS bigint
LANGUAGE plpgsql SECURITY DEFINER AS $$
DECLARE
    s record;
    a order_archive;
    o json;
    v_id bigint;
BEGIN
    IF NOT docket_can('restore_archived') THEN
        PERFORM docket_refuse('restoring orders needs "restore_archived"');
    END IF;
    SELECT * INTO s FROM docket_session_scope();
    SELECT * INTO a FROM order_archive WHERE id = p_archive FOR UPDATE;
    IF FOUND THEN
        o := CAST(a.snapshot AS json)->'order';
    END IF;
    IF NOT FOUND OR NOT docket_scope_holds(s.kind, s.me, s.channels, o->>'created_by',
                                           o->>'assigned_to', o->>'channel') THEN
        RAISE EXCEPTION 'There is no archived order with the id %.', p_archive
            USING ERRCODE = 'P0002';
    END IF;
    IF o IS NULL OR NULLIF(o->>'id', '') IS NULL THEN
        RAISE EXCEPTION 'The archived copy of % is damaged and cannot be restored.', a.number;
    END IF;
    IF EXISTS (SELECT 1 FROM orders x WHERE x.number = a.number) THEN
        RAISE EXCEPTION 'Order % cannot be restored: another order has that number now.',
            a.number USING ERRCODE = '23505';
    END IF;
    v_id := CAST(o->>'id' AS bigint);
    IF EXISTS (SELECT 1 FROM orders x WHERE x.id = v_id) THEN
        v_id := nextval('orders_id_seq');
    ELSE
        PERFORM setval('orders_id_seq', v_id) FROM orders_id_seq WHERE last_value < v_id;
    END IF;
    PERFORM docket_clear_context();
    PERFORM set_config('docket.restore', CAST(p_archive AS text), true);
    INSERT INTO orders(id, number, customer_id, customer_name, email, phone, ship_street,
                       ship_city, ship_postcode, ship_region, ship_country, channel, status,
                       currency, total_cents, note, created_at, updated_at, created_by,
                       assigned_to, seen_at, seen_by, invalid_at, invalid_by, invalid_reason,
                       version, shipping_cents, tax_rate_bp)
    VALUES (v_id, a.number,
            (SELECT c.id FROM customers c WHERE c.id = CAST(o->>'customer_id' AS bigint)),
            o->>'customer_name', COALESCE(o->>'email', ''), COALESCE(o->>'phone', ''),
            COALESCE(o->>'ship_street', ''), COALESCE(o->>'ship_city', ''),
            COALESCE(o->>'ship_postcode', ''), COALESCE(o->>'ship_region', ''),
            COALESCE(o->>'ship_country', ''), o->>'channel', o->>'status', o->>'currency',
            CAST(o->>'total_cents' AS bigint), COALESCE(o->>'note', ''),
            CAST(o->>'created_at' AS bigint), docket_now(), COALESCE(o->>'created_by', ''),
            COALESCE(o->>'assigned_to', ''), CAST(o->>'seen_at' AS bigint), o->>'seen_by',
            CAST(o->>'invalid_at' AS bigint), o->>'invalid_by', o->>'invalid_reason',
            CAST(o->>'version' AS bigint) + 1,
            COALESCE(CAST(o->>'shipping_cents' AS bigint), 0),
            COALESCE(CAST(o->>'tax_rate_bp' AS integer), 0));
    PERFORM docket_clear_context();
    INSERT INTO order_lines(order_id, line_no, product_id, sku, name, quantity, unit_price_cents)
    SELECT v_id, CAST(l->>'line_no' AS integer),
           (SELECT p.id FROM products p WHERE p.id = CAST(l->>'product_id' AS bigint)),
           l->>'sku', l->>'name', CAST(l->>'quantity' AS bigint),
           CAST(l->>'unit_price_cents' AS bigint)
    FROM json_array_elements(CAST(a.snapshot AS json)->'lines') AS x(l);
    DELETE FROM order_archive WHERE id = p_archive;
    RETURN v_id;
END
$$;


SELECT docket_harden();
