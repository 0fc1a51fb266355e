-- docket_orders_create_many reads the deadline settings once per step and
-- channel in a call, not once per order (issue 16: PostgreSQL intake). An
-- intake group of 40 orders called docket_deadline_hours 40 times, each
-- reading two settings (docket_setting: 19,878 calls for 10,000 orders) and
-- splitting the overrides; the orders of a call share their channel and
-- step, so it is now read once. The function is 0098 otherwise, unchanged.

CREATE OR REPLACE FUNCTION docket_orders_create_many(p jsonb) RETURNS TABLE(id bigint, number text)
LANGUAGE plpgsql SECURITY DEFINER AS $$
DECLARE
    s record;
    c record;
    h jsonb;
    v_trusted boolean := docket_trusted();
    v_now bigint := docket_now();
    v_lines jsonb;
    v_status text;
    v_created_by text;
    v_created_at bigint;
    v_id bigint;
    v_number text;
    v_shipping bigint;
    v_rate integer;
    v_o orders;
    v_found jsonb;
    v_version bigint;
    v_state text;
    v_step text;
    -- What the loop gathers, in array order: the rows, their lines, and the
    -- verdicts of the pending ones.
    v_rows orders[] := '{}';
    v_line_sets jsonb[] := '{}';
    v_numbers text[] := '{}';
    v_judged bigint[] := '{}';
    v_findings jsonb[] := '{}';
    v_versions bigint[] := '{}';
    v_states text[] := '{}';
    -- The deadline of the last (step, channel): a group is mostly one of each.
    v_dl_step text;
    v_dl_channel text;
    v_dl_hours integer;
BEGIN
    IF NOT docket_can('create_orders') THEN
        PERFORM docket_refuse('creating orders needs "create_orders"');
    END IF;
    IF p IS NULL OR jsonb_typeof(p) <> 'array' THEN
        PERFORM docket_reject('the orders come as a JSON array');
    END IF;
    SELECT * INTO s FROM docket_session_scope();
    FOR h IN SELECT e.v FROM jsonb_array_elements(p) WITH ORDINALITY AS e(v, n) ORDER BY e.n LOOP
        IF jsonb_typeof(h) <> 'object' THEN
            PERFORM docket_reject('an order comes as a JSON object');
        END IF;
        v_lines := h->'lines';
        v_status := h->>'status';
        v_number := upper(btrim(COALESCE(h->>'number', '')));
        v_shipping := COALESCE(CAST(NULLIF(h->>'shipping_cents', '') AS bigint), 0);
        v_rate := COALESCE(CAST(NULLIF(h->>'tax_rate_bp', '') AS integer), 0);
        PERFORM docket_check_order(h, COALESCE(v_lines, '[]'::jsonb));
        PERFORM docket_check_charges(v_shipping, v_rate);
        -- A new order of a login starts as pending (or cancelled): paid and
        -- beyond come from records.
        IF NOT v_trusted AND v_status <> 'pending'
           AND NOT EXISTS (SELECT 1 FROM order_status_moves m
                           WHERE m.from_status = 'pending' AND m.to_status = v_status
                             AND m.by_hand) THEN
            PERFORM docket_reject(format('a new order starts as pending, not %L', v_status));
        END IF;
        v_created_by := CASE WHEN v_trusted
                             THEN COALESCE(NULLIF(h->>'created_by', ''), docket_actor())
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
        IF v_number = ANY (v_numbers) OR EXISTS (SELECT 1 FROM orders o WHERE o.number = v_number)
        THEN
            RAISE EXCEPTION 'An order with the number % already exists.', v_number
                USING ERRCODE = '23505';
        END IF;
        -- The order as it is about to be written: what the review rules read.
        v_o := NULL;
        v_o.id := v_id;
        v_o.number := v_number;
        v_o.customer_id := CASE WHEN v_trusted THEN CAST(NULLIF(h->>'customer_id', '') AS bigint)
                           END;
        v_o.customer_name := btrim(h->>'customer_name');
        v_o.email := btrim(COALESCE(h->>'email', ''));
        v_o.phone := btrim(COALESCE(h->>'phone', ''));
        v_o.ship_street := COALESCE(h->>'ship_street', '');
        v_o.ship_city := COALESCE(h->>'ship_city', '');
        v_o.ship_postcode := COALESCE(h->>'ship_postcode', '');
        v_o.ship_region := COALESCE(h->>'ship_region', '');
        v_o.ship_country := COALESCE(h->>'ship_country', '');
        v_o.channel := h->>'channel';
        v_o.status := v_status;
        v_o.currency := h->>'currency';
        v_o.total_cents := docket_order_total(docket_lines_total(v_lines), v_shipping, v_rate);
        v_o.note := COALESCE(h->>'note', '');
        v_o.created_at := v_created_at;
        v_o.updated_at := v_now;
        v_o.created_by := v_created_by;
        v_o.assigned_to := COALESCE(h->>'assigned_to', '');
        v_o.version := 1;
        v_o.bill_country := upper(btrim(COALESCE(h->>'bill_country', '')));
        -- A channel that reports the status (the intake of the gateway, a trusted
        -- session) keeps it: such an order does not follow records.
        v_o.records := CASE WHEN v_status = 'pending'
                                 AND NOT (v_trusted
                                          AND COALESCE(h->>'status_from_channel', '') = 'true')
                            THEN 1 ELSE 0 END;
        v_o.shipping_cents := v_shipping;
        v_o.tax_rate_bp := v_rate;
        -- Judged by the review rules (pending orders), with its deadline
        -- step: both written with the row (no UPDATE of the row just
        -- inserted). The orders before it in the array count as existing.
        v_state := '';
        v_version := NULL;
        IF v_status = 'pending' THEN
            SELECT f.findings, f.rules_version INTO v_found, v_version
            FROM docket_review_findings(v_o, COALESCE(v_lines, '[]'::jsonb), v_rows) f;
            v_state := CASE WHEN jsonb_array_length(v_found) = 0 THEN 'approved' ELSE 'waiting'
                       END;
            v_judged := v_judged || v_id;
            v_findings := v_findings || v_found;
            v_versions := v_versions || v_version;
            v_states := v_states || v_state;
        END IF;
        v_step := docket_step_of(v_status, v_state);
        v_o.review_state := v_state;
        v_o.rule_version := v_version;
        v_o.step := v_step;
        v_o.step_at := CASE WHEN v_step <> '' THEN v_now END;
        -- The deadline settings are read once per step and channel in a
        -- call, not once per order (the settings do not change meanwhile).
        IF v_step <> '' AND (v_dl_step IS DISTINCT FROM v_step
                             OR v_dl_channel IS DISTINCT FROM h->>'channel') THEN
            v_dl_step := v_step;
            v_dl_channel := h->>'channel';
            v_dl_hours := docket_deadline_hours(v_step, v_dl_channel);
        END IF;
        v_o.due_at := CASE WHEN v_step <> '' THEN v_now + 3600 * v_dl_hours END;
        v_rows := v_rows || v_o;
        v_line_sets := v_line_sets || v_lines;
        v_numbers := v_numbers || v_number;
    END LOOP;
    IF cardinality(v_rows) = 0 THEN
        RETURN;
    END IF;
    PERFORM docket_clear_context();
    -- One statement each: the orders (their created events, summaries,
    -- outbox: the statement triggers of orders, once) ...
    INSERT INTO orders(id, number, customer_id, customer_name, email, phone, ship_street,
                       ship_city, ship_postcode, ship_region, ship_country, channel, status,
                       currency, total_cents, note, created_at, updated_at, created_by,
                       assigned_to, version, bill_country, records, shipping_cents,
                       tax_rate_bp, review_state, rule_version, step, step_at, due_at)
    SELECT r.id, r.number, r.customer_id, r.customer_name, r.email, r.phone, r.ship_street,
           r.ship_city, r.ship_postcode, r.ship_region, r.ship_country, r.channel, r.status,
           r.currency, r.total_cents, r.note, r.created_at, r.updated_at, r.created_by,
           r.assigned_to, r.version, r.bill_country, r.records, r.shipping_cents,
           r.tax_rate_bp, r.review_state, r.rule_version, r.step, r.step_at, r.due_at
    FROM unnest(v_rows) WITH ORDINALITY AS r
    ORDER BY r.ordinality;
    -- ... their lines (stock and product summaries, once) ...
    PERFORM docket_write_lines_many(ARRAY(SELECT r.id FROM unnest(v_rows) WITH ORDINALITY AS r
                                          ORDER BY r.ordinality),
                                    v_line_sets);
    -- ... and what docket_order_judge writes besides the row: the findings
    -- and the review event, after the orders created event and lines.
    IF cardinality(v_judged) > 0 THEN
        INSERT INTO review_findings(order_id, seq, rule, detail)
        SELECT j.order_id, CAST(e.n AS integer), e.v->>'rule', CAST(e.v->'detail' AS text)
        FROM unnest(v_judged, v_findings) WITH ORDINALITY AS j(order_id, found, k)
        CROSS JOIN LATERAL jsonb_array_elements(j.found) WITH ORDINALITY AS e(v, n)
        ORDER BY j.k, e.n;
        SELECT * INTO c FROM docket_audit_context();
        IF c.audit THEN
            INSERT INTO order_events(order_id, at, actor, kind, field, old_value, new_value, note)
            SELECT j.order_id, c.at, 'system', 'review', 'review_state', '', j.state,
                   'rules:' || j.version
                   || COALESCE(' ' || (SELECT string_agg(e.v->>'rule', ',' ORDER BY e.n)
                                       FROM jsonb_array_elements(j.found)
                                            WITH ORDINALITY AS e(v, n)), '')
            FROM unnest(v_judged, v_findings, v_versions, v_states)
                 WITH ORDINALITY AS j(order_id, found, version, state, k)
            ORDER BY j.k;
        END IF;
    END IF;
    RETURN QUERY SELECT r.id, r.number FROM unnest(v_rows) WITH ORDINALITY AS r
                 ORDER BY r.ordinality;
END
$$;

SELECT docket_harden();
