-- Outbound webhooks for the fulfilment records (issue 16, item 6),
-- PostgreSQL dialect: as resources/sql/sqlite/0074. A new payment, refund or
-- shipment writes its event to the outbox in the same transaction as the
-- record (statement triggers, like orders_outbox_created), whichever way it
-- was recorded (docket_payment_add and the other checked functions, the
-- gateway's service account). The trigger functions are nothing a login can
-- call (docket_harden revokes them); they write as the schema owner.

-- One event of `p_kind` per element of `p_rows` (its payload: an object with
-- at least order_id and at), and a delivery per active subscription that
-- wants the kind.
CREATE FUNCTION docket_outbox_records(p_kind text, p_rows jsonb) RETURNS void
LANGUAGE plpgsql SECURITY DEFINER AS $$
DECLARE
    v_now bigint := docket_now();
BEGIN
    WITH ev AS (
        INSERT INTO outbox_events(event_id, kind, order_id, at, payload)
        SELECT replace(CAST(gen_random_uuid() AS text), '-', ''), p_kind,
               CAST(r->>'order_id' AS bigint), CAST(r->>'at' AS bigint),
               CAST(r - 'at' AS text)
        FROM jsonb_array_elements(p_rows) AS e(r)
        ORDER BY CAST(r->>'order_id' AS bigint)
        RETURNING id)
    INSERT INTO webhook_deliveries(subscription_id, event_id, next_attempt_at)
    SELECT s.id, ev.id, v_now
    FROM ev CROSS JOIN webhook_subscriptions s
    WHERE s.active = 1
      AND (s.events = '*' OR position(',' || p_kind || ',' IN ',' || s.events || ',') > 0);
END
$$;

CREATE FUNCTION docket_payments_outbox_trigger() RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER AS $$
BEGIN
    IF NOT EXISTS (SELECT 1 FROM webhook_subscriptions WHERE active = 1) THEN
        RETURN NULL;
    END IF;
    PERFORM docket_outbox_records('payment.created',
        (SELECT jsonb_agg(jsonb_build_object(
                    'payment_id', n.id, 'order_id', n.order_id, 'number', o.number,
                    'method', n.method, 'amount', docket_money_text(n.amount_cents),
                    'currency', n.currency, 'reference', n.reference, 'state', n.state,
                    'at', n.created_at) ORDER BY n.id)
         FROM new_rows n JOIN orders o ON o.id = n.order_id));
    RETURN NULL;
END
$$;
CREATE TRIGGER payments_outbox_created AFTER INSERT ON payments
    REFERENCING NEW TABLE AS new_rows
    FOR EACH STATEMENT EXECUTE FUNCTION docket_payments_outbox_trigger();

CREATE FUNCTION docket_refunds_outbox_trigger() RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER AS $$
BEGIN
    IF NOT EXISTS (SELECT 1 FROM webhook_subscriptions WHERE active = 1) THEN
        RETURN NULL;
    END IF;
    PERFORM docket_outbox_records('refund.created',
        (SELECT jsonb_agg(jsonb_build_object(
                    'refund_id', n.id, 'order_id', n.order_id, 'number', o.number,
                    'payment_id', n.payment_id, 'amount', docket_money_text(n.amount_cents),
                    'currency', n.currency, 'reason', n.reason,
                    'at', n.created_at) ORDER BY n.id)
         FROM new_rows n JOIN orders o ON o.id = n.order_id));
    RETURN NULL;
END
$$;
CREATE TRIGGER refunds_outbox_created AFTER INSERT ON refunds
    REFERENCING NEW TABLE AS new_rows
    FOR EACH STATEMENT EXECUTE FUNCTION docket_refunds_outbox_trigger();

CREATE FUNCTION docket_shipments_outbox_trigger() RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER AS $$
BEGIN
    IF NOT EXISTS (SELECT 1 FROM webhook_subscriptions WHERE active = 1) THEN
        RETURN NULL;
    END IF;
    PERFORM docket_outbox_records('shipment.created',
        (SELECT jsonb_agg(jsonb_build_object(
                    'shipment_id', n.id, 'order_id', n.order_id, 'number', o.number,
                    'carrier', n.carrier, 'tracking_number', n.tracking_number,
                    'shipped_at', to_char(to_timestamp(n.shipped_at) AT TIME ZONE 'UTC',
                                          'YYYY-MM-DD"T"HH24:MI:SS"Z"'),
                    'at', n.created_at) ORDER BY n.id)
         FROM new_rows n JOIN orders o ON o.id = n.order_id));
    RETURN NULL;
END
$$;
CREATE TRIGGER shipments_outbox_created AFTER INSERT ON shipments
    REFERENCING NEW TABLE AS new_rows
    FOR EACH STATEMENT EXECUTE FUNCTION docket_shipments_outbox_trigger();

SELECT docket_harden();
