-- A parcel of an invalid, cancelled or refunded order takes no tracking
-- event and is not marked delivered (issue 15, review of stop 35, B4).
--
-- FulfilmentStore::addTrackingEvent and markDelivered now refuse such an
-- order with the rule every other record of the order obeys (refuseClosed,
-- docket_refuse_closed of 0069), so the desk, docketctl track add, the
-- carrier webhook and a carrier file refuse alike. The server functions
-- check it again under the order lock (docket_order_for_write), as the
-- other fulfilment functions do; a login through psql meets the same rule.

CREATE OR REPLACE FUNCTION docket_shipment_delivered(p_shipment bigint, p_at bigint) RETURNS void
LANGUAGE plpgsql SECURITY DEFINER AS $$
DECLARE
    o orders;
    x shipments;
    v_order bigint;
BEGIN
    IF NOT docket_can('ship') THEN
        PERFORM docket_refuse('shipping needs "ship"');
    END IF;
    SELECT s.order_id INTO v_order FROM shipments s WHERE s.id = p_shipment;
    IF v_order IS NULL THEN
        RAISE EXCEPTION 'There is no shipment with the id %.', p_shipment USING ERRCODE = 'P0002';
    END IF;
    o := docket_order_for_write(v_order);
    PERFORM docket_refuse_closed(o);
    SELECT * INTO x FROM shipments WHERE id = p_shipment FOR UPDATE;
    IF x.delivered_at IS NOT NULL THEN
        RAISE EXCEPTION 'Shipment #% of order % is delivered already.', p_shipment, o.number
            USING ERRCODE = '23505';
    END IF;
    IF p_at IS NULL OR p_at < x.shipped_at THEN
        PERFORM docket_reject('a parcel is delivered after it shipped');
    END IF;
    PERFORM docket_clear_context();
    UPDATE shipments SET delivered_at = p_at, version = version + 1 WHERE id = p_shipment;
    PERFORM docket_add_event(o.id, NULL, 'shipment', 'delivered', '', '#' || p_shipment, '');
    PERFORM docket_order_settle(o.id, 'delivered:' || p_shipment);
END
$$;

CREATE OR REPLACE FUNCTION docket_tracking_add(p_shipment bigint, p_at bigint, p_place text,
                                               p_text text, p_source text)
RETURNS bigint
LANGUAGE plpgsql SECURITY DEFINER AS $$
DECLARE
    o orders;
    v_order bigint;
    v_id bigint;
BEGIN
    IF NOT docket_can('ship') THEN
        PERFORM docket_refuse('shipping needs "ship"');
    END IF;
    SELECT s.order_id INTO v_order FROM shipments s WHERE s.id = p_shipment;
    IF v_order IS NULL THEN
        RAISE EXCEPTION 'There is no shipment with the id %.', p_shipment USING ERRCODE = 'P0002';
    END IF;
    o := docket_order_for_write(v_order);
    PERFORM docket_refuse_closed(o);
    IF btrim(COALESCE(p_text, '')) = '' OR length(p_text) > 500
       OR length(COALESCE(p_place, '')) > 200 OR p_at IS NULL THEN
        PERFORM docket_reject('a tracking event needs a time and the carrier''s status text');
    END IF;
    IF p_source IS NULL OR p_source NOT IN ('desk', 'file', 'gateway') THEN
        PERFORM docket_reject('a tracking event comes from the desk, a file or the gateway');
    END IF;
    PERFORM docket_clear_context();
    INSERT INTO tracking_events(shipment_id, order_id, at, place, status_text, source,
                                created_at, created_by)
    VALUES (p_shipment, o.id, p_at, btrim(COALESCE(p_place, '')), btrim(p_text), p_source,
            docket_now(), docket_actor())
    RETURNING id INTO v_id;
    PERFORM docket_add_event(o.id, NULL, 'tracking', 'tracking', '',
                             btrim('#' || p_shipment || ' ' || btrim(COALESCE(p_place, ''))),
                             btrim(p_text));
    RETURN v_id;
END
$$;

SELECT docket_harden();
