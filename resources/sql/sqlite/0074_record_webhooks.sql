-- Outbound webhooks for the fulfilment records (issue 16, item 6): a new
-- payment, refund or shipment writes its event to the outbox in the same
-- transaction as the record, with one delivery per active subscription that
-- wants the kind, as orders_outbox_created does for a new order. Triggers,
-- so every way of recording them (the desk, docketctl, the gateway,
-- FulfilmentStore's jobs) emits them, from one place. Shipment lines are
-- written after their shipment: the event names the parcel, its lines are
-- read through GET /api/v1/orders/{number}/shipments.

CREATE TRIGGER payments_outbox_created AFTER INSERT ON payments
WHEN EXISTS (SELECT 1 FROM webhook_subscriptions WHERE active = 1)
BEGIN
    INSERT INTO outbox_events(event_id, kind, order_id, at, payload)
    SELECT lower(hex(randomblob(16))), 'payment.created', new.order_id, new.created_at,
           json_object('payment_id', new.id, 'order_id', new.order_id, 'number', o.number,
                       'method', new.method,
                       'amount', printf('%d.%02d', new.amount_cents / 100,
                                        new.amount_cents % 100),
                       'currency', new.currency, 'reference', new.reference,
                       'state', new.state)
    FROM orders o WHERE o.id = new.order_id;
    INSERT INTO webhook_deliveries(subscription_id, event_id, next_attempt_at)
    SELECT s.id, last_insert_rowid(), new.created_at FROM webhook_subscriptions s
    WHERE s.active = 1
      AND (s.events = '*' OR instr(',' || s.events || ',', ',payment.created,') > 0);
END;

CREATE TRIGGER refunds_outbox_created AFTER INSERT ON refunds
WHEN EXISTS (SELECT 1 FROM webhook_subscriptions WHERE active = 1)
BEGIN
    INSERT INTO outbox_events(event_id, kind, order_id, at, payload)
    SELECT lower(hex(randomblob(16))), 'refund.created', new.order_id, new.created_at,
           json_object('refund_id', new.id, 'order_id', new.order_id, 'number', o.number,
                       'payment_id', new.payment_id,
                       'amount', printf('%d.%02d', new.amount_cents / 100,
                                        new.amount_cents % 100),
                       'currency', new.currency, 'reason', new.reason)
    FROM orders o WHERE o.id = new.order_id;
    INSERT INTO webhook_deliveries(subscription_id, event_id, next_attempt_at)
    SELECT s.id, last_insert_rowid(), new.created_at FROM webhook_subscriptions s
    WHERE s.active = 1
      AND (s.events = '*' OR instr(',' || s.events || ',', ',refund.created,') > 0);
END;

CREATE TRIGGER shipments_outbox_created AFTER INSERT ON shipments
WHEN EXISTS (SELECT 1 FROM webhook_subscriptions WHERE active = 1)
BEGIN
    INSERT INTO outbox_events(event_id, kind, order_id, at, payload)
    SELECT lower(hex(randomblob(16))), 'shipment.created', new.order_id, new.created_at,
           json_object('shipment_id', new.id, 'order_id', new.order_id, 'number', o.number,
                       'carrier', new.carrier, 'tracking_number', new.tracking_number,
                       'shipped_at', strftime('%Y-%m-%dT%H:%M:%SZ', new.shipped_at, 'unixepoch'))
    FROM orders o WHERE o.id = new.order_id;
    INSERT INTO webhook_deliveries(subscription_id, event_id, next_attempt_at)
    SELECT s.id, last_insert_rowid(), new.created_at FROM webhook_subscriptions s
    WHERE s.active = 1
      AND (s.events = '*' OR instr(',' || s.events || ',', ',shipment.created,') > 0);
END;
