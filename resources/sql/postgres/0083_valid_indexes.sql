-- Batches on PostgreSQL, third pass (issue 18 item 1): fewer index entries
-- per invalidated order.
--
-- Marking an order invalid changes invalid_at (in the predicates of the
-- partial list indexes) and updated_at (indexed for the gateway's feed), so
-- it is never a HOT update: the new row version gets an entry in every index
-- of orders whose predicate it satisfies. An index whose predicate is
-- `invalid_at IS NULL` gets none. What an entry costs depends on where it
-- lands: indexes led by the creation time, the id, the update time or a
-- column of a handful of values (status, channel, user) take a batch's
-- entries on a few leaf pages that stay in memory; indexes on a value spread
-- over the whole table (the amount, the customer's name, email and phone)
-- take each entry on another leaf page, read and written back for it. At
-- 1,000,000 orders one chunk of 5,000 invalidations read ~27,000 pages and
-- dirtied ~25,000, almost all of them leaves of those indexes (docs/scaling.md).
--
-- So those seven become valid-only (the list's valid view, which every query
-- of the desk, the gateway and analytics names with `invalid_at IS NULL`,
-- uses them as before), and the few invalid orders are found by small
-- invalid-only twins that a batch keeps on a few pages:
--
--   * orders_total, orders_customer: dropped. Their valid-only twins of 0006
--     (orders_valid_total, orders_valid_customer) serve the valid view; the
--     customer's name across both (the customer card) by
--     orders_valid_customer + orders_invalid_customer.
--   * orders_email_ci, orders_phone_digits (0063, the customer card) and
--     orders_email_at, orders_phone_at (0072, the review rules): each split
--     into a valid-only and an invalid-only index on the same expression.
--     A query across both says `(invalid_at IS NULL OR invalid_at IS NOT
--     NULL)`, and PostgreSQL ORs the two (a BitmapOr); OrderStore does so for
--     the customer's orders, the review facts and docket_order_judge below.
--
--   * orders_search, the trigram index of the keyword search (a few dozen
--     entries per order, each on another page): split the same way. The
--     keyword search across both halves (the "all" view) names both.
--
-- Kept whole: orders_customer_id (the foreign key to customers is checked
-- through it; measured, it costs little), and the indexes led by time, id,
-- number or a short list of values.
--
-- The list's "all orders" view sorted by amount or customer reads the table
-- (no index holds both halves in that order); sorted by creation time, the
-- default, it still has orders_created.

CREATE INDEX orders_invalid_customer ON orders (customer_name, id) WHERE invalid_at IS NOT NULL;

CREATE INDEX orders_valid_email_ci ON orders (lower(email)) WHERE invalid_at IS NULL;
CREATE INDEX orders_invalid_email_ci ON orders (lower(email)) WHERE invalid_at IS NOT NULL;
CREATE INDEX orders_valid_phone_digits ON orders (
    replace(replace(replace(replace(replace(replace(phone, ' ', ''), '-', ''), '(', ''), ')', ''),
            '.', ''), '/', '')) WHERE invalid_at IS NULL;
CREATE INDEX orders_invalid_phone_digits ON orders (
    replace(replace(replace(replace(replace(replace(phone, ' ', ''), '-', ''), '(', ''), ')', ''),
            '.', ''), '/', '')) WHERE invalid_at IS NOT NULL;
CREATE INDEX orders_valid_email_at ON orders (email, created_at) WHERE invalid_at IS NULL;
CREATE INDEX orders_invalid_email_at ON orders (email, created_at) WHERE invalid_at IS NOT NULL;
CREATE INDEX orders_valid_phone_at ON orders (phone, created_at) WHERE invalid_at IS NULL;
CREATE INDEX orders_invalid_phone_at ON orders (phone, created_at) WHERE invalid_at IS NOT NULL;

CREATE INDEX orders_valid_search ON orders USING gin (search_text gin_trgm_ops)
    WHERE invalid_at IS NULL;
CREATE INDEX orders_invalid_search ON orders USING gin (search_text gin_trgm_ops)
    WHERE invalid_at IS NOT NULL;

DROP INDEX orders_total;
DROP INDEX orders_customer;
DROP INDEX orders_email_ci;
DROP INDEX orders_phone_digits;
DROP INDEX orders_email_at;
DROP INDEX orders_phone_at;
DROP INDEX orders_search;

-- The review judge of 0069, unchanged but for its four questions by email
-- and phone (is this a known customer, how many orders lately), which span
-- valid and invalid orders: they now say so, so that the valid-only and
-- invalid-only indexes above answer them together.
CREATE OR REPLACE FUNCTION docket_order_judge(p_id bigint, p_again boolean) RETURNS void
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
                              AND x.created_at BETWEEN v_from AND o.created_at AND x.id <> p_id
                              AND (x.invalid_at IS NULL OR x.invalid_at IS NOT NULL));
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
                              AND x.created_at BETWEEN v_from AND o.created_at AND x.id <> p_id
                              AND (x.invalid_at IS NULL OR x.invalid_at IS NOT NULL));
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

-- Deleting invalid orders (to the archive): their lines and their trail go
-- first, each with one statement, before the orders. The cascades of the
-- orders' delete (a statement per order and table) then find nothing to
-- delete; before, they deleted 5,000 orders' lines and events one order at a
-- time. The triggers of order_lines stand aside as they did for the cascade
-- (docket.archived: invalid orders count in no summary of lines, and the
-- archive holds the order whole), and the archive is written first, from the
-- rows still there. What the other tables' foreign keys check is unchanged.
CREATE OR REPLACE FUNCTION docket_orders_delete_invalid(p_ids bigint[]) RETURNS integer
LANGUAGE plpgsql SECURITY DEFINER SET jit = off AS $$
DECLARE
    s record;
    c record;
    v_ids bigint[];
    v_count integer;
BEGIN
    IF NOT docket_can('delete_invalid') THEN
        PERFORM docket_refuse('only orders marked invalid are deleted, with "delete_invalid"');
    END IF;
    SELECT * INTO s FROM docket_session_scope();
    SELECT * INTO c FROM docket_audit_context();
    PERFORM docket_clear_context();
    v_ids := ARRAY(SELECT o.id FROM orders o
                   WHERE o.id = ANY (p_ids) AND o.invalid_at IS NOT NULL
                     AND docket_scope_holds(s.kind, s.me, s.channels, o.created_by,
                                            o.assigned_to, o.channel)
                   ORDER BY o.id FOR UPDATE);
    IF c.audit THEN
        PERFORM docket_archive_orders(v_ids, c.at, c.actor);
    END IF;
    -- The per-row archive trigger and the lines' triggers stand aside for
    -- this transaction's deletes.
    PERFORM set_config('docket.archived', txid_current()::text, true);
    DELETE FROM order_lines l WHERE l.order_id = ANY (v_ids);
    DELETE FROM order_events e WHERE e.order_id = ANY (v_ids);
    DELETE FROM orders o WHERE o.id = ANY (v_ids);
    GET DIAGNOSTICS v_count = ROW_COUNT;
    PERFORM set_config('docket.archived', '', true);
    RETURN v_count;
END
$$;

SELECT docket_harden();
