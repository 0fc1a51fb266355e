-- A return closed with a refund pays that refund back (issue 17): refunds
-- name the return they pay (return_id), and docket_return_close performs the
-- refund itself, in its own transaction, from the order's newest captured
-- payments (each for what is left on it, through docket_refund_add, which
-- checks the right to refund, the scope and the amounts and writes the
-- trail). A refund return cannot be closed without refund rows of its own
-- that add up to its amount: the trigger below refuses any path that tries.
-- Refunds made by the previous release for a return name it only in their
-- reason ("Return N" or "Return N: note", also in zh_CN and zh_TW): those
-- are linked on the upgrade.

ALTER TABLE refunds ADD COLUMN return_id BIGINT REFERENCES returns(id);
CREATE INDEX refunds_return ON refunds(return_id) WHERE return_id IS NOT NULL;

UPDATE refunds f SET return_id = r.id
FROM returns r
WHERE f.return_id IS NULL AND r.order_id = f.order_id AND r.state = 'closed'
  AND r.resolution = 'refund'
  AND (f.reason IN ('Return ' || r.id, '退货 ' || r.id, '退貨 ' || r.id)
       OR starts_with(f.reason, 'Return ' || r.id || ': ')
       OR starts_with(f.reason, '退货 ' || r.id || '：')
       OR starts_with(f.reason, '退貨 ' || r.id || '：'));

-- No refund return closes without its refunds (whoever writes the row).
CREATE FUNCTION docket_return_refund_check() RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER AS $$
BEGIN
    IF NEW.state = 'closed' AND OLD.state IS DISTINCT FROM 'closed'
       AND NEW.resolution = 'refund'
       AND NEW.refund_cents IS DISTINCT FROM
           (SELECT COALESCE(sum(f.amount_cents), 0) FROM refunds f
            WHERE f.return_id = NEW.id AND f.order_id = NEW.order_id) THEN
        RAISE EXCEPTION 'Return % closes with a refund of % only when its refunds pay that back.',
            NEW.id, docket_money_text(NEW.refund_cents) USING ERRCODE = 'P0001';
    END IF;
    RETURN NEW;
END
$$;
CREATE TRIGGER returns_refund_paid BEFORE UPDATE OF state ON returns
    FOR EACH ROW EXECUTE FUNCTION docket_return_refund_check();

CREATE OR REPLACE FUNCTION docket_return_close(p_id bigint, p_version bigint, p_resolution text,
                                               p_note text, p_refund_cents bigint,
                                               p_exchange_order bigint)
RETURNS void
LANGUAGE plpgsql SECURITY DEFINER AS $$
DECLARE
    c record;
    r returns;
    x orders;
    o orders;
    p payments;
    v_value bigint;
    v_left bigint;
    v_take bigint;
    v_refund bigint;
    v_reason text;
BEGIN
    IF p_resolution IS NULL OR p_resolution NOT IN ('refund', 'exchange', 'repair') THEN
        PERFORM docket_stock_reject(format('%L is not a resolution', p_resolution));
    END IF;
    IF length(COALESCE(p_note, '')) > 2000
       OR (p_resolution = 'repair' AND btrim(COALESCE(p_note, '')) = '') THEN
        PERFORM docket_stock_reject('a repair needs a note of at most 2,000 characters');
    END IF;
    r := docket_return_for_change(p_id, p_version, 'received');
    IF p_resolution = 'refund' THEN
        IF NOT docket_can('refund') THEN
            PERFORM docket_refuse('closing a return with a refund needs "refund"');
        END IF;
        SELECT COALESCE(SUM(rl.quantity * (SELECT MAX(ol.unit_price_cents) FROM order_lines ol
                                           WHERE ol.order_id = r.order_id
                                             AND upper(ol.sku) = rl.sku)), 0)
        INTO v_value FROM return_lines rl WHERE rl.return_id = p_id;
        IF p_refund_cents IS NULL OR p_refund_cents < 1 OR p_refund_cents > v_value THEN
            PERFORM docket_stock_reject('the refund is out of range');
        END IF;
    ELSIF COALESCE(p_refund_cents, 0) <> 0 THEN
        PERFORM docket_stock_reject('only a refund gives money back');
    END IF;
    IF p_resolution = 'exchange' THEN
        IF p_exchange_order IS NULL OR p_exchange_order = r.order_id THEN
            PERFORM docket_stock_reject('an exchange needs its replacement order');
        END IF;
        x := docket_return_order(p_exchange_order);
        IF EXISTS (SELECT 1 FROM returns WHERE exchange_order_id = p_exchange_order) THEN
            PERFORM docket_conflict('that order replaces another return already');
        END IF;
    ELSIF COALESCE(p_exchange_order, 0) <> 0 THEN
        PERFORM docket_stock_reject('only an exchange links a replacement order');
    END IF;
    SELECT * INTO c FROM docket_audit_context();
    IF p_resolution = 'refund' THEN
        -- The money goes back here, from the newest captured payments, each
        -- for what is left on it; all of it or nothing.
        SELECT * INTO o FROM orders WHERE id = r.order_id;
        v_reason := 'Return ' || p_id
                    || CASE WHEN btrim(COALESCE(p_note, '')) = '' THEN ''
                            ELSE ': ' || btrim(p_note) END;
        v_left := p_refund_cents;
        FOR p IN SELECT * FROM payments
                 WHERE order_id = r.order_id AND state = 'captured'
                   AND amount_cents > refunded_cents
                 ORDER BY id DESC LOOP
            EXIT WHEN v_left <= 0;
            v_take := LEAST(v_left, p.amount_cents - p.refunded_cents);
            v_refund := docket_refund_add(r.order_id, p.id, v_take, o.currency, v_reason, NULL);
            UPDATE refunds SET return_id = p_id WHERE id = v_refund;
            v_left := v_left - v_take;
        END LOOP;
        IF v_left > 0 THEN
            PERFORM docket_stock_reject(
                format('order %s''s payments can give back only %s of the %s to refund',
                       o.number, docket_money_text(p_refund_cents - v_left),
                       docket_money_text(p_refund_cents)));
        END IF;
    END IF;
    UPDATE returns SET state = 'closed', resolution = p_resolution,
                       resolution_note = btrim(COALESCE(p_note, '')),
                       refund_cents = COALESCE(p_refund_cents, 0),
                       exchange_order_id = CASE WHEN p_resolution = 'exchange'
                                                THEN p_exchange_order END,
                       updated_at = c.at, updated_by = c.actor, deadline_at = NULL,
                       version = version + 1
    WHERE id = p_id;
    INSERT INTO order_events(order_id, at, actor, kind, field, old_value, new_value, note)
    VALUES (r.order_id, c.at, c.actor, 'return', 'return', 'received', 'closed',
            btrim(format('#%s %s %s', p_id, p_resolution, btrim(COALESCE(p_note, '')))));
    IF p_resolution = 'exchange' THEN
        INSERT INTO order_events(order_id, at, actor, kind, field, old_value, new_value, note)
        SELECT p_exchange_order, c.at, c.actor, 'return', 'return', '', 'exchange',
               format('#%s %s', p_id, o2.number)
        FROM orders o2 WHERE o2.id = r.order_id;
    END IF;
END
$$;

SELECT docket_harden();
