-- Issue 13 (the desk's undo): taking back a status move.
--
-- The workflow (order_status_moves) only goes forward, so docket_order_set_status
-- refuses the way back. The desk's undo of a status change (one order or a
-- bulk change, OrderStore::undoChangeStatuses) moves each order back through
-- this function instead. It allows exactly the reverse of the order's last
-- status move, and only while the order is as that move left it:
--   * the caller holds change_status, and the order is in the session's scope;
--   * the order is still at p_version (otherwise 0: someone changed it since);
--   * the newest status event of the order's trail went from p_status to the
--     order's status, and that is a move of the workflow;
--   * a move to the end of the workflow (cancelled, refunded, delivered) is
--     taken back only with restore_archived (a supervisor's right), as the
--     store decides on SQLite;
--   * an order marked invalid does not change its status.
-- The audit trigger of 0005 writes the status event (with the note) in the
-- same transaction; the order's step and deadline follow (docket_refresh_due),
-- and its stock follows through the order trigger, as for any status move.

CREATE FUNCTION docket_order_take_back_status(p_id bigint, p_version bigint, p_status text,
                                              p_note text)
RETURNS integer
LANGUAGE plpgsql SECURITY DEFINER AS $$
DECLARE
    s record;
    o orders;
    e record;
BEGIN
    IF NOT docket_can('change_status') THEN
        PERFORM docket_refuse('changing the status needs "change_status"');
    END IF;
    SELECT * INTO s FROM docket_session_scope();
    SELECT * INTO o FROM orders WHERE id = p_id FOR UPDATE;
    IF NOT FOUND OR NOT docket_scope_holds(s.kind, s.me, s.channels, o.created_by, o.assigned_to,
                                           o.channel) THEN
        RAISE EXCEPTION 'There is no order with the id %.', p_id USING ERRCODE = 'P0002';
    END IF;
    IF o.version <> p_version THEN
        RETURN 0;
    END IF;
    IF o.invalid_at IS NOT NULL THEN
        PERFORM docket_refuse('an order marked invalid does not change its status');
    END IF;
    IF o.status = p_status THEN
        RETURN 1;
    END IF;
    SELECT ev.old_value, ev.new_value INTO e FROM order_events ev
    WHERE ev.order_id = p_id AND ev.kind = 'status'
    ORDER BY ev.at DESC, ev.id DESC LIMIT 1;
    IF NOT FOUND OR e.old_value IS DISTINCT FROM p_status OR e.new_value IS DISTINCT FROM o.status
       OR NOT EXISTS (SELECT 1 FROM order_status_moves m
                      WHERE m.from_status = p_status AND m.to_status = o.status) THEN
        PERFORM docket_reject(format('only the order''s last status move is taken back, not %L '
                                     'to %L', o.status, p_status));
    END IF;
    IF o.status IN ('cancelled', 'refunded', 'delivered')
       AND NOT docket_can('restore_archived') THEN
        PERFORM docket_refuse(format('taking back a move to %L needs "restore_archived"',
                                     o.status));
    END IF;
    PERFORM docket_clear_context(p_note);
    UPDATE orders SET status = p_status, updated_at = docket_now(), version = o.version + 1
    WHERE id = p_id;
    PERFORM docket_clear_context();
    PERFORM docket_refresh_due(p_id);
    RETURN 1;
END
$$;

INSERT INTO docket_login_functions(name, pure) VALUES ('docket_order_take_back_status', false);

SELECT docket_harden();
