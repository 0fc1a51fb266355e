-- return.created goes to the outbox (issue 16 item 6). A webhook
-- subscription could ask for return.created since 0074, but nothing wrote
-- it: a new return now writes its event in the same transaction as the
-- return, with one delivery per active subscription that wants the kind, as
-- payments, refunds and shipments do (0074). The return's lines are written
-- after it: the event names the return, its order, reason and state.

CREATE TRIGGER returns_outbox_created AFTER INSERT ON returns
WHEN EXISTS (SELECT 1 FROM webhook_subscriptions WHERE active = 1)
BEGIN
    INSERT INTO outbox_events(event_id, kind, order_id, at, payload)
    SELECT lower(hex(randomblob(16))), 'return.created', new.order_id, new.created_at,
           json_object('return_id', new.id, 'order_id', new.order_id, 'number', o.number,
                       'reason', new.reason, 'state', new.state, 'note', new.note,
                       'created_at', strftime('%Y-%m-%dT%H:%M:%SZ', new.created_at, 'unixepoch'))
    FROM orders o WHERE o.id = new.order_id;
    INSERT INTO webhook_deliveries(subscription_id, event_id, next_attempt_at)
    SELECT s.id, last_insert_rowid(), new.created_at FROM webhook_subscriptions s
    WHERE s.active = 1
      AND (s.events = '*' OR instr(',' || s.events || ',', ',return.created,') > 0);
END;
