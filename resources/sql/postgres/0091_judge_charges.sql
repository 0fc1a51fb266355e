-- A change of an order's shipping or tax rate judges it again (issue 15).
--
-- The amount rules weigh the order's total, what the customer pays (lines,
-- shipping and tax: total_cents since 0078), so a change of the shipping or
-- of the tax rate judges the order again, as a change of its lines does.
-- (SQLite's judge read the lines' total until now; both read the order's
-- total now, and OrderStore::update judges the same changes again.)
-- docket_order_update of 0078 with that one change.
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
            o.ship_country, o.bill_country, o.currency, o.shipping_cents, o.tax_rate_bp)
           IS DISTINCT FROM
           (n.email, n.phone, n.ship_street, n.ship_city, n.ship_postcode, n.ship_region,
            n.ship_country, n.bill_country, n.currency, n.shipping_cents, n.tax_rate_bp);
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

SELECT docket_harden();
