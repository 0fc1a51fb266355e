-- A change to an order's records is a change of the order (issue 16, audit
-- s34 B3): GET /api/v1/orders?updated_since=... (OrderFeed) finds what
-- changed by orders.updated_at, but a payment that did not change the
-- status (pending, failed, voided, a part payment), a refund that left it
-- as it was, a parcel of several, its delivery, or a tracking event did not
-- move it, so an ERP/CRM that synchronised by it never saw them. Now every
-- payment, refund, parcel, delivery and tracking event moves its order's
-- updated_at to the time of the write (docket_now(): the writer's clock, as
-- every other updated_at; never back). The version is left alone: a
-- carrier's tracking event must not turn a clerk's open edit into a
-- conflict. (SQLite: the same triggers, and FulfilmentStore::markDelivered.)

CREATE FUNCTION docket_records_touch_order_trigger() RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER AS $$
DECLARE
    v_now bigint := docket_now();
BEGIN
    -- Looked at first: an UPDATE that changes nothing still fires the orders
    -- statement triggers (list version, NOTIFY, summaries), and a parcel of a
    -- shipment file or a captured payment has moved its order already.
    IF EXISTS (SELECT 1 FROM orders WHERE id = NEW.order_id AND updated_at < v_now) THEN
        UPDATE orders SET updated_at = v_now WHERE id = NEW.order_id AND updated_at < v_now;
    END IF;
    RETURN NULL;
END
$$;
ALTER FUNCTION docket_records_touch_order_trigger() SET jit = off;

CREATE TRIGGER payments_touch_order AFTER INSERT OR UPDATE OF state ON payments
    FOR EACH ROW EXECUTE FUNCTION docket_records_touch_order_trigger();
CREATE TRIGGER refunds_touch_order AFTER INSERT ON refunds
    FOR EACH ROW EXECUTE FUNCTION docket_records_touch_order_trigger();
CREATE TRIGGER shipments_touch_order AFTER INSERT OR UPDATE OF delivered_at ON shipments
    FOR EACH ROW EXECUTE FUNCTION docket_records_touch_order_trigger();
CREATE TRIGGER tracking_events_touch_order AFTER INSERT ON tracking_events
    FOR EACH ROW EXECUTE FUNCTION docket_records_touch_order_trigger();

SELECT docket_harden();
