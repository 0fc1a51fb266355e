-- The customer view and internal comments, PostgreSQL dialect: as
-- resources/sql/sqlite/0063. A login comments through docket_order_comment(),
-- which checks "edit_orders" and the order's scope, and writes the
-- 'commented' event under the login's name at the server's clock (logins
-- cannot write order_events themselves).

CREATE INDEX orders_email_ci ON orders (lower(email));
CREATE INDEX orders_phone_digits ON orders (
    replace(replace(replace(replace(replace(replace(phone, ' ', ''), '-', ''), '(', ''), ')', ''),
            '.', ''), '/', ''));

-- Adds comment `p_text` (trimmed, 1 to 4,000 characters) to order `p_id`;
-- returns the event's id.
CREATE FUNCTION docket_order_comment(p_id bigint, p_text text) RETURNS bigint
LANGUAGE plpgsql SECURITY DEFINER AS $$
DECLARE
    s record;
    ctx record;
    o orders;
    v_text text := btrim(COALESCE(p_text, ''));
    v_event bigint;
BEGIN
    IF NOT docket_can('edit_orders') THEN
        PERFORM docket_refuse('commenting on orders needs "edit_orders"');
    END IF;
    SELECT * INTO s FROM docket_session_scope();
    SELECT * INTO o FROM orders WHERE id = p_id;
    IF NOT FOUND OR NOT docket_scope_holds(s.kind, s.me, s.channels, o.created_by, o.assigned_to,
                                           o.channel) THEN
        RAISE EXCEPTION 'There is no order with the id %.', p_id USING ERRCODE = 'P0002';
    END IF;
    IF v_text = '' OR length(v_text) > 4000 THEN
        RAISE EXCEPTION 'invalid comment: it needs 1 to 4000 characters' USING ERRCODE = '22023';
    END IF;
    SELECT * INTO ctx FROM docket_audit_context();
    INSERT INTO order_events(order_id, at, actor, kind, field, old_value, new_value, note)
    VALUES (p_id, ctx.at, ctx.actor, 'commented', '', '', '', v_text)
    RETURNING id INTO v_event;
    RETURN v_event;
END
$$;

INSERT INTO docket_login_functions(name) VALUES ('docket_order_comment');
SELECT docket_harden();
