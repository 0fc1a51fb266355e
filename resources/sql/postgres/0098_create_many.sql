-- Creating many orders in one call (issue 16: a PostgreSQL import of 1,000
-- orders took ~10 s, ~5 ms of it per order inside docket_order_create).
--
-- Most of an order's cost was not its own: every INSERT of orders fires the
-- statement-level triggers of orders (created event, sales summaries,
-- guards, outbox, list version, notify), every INSERT of its lines those of
-- order_lines (stock sync, product summaries), every INSERT of its review
-- findings their reference check; each reads its transition table and
-- upserts summaries once per statement, whether it holds one row or a
-- thousand (pg_stat_statements of a 1,000-order import: the order's INSERT
-- 1.3 ms, its lines 2.1 ms, its findings 1.1 ms).
--
-- docket_orders_create_many(p jsonb) takes an array of orders (each as
-- docket_order_create's `h`), checks and judges them one by one in array
-- order exactly as before, then writes them with one INSERT of orders, one
-- of order_lines, one of review_findings and one of 'review' events, and
-- returns (id, number) per order in array order. docket_order_create is now
-- this function with an array of one: one rule, one place.
--
-- What the review rules see does not change: an order of the array is
-- judged with the orders before it in the same array counted as existing
-- (their email or phone is known, they count for velocity), as if each had
-- been created by its own call. docket_review_findings takes them as
-- p_earlier (the two-argument form, for an edited order, passes none).
--
-- Everything is written in the caller's transaction: when one order is
-- refused, the call writes nothing (the caller finds which, see OrderImport).

-- The rules, with the orders not yet written that count as existing.
CREATE FUNCTION docket_review_findings(o orders, p_lines jsonb, p_earlier orders[],
                                       OUT findings jsonb, OUT rules_version bigint)
LANGUAGE plpgsql SECURITY DEFINER AS $$
-- The review rules of the newest rule set over one order. p_lines: the
-- order's lines as a JSON array (sku, quantity, in line order) when they are
-- not written yet; NULL reads them from order_lines. p_earlier: orders of
-- the same batch, created before this one and not yet written (NULL: none).
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
    v_earlier boolean := COALESCE(cardinality(p_earlier), 0) > 0;
    l record;
BEGIN
    findings := '[]'::jsonb;
    SELECT s.version, CAST(s.rules AS jsonb) INTO rules_version, r
    FROM review_rule_sets s ORDER BY s.version DESC LIMIT 1;
    r := COALESCE(r, '{}'::jsonb);
    rules_version := COALESCE(rules_version, 0);
    IF btrim(o.email) <> '' THEN
        v_known := EXISTS (SELECT 1 FROM orders x WHERE x.email = btrim(o.email) AND x.id <> p_id
                           AND (x.invalid_at IS NULL OR x.invalid_at IS NOT NULL))
                   OR (v_earlier AND EXISTS (SELECT 1 FROM unnest(p_earlier) x
                                             WHERE x.email = btrim(o.email)));
    ELSIF btrim(o.phone) <> '' THEN
        v_known := EXISTS (SELECT 1 FROM orders x WHERE x.phone = btrim(o.phone) AND x.id <> p_id
                           AND (x.invalid_at IS NULL OR x.invalid_at IS NOT NULL))
                   OR (v_earlier AND EXISTS (SELECT 1 FROM unnest(p_earlier) x
                                             WHERE x.phone = btrim(o.phone)));
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
                              AND (x.invalid_at IS NULL OR x.invalid_at IS NOT NULL))
                         + CASE WHEN v_earlier
                                THEN (SELECT count(*) FROM unnest(p_earlier) x
                                      WHERE x.email = btrim(o.email)
                                        AND x.created_at BETWEEN v_from AND o.created_at)
                                ELSE 0 END;
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
                              AND (x.invalid_at IS NULL OR x.invalid_at IS NOT NULL))
                         + CASE WHEN v_earlier
                                THEN (SELECT count(*) FROM unnest(p_earlier) x
                                      WHERE x.phone = btrim(o.phone)
                                        AND x.created_at BETWEEN v_from AND o.created_at)
                                ELSE 0 END;
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

-- The form docket_order_judge calls (an edited order: nothing before it).
CREATE OR REPLACE FUNCTION docket_review_findings(o orders, p_lines jsonb, OUT findings jsonb,
                                                  OUT rules_version bigint)
LANGUAGE sql SECURITY DEFINER AS $$
    SELECT f.findings, f.rules_version FROM docket_review_findings(o, p_lines, NULL::orders[]) f
$$;

-- Many orders' lines in one statement: p_orders[i]'s lines are p_lines[i]
-- (JSON as docket_check_order reads them, in line order), linked to the
-- catalogue by product id or else by SKU, as OrderStore::writeLines.
CREATE FUNCTION docket_write_lines_many(p_orders bigint[], p_lines jsonb[]) RETURNS void
LANGUAGE plpgsql SECURITY DEFINER AS $$
-- plpgsql, not sql: its statement's plan is kept from call to call.
BEGIN
    INSERT INTO order_lines(order_id, line_no, product_id, sku, name, quantity, unit_price_cents)
    SELECT x.order_id, e.n,
           COALESCE((SELECT p.id FROM products p
                     WHERE p.id = CAST(NULLIF(e.v->>'product_id', '') AS bigint)),
                    (SELECT p.id FROM products p WHERE p.sku = btrim(e.v->>'sku'))),
           btrim(e.v->>'sku'), btrim(e.v->>'name'), CAST(e.v->>'quantity' AS bigint),
           CAST(e.v->>'unit_price_cents' AS bigint)
    FROM unnest(p_orders, p_lines) WITH ORDINALITY AS x(order_id, lines, k)
    CROSS JOIN LATERAL jsonb_array_elements(x.lines) WITH ORDINALITY AS e(v, n)
    ORDER BY x.k, e.n;
END
$$;

-- One order's lines: the same statement.
CREATE OR REPLACE FUNCTION docket_write_lines(p_order bigint, lines jsonb) RETURNS void
LANGUAGE plpgsql SECURITY DEFINER AS $$
BEGIN
    PERFORM docket_write_lines_many(ARRAY[p_order], ARRAY[lines]);
END
$$;

CREATE FUNCTION docket_orders_create_many(p jsonb) RETURNS TABLE(id bigint, number text)
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
        -- A login's new order starts as pending (or cancelled): paid and
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
        -- A channel that reports the status (the gateway's intake, a trusted
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
        v_o.due_at := CASE WHEN v_step <> ''
                           THEN v_now + 3600 * docket_deadline_hours(v_step, h->>'channel') END;
        v_rows := v_rows || v_o;
        v_line_sets := v_line_sets || v_lines;
        v_numbers := v_numbers || v_number;
    END LOOP;
    IF cardinality(v_rows) = 0 THEN
        RETURN;
    END IF;
    PERFORM docket_clear_context();
    -- One statement each: the orders (their 'created' events, summaries,
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
    -- and the 'review' event, after the order's 'created' event and lines.
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

-- One order: the same function with an array of one.
CREATE OR REPLACE FUNCTION docket_order_create(h jsonb) RETURNS bigint
LANGUAGE plpgsql SECURITY DEFINER AS $$
DECLARE
    v_id bigint;
BEGIN
    SELECT c.id INTO v_id FROM docket_orders_create_many(jsonb_build_array(h)) c;
    RETURN v_id;
END
$$;

INSERT INTO docket_login_functions(name) VALUES ('docket_orders_create_many');

SELECT docket_harden();
