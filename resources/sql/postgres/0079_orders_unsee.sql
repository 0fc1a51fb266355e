-- Mark seen on the desk's undo stack (issue 13 item 9). PostgreSQL only:
-- on SQLite the client writes seen_at, seen_by and the trail itself, so
-- SQLite needs no migration for it.
-- "unsee" takes back what docket_orders_mark_seen did, for the orders this
-- session's user marked seen at that moment and nobody else since (seen_at
-- and seen_by are still that mark; the guard trigger of 0061 holds the right
-- to "mark_seen" for any change of them). Audited as 'unseen' (the trail's
-- 'seen' comes from docket_orders_changed_trigger, which writes no event
-- for a mark taken away). Returns how many orders are new again; fewer than
-- asked: the caller names the rest as changed since (a Conflict) and
-- rolls back.
CREATE FUNCTION docket_orders_unsee(p_ids bigint[], p_seen_at bigint) RETURNS integer
LANGUAGE plpgsql SECURITY DEFINER AS $$
DECLARE
    s record;
    c record;
    v_ids bigint[];
    v_actor text := docket_actor();
BEGIN
    IF NOT docket_can('mark_seen') THEN
        PERFORM docket_refuse('marking orders seen needs "mark_seen"');
    END IF;
    SELECT * INTO s FROM docket_session_scope();
    SELECT * INTO c FROM docket_audit_context();
    v_ids := ARRAY(SELECT o.id FROM orders o
                   WHERE o.id = ANY (p_ids) AND o.seen_at = p_seen_at AND o.seen_by = v_actor
                     AND docket_scope_holds(s.kind, s.me, s.channels, o.created_by,
                                            o.assigned_to, o.channel)
                   ORDER BY o.id FOR UPDATE);
    PERFORM docket_clear_context();
    UPDATE orders o SET seen_at = NULL, seen_by = NULL WHERE o.id = ANY (v_ids);
    IF c.audit THEN
        INSERT INTO order_events(order_id, at, actor, kind, field, old_value, new_value, note)
        SELECT x.id, c.at, c.actor, 'unseen', '', '', '', 'undone'
        FROM unnest(v_ids) AS x(id);
    END IF;
    RETURN cardinality(v_ids);
END
$$;

INSERT INTO docket_login_functions(name, pure) VALUES ('docket_orders_unsee', false);

SELECT docket_harden();
