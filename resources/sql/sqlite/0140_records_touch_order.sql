-- A change to an order's records is a change of the order (issue 16, audit
-- s34 B3): GET /api/v1/orders?updated_since=... (OrderFeed) finds what
-- changed by orders.updated_at, but a payment that did not change the
-- status (pending, failed, voided, a part payment), a refund that left it
-- as it was, a parcel of several, or a tracking event did not move it, so an
-- ERP/CRM that synchronised by it never saw them. Now every payment, refund,
-- parcel and tracking event moves its order's updated_at to the time it was
-- written (never back). The version is left alone: a carrier's tracking
-- event must not turn a clerk's open edit into a conflict.
-- The delivery of a parcel has no write time of its own here: on SQLite
-- FulfilmentStore::markDelivered moves updated_at itself (on PostgreSQL the
-- trigger reads docket_now()).

CREATE TRIGGER payments_touch_order_ai AFTER INSERT ON payments BEGIN
    UPDATE orders SET updated_at = new.updated_at
    WHERE id = new.order_id AND updated_at < new.updated_at;
END;

CREATE TRIGGER payments_touch_order_au AFTER UPDATE OF state ON payments BEGIN
    UPDATE orders SET updated_at = new.updated_at
    WHERE id = new.order_id AND updated_at < new.updated_at;
END;

CREATE TRIGGER refunds_touch_order_ai AFTER INSERT ON refunds BEGIN
    UPDATE orders SET updated_at = new.created_at
    WHERE id = new.order_id AND updated_at < new.created_at;
END;

CREATE TRIGGER shipments_touch_order_ai AFTER INSERT ON shipments BEGIN
    UPDATE orders SET updated_at = new.created_at
    WHERE id = new.order_id AND updated_at < new.created_at;
END;

CREATE TRIGGER tracking_events_touch_order_ai AFTER INSERT ON tracking_events BEGIN
    UPDATE orders SET updated_at = new.created_at
    WHERE id = new.order_id AND updated_at < new.created_at;
END;
