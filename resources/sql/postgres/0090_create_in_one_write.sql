-- Creating an order on PostgreSQL in one write of its row (issue 16: a
-- PostgreSQL import spent ~10 ms an order inside docket_order_create).
--
-- docket_order_create of 0078 inserted the order, wrote its lines, then
-- updated the row it had just inserted once or twice: docket_order_judge set
-- its review state (a pending order), docket_refresh_due its deadline step.
-- Each UPDATE of orders writes a new row version into every index of orders
-- whose key changed or that is not HOT-eligible, and fires the six
-- statement-level triggers on UPDATE (audit, guards, summaries, outbox,
-- stock), each reading its transition tables: ~2 ms apiece (README,
-- Performance). Now the review rules are asked before the INSERT, from the
-- order as it is about to be written and its lines as given, and the row is
-- inserted with its review state, rule version, step and deadline. What is
-- written is the same as before: the same findings, the same 'review' event
-- after the order's 'created' event, the same step and due time.
--
-- One rule, one place: the review rules themselves move out of
-- docket_order_judge into docket_review_findings, which the judge (an
-- edited order, judged again) and the create call alike.

CREATE OR REPLACE FUNCTION docket_review_findings(o orders, p_lines jsonb, OUT findings jsonb,
                                                  OUT rules_version bigint)
LANGUAGE plpgsql SECURITY DEFINER AS $$
-- The review rules of the newest rule set over one order. p_lines: the
-- order's lines as a JSON array (sku, quantity, in line order) when they are
-- not written yet; NULL reads them from order_lines.
DECLARE
    p_id bigint := o.id;
    r jsonb;
    v_known boolean := false;
    v_from bigint;
    v_count bigint;
    v_domain text;
    v_phone text;
    v_address text;
    v_missing jsonb := '[]'::jsonb;
    l record;
BEGIN
    findings := '[]'::jsonb;
    SELECT s.version, CAST(s.rules AS jsonb) INTO rules_version, r
    FROM review_rule_sets s ORDER BY s.version DESC LIMIT 1;
    r := COALESCE(r, '{}'::jsonb);
    rules_version := COALESCE(rules_version, 0);
    IF btrim(o.email) <> '' THEN
        v_known := EXISTS (SELECT 1 FROM orders x WHERE x.email = btrim(o.email) AND x.id <> p_id
                           AND (x.invalid_at IS NULL OR x.invalid_at IS NOT NULL));
    ELSIF btrim(o.phone) <> '' THEN
        v_known := EXISTS (SELECT 1 FROM orders x WHERE x.phone = btrim(o.phone) AND x.id <> p_id
                           AND (x.invalid_at IS NULL OR x.invalid_at IS NOT NULL));
    END IF;
    -- amount
    IF COALESCE(CAST(r->'amount'->>'on' AS boolean), false)
       AND (r->'amount'->'thresholds') ? o.currency
       AND o.total_cents > CAST(r->'amount'->'thresholds'->>o.currency AS bigint) THEN
        findings := findings || jsonb_build_array(jsonb_build_object(
            'rule', 'amount', 'detail', jsonb_build_object(
                'amount', o.total_cents::text,
                'threshold', r->'amount'->'thresholds'->>o.currency, 'currency', o.currency)));
    END IF;
    -- first order of a new customer
    IF COALESCE(CAST(r->'first_order'->>'on' AS boolean), false) AND NOT v_known
       AND (r->'first_order'->'thresholds') ? o.currency
       AND o.total_cents > CAST(r->'first_order'->'thresholds'->>o.currency AS bigint) THEN
        findings := findings || jsonb_build_array(jsonb_build_object(
            'rule', 'first_order', 'detail', jsonb_build_object(
                'amount', o.total_cents::text,
                'threshold', r->'first_order'->'thresholds'->>o.currency,
                'currency', o.currency)));
    END IF;
    -- shipping country differs from billing country
    IF COALESCE(CAST(r->'country_mismatch'->>'on' AS boolean), false)
       AND upper(btrim(o.ship_country)) <> '' AND upper(btrim(o.bill_country)) <> ''
       AND upper(btrim(o.ship_country)) <> upper(btrim(o.bill_country)) THEN
        findings := findings || jsonb_build_array(jsonb_build_object(
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
                              AND x.created_at BETWEEN v_from AND o.created_at AND x.id <> p_id
                              AND (x.invalid_at IS NULL OR x.invalid_at IS NOT NULL));
        END IF;
        IF btrim(o.email) <> '' AND v_count > CAST(r->'velocity'->>'orders' AS bigint) THEN
            findings := findings || jsonb_build_array(jsonb_build_object(
                'rule', 'velocity', 'detail', jsonb_build_object(
                    'by', btrim(o.email), 'count', v_count,
                    'max', CAST(r->'velocity'->>'orders' AS bigint),
                    'minutes', CAST(r->'velocity'->>'minutes' AS bigint))));
        ELSIF btrim(o.phone) <> '' THEN
            v_count := 1 + (SELECT count(*) FROM orders x
                            WHERE x.phone = btrim(o.phone)
                              AND x.created_at BETWEEN v_from AND o.created_at AND x.id <> p_id
                              AND (x.invalid_at IS NULL OR x.invalid_at IS NOT NULL));
            IF v_count > CAST(r->'velocity'->>'orders' AS bigint) THEN
                findings := findings || jsonb_build_array(jsonb_build_object(
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
            findings := findings || jsonb_build_array(jsonb_build_object(
                'rule', 'blocklist', 'detail', jsonb_build_object('what', 'email_domain',
                                                                  'value', v_domain)));
        ELSIF v_phone <> '' AND (r->'blocklist'->'phones') ? v_phone THEN
            findings := findings || jsonb_build_array(jsonb_build_object(
                'rule', 'blocklist', 'detail', jsonb_build_object('what', 'phone',
                                                                  'value', btrim(o.phone))));
        ELSIF v_address <> '' AND (r->'blocklist'->'addresses') ? v_address THEN
            findings := findings || jsonb_build_array(jsonb_build_object(
                'rule', 'blocklist', 'detail', jsonb_build_object(
                    'what', 'address',
                    'value', btrim(regexp_replace(btrim(o.ship_street), '\s+', ' ', 'g') || ', '
                                   || o.ship_postcode))));
        END IF;
    END IF;
    -- a line quantity above the limit
    IF COALESCE(CAST(r->'quantity'->>'on' AS boolean), false) THEN
        IF p_lines IS NULL THEN
            SELECT x.n, x.sku, x.quantity INTO l
            FROM (SELECT row_number() OVER (ORDER BY ol.line_no, ol.id) AS n, ol.sku, ol.quantity
                  FROM order_lines ol WHERE ol.order_id = p_id) x
            WHERE x.quantity > CAST(r->'quantity'->>'max' AS bigint)
            ORDER BY x.n LIMIT 1;
        ELSE
            -- The lines as docket_write_lines is about to write them (line_no
            -- is the position, sku trimmed).
            SELECT x.n, x.sku, x.quantity INTO l
            FROM (SELECT e.n, btrim(e.v->>'sku') AS sku, CAST(e.v->>'quantity' AS bigint) AS quantity
                  FROM jsonb_array_elements(p_lines) WITH ORDINALITY AS e(v, n)) x
            WHERE x.quantity > CAST(r->'quantity'->>'max' AS bigint)
            ORDER BY x.n LIMIT 1;
        END IF;
        IF FOUND THEN
            findings := findings || jsonb_build_array(jsonb_build_object(
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
            findings := findings || jsonb_build_array(jsonb_build_object(
                'rule', 'address', 'detail', jsonb_build_object('missing', v_missing)));
        END IF;
    END IF;

END
$$;

CREATE OR REPLACE FUNCTION docket_order_judge(p_id bigint, p_again boolean) RETURNS void
LANGUAGE plpgsql SECURITY DEFINER AS $$
DECLARE
    o orders;
    v_version bigint;
    v_found jsonb;
    v_state text;
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
    SELECT f.findings, f.rules_version INTO v_found, v_version FROM docket_review_findings(o, NULL) f;
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
    v_o orders;
    v_found jsonb := '[]'::jsonb;
    v_version bigint;
    v_state text := '';
    v_step text;
    v_rules text;
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
    -- The order as it is about to be written: what the review rules read.
    v_o.id := v_id;
    v_o.email := btrim(COALESCE(h->>'email', ''));
    v_o.phone := btrim(COALESCE(h->>'phone', ''));
    v_o.ship_street := COALESCE(h->>'ship_street', '');
    v_o.ship_city := COALESCE(h->>'ship_city', '');
    v_o.ship_postcode := COALESCE(h->>'ship_postcode', '');
    v_o.ship_country := COALESCE(h->>'ship_country', '');
    v_o.bill_country := upper(btrim(COALESCE(h->>'bill_country', '')));
    v_o.currency := h->>'currency';
    v_o.total_cents := docket_order_total(docket_lines_total(v_lines), v_shipping, v_rate);
    v_o.created_at := v_created_at;
    -- Judged by the review rules (pending orders), with its deadline step:
    -- both written with the row (no UPDATE of the row just inserted).
    IF v_status = 'pending' THEN
        SELECT f.findings, f.rules_version INTO v_found, v_version
        FROM docket_review_findings(v_o, COALESCE(v_lines, '[]'::jsonb)) f;
        v_state := CASE WHEN jsonb_array_length(v_found) = 0 THEN 'approved' ELSE 'waiting' END;
    END IF;
    v_step := docket_step_of(v_status, v_state);
    PERFORM docket_clear_context();
    INSERT INTO orders(id, number, customer_id, customer_name, email, phone, ship_street,
                       ship_city, ship_postcode, ship_region, ship_country, channel, status,
                       currency, total_cents, note, created_at, updated_at, created_by,
                       assigned_to, version, bill_country, records, shipping_cents,
                       tax_rate_bp, review_state, rule_version, step, step_at, due_at)
    VALUES (v_id, v_number,
            CASE WHEN v_trusted THEN CAST(NULLIF(h->>'customer_id', '') AS bigint) END,
            btrim(h->>'customer_name'), v_o.email, v_o.phone, v_o.ship_street, v_o.ship_city,
            v_o.ship_postcode, COALESCE(h->>'ship_region', ''), v_o.ship_country, h->>'channel',
            v_status, v_o.currency, v_o.total_cents, COALESCE(h->>'note', ''),
            v_created_at, v_now, v_created_by, COALESCE(h->>'assigned_to', ''), 1,
            v_o.bill_country,
            -- A channel that reports the status (the gateway's intake, a
            -- trusted session) keeps it: such an order does not follow records.
            CASE WHEN v_status = 'pending'
                      AND NOT (v_trusted AND COALESCE(h->>'status_from_channel', '') = 'true')
                 THEN 1 ELSE 0 END,
            v_shipping, v_rate, v_state, v_version, v_step,
            CASE WHEN v_step <> '' THEN v_now END,
            CASE WHEN v_step <> '' THEN v_now + 3600 * docket_deadline_hours(v_step, h->>'channel')
            END);
    PERFORM docket_write_lines(v_id, v_lines);
    -- What docket_order_judge writes besides the row: the findings and the
    -- 'review' event, after the order's 'created' event and its lines.
    IF v_status = 'pending' THEN
        INSERT INTO review_findings(order_id, seq, rule, detail)
        SELECT v_id, CAST(e.n AS integer), e.v->>'rule', CAST(e.v->'detail' AS text)
        FROM jsonb_array_elements(v_found) WITH ORDINALITY AS e(v, n);
        SELECT string_agg(e.v->>'rule', ',' ORDER BY e.n) INTO v_rules
        FROM jsonb_array_elements(v_found) WITH ORDINALITY AS e(v, n);
        PERFORM docket_add_event(v_id, 'system', 'review', 'review_state', '', v_state,
                                 'rules:' || v_version || COALESCE(' ' || v_rules, ''));
    END IF;
    RETURN v_id;
END
$$;

SELECT docket_harden();
