-- An inactive payment method (a fourth field "inactive" in the shop's
-- payments.methods, since session 27's settings tables) takes no new payment.
-- FulfilmentStore::addPayment refused it before calling the server, but a
-- login calling docket_payment_add itself could still record one: the server
-- refuses it now too. Payments already made with the method keep counting
-- (docket_payment_methods is unchanged: a pending cash-on-delivery payment
-- still lets its order ship).

CREATE FUNCTION docket_payment_method_inactive(p_code text) RETURNS boolean
LANGUAGE plpgsql STABLE SECURITY DEFINER AS $$
DECLARE
    v_line text;
    f text[];
BEGIN
    FOR v_line IN SELECT btrim(l) FROM regexp_split_to_table(docket_setting('payments.methods'),
                                                             E'\n') l LOOP
        CONTINUE WHEN v_line = '' OR left(v_line, 1) = '#';
        f := docket_fields(v_line);
        IF f[1] = p_code THEN
            RETURN COALESCE(f[4], '') = 'inactive';
        END IF;
    END LOOP;
    RETURN false;
END
$$;

-- Records a payment (FulfilmentStore::addPayment). Returns its id.
CREATE OR REPLACE FUNCTION docket_payment_add(p_order bigint, p_method text, p_amount bigint,
                                   p_currency text, p_reference text, p_state text)
RETURNS bigint
LANGUAGE plpgsql SECURITY DEFINER AS $$
DECLARE
    o orders;
    v_id bigint;
    v_owed bigint;
    v_ref text := btrim(COALESCE(p_reference, ''));
BEGIN
    IF NOT docket_can('record_payments') THEN
        PERFORM docket_refuse('recording payments needs "record_payments"');
    END IF;
    o := docket_order_for_write(p_order);
    PERFORM docket_refuse_closed(o);
    IF p_state IS NULL OR p_state NOT IN ('pending', 'captured') THEN
        PERFORM docket_reject('a payment is recorded as pending or captured');
    END IF;
    IF NOT EXISTS (SELECT 1 FROM docket_payment_methods() m WHERE m.code = p_method) THEN
        PERFORM docket_reject(format('%L is not one of the shop''s payment methods', p_method));
    END IF;
    IF docket_payment_method_inactive(p_method) THEN
        PERFORM docket_reject(format('the payment method %L is inactive: the shop takes no new '
                                     'payments with it', p_method));
    END IF;
    IF p_amount IS NULL OR p_amount <= 0 THEN
        PERFORM docket_reject('a payment''s amount must be above zero');
    END IF;
    IF p_currency IS DISTINCT FROM o.currency THEN
        PERFORM docket_reject(format('the payment is in %s but order %s is in %s; currencies are '
                                     'not mixed', p_currency, o.number, o.currency));
    END IF;
    IF length(v_ref) > 200 THEN
        PERFORM docket_reject('the reference is too long');
    END IF;
    v_owed := o.total_cents - o.paid_cents - o.refunded_cents
        - (SELECT COALESCE(sum(p.amount_cents), 0) FROM payments p
           WHERE p.order_id = o.id AND p.state = 'pending');
    IF p_amount > v_owed THEN
        PERFORM docket_reject(format('%s is more than the %s still owed on order %s',
                                     docket_money_text(p_amount),
                                     docket_money_text(greatest(v_owed, 0)), o.number));
    END IF;
    IF v_ref <> '' AND EXISTS (SELECT 1 FROM payments p
                               WHERE p.method = p_method AND p.reference = v_ref) THEN
        RAISE EXCEPTION 'A % payment with the reference % is recorded already.', p_method, v_ref
            USING ERRCODE = '23505';
    END IF;
    PERFORM docket_clear_context();
    INSERT INTO payments(order_id, method, amount_cents, currency, reference, state, created_at,
                         created_by, updated_at, updated_by)
    VALUES (o.id, p_method, p_amount, p_currency, v_ref, p_state, docket_now(), docket_actor(),
            docket_now(), docket_actor())
    RETURNING id INTO v_id;
    IF p_state = 'captured' THEN
        UPDATE orders SET paid_cents = paid_cents + p_amount, updated_at = docket_now(),
                          version = version + 1
        WHERE id = o.id;
    END IF;
    PERFORM docket_add_event(o.id, NULL, 'payment', 'payment', '',
                             format('#%s %s %s %s %s', v_id, p_method, docket_money_text(p_amount),
                                    p_currency, p_state), v_ref);
    PERFORM docket_order_settle(o.id, 'payment:' || v_id);
    RETURN v_id;
END
$$;

SELECT docket_harden();
