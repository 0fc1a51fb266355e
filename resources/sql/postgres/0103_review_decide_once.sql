-- Approving 10,000 reviewed orders on PostgreSQL (issue 15): 4.6-6.5 s at
-- 100,000 orders under load, the target 2 s.
--
-- docket_review_decide (0069) computed each approved order's deadline with
-- docket_deadline_hours per row (a PL/pgSQL function reading the shop's
-- settings twice per call: ~0.7 s of 5.1 s for 10,000 orders at load 7.4),
-- then ran a second UPDATE over the same orders to clear the deadline of
-- those with no step left (every trigger of orders fired twice). Now the
-- hours are read once per step and channel and one UPDATE writes the step,
-- its start and its deadline. The outcome is 0069's: the same states,
-- steps, times, versions and events (test_fulfilment compares).
-- Most of what is left is the UPDATE of 10,000 order rows itself (each row
-- a new version in every index of orders, the trigram indexes included).
CREATE OR REPLACE FUNCTION docket_review_decide(p_ids bigint[], p_approve boolean, p_reason text)
RETURNS integer
LANGUAGE plpgsql SECURITY DEFINER AS $$
DECLARE
    s record;
    v_ids bigint[];
    v_count integer;
    v_now bigint := docket_now();
    v_actor text := docket_actor();
BEGIN
    IF NOT docket_can('review_orders') THEN
        PERFORM docket_refuse('deciding reviews needs "review_orders"');
    END IF;
    IF NOT COALESCE(p_approve, false) AND btrim(COALESCE(p_reason, '')) = '' THEN
        PERFORM docket_reject('give a reason for rejecting');
    END IF;
    SELECT * INTO s FROM docket_session_scope();
    v_ids := ARRAY(SELECT o.id FROM orders o
                   WHERE o.id = ANY (p_ids) AND o.review_state = 'waiting'
                     AND o.invalid_at IS NULL
                     AND docket_scope_holds(s.kind, s.me, s.channels, o.created_by,
                                            o.assigned_to, o.channel)
                   ORDER BY o.id FOR UPDATE);
    v_count := COALESCE(array_length(v_ids, 1), 0);
    IF v_count = 0 THEN
        RETURN 0;
    END IF;
    PERFORM docket_clear_context();
    IF docket_audit_on() THEN
        INSERT INTO order_events(order_id, at, actor, kind, field, old_value, new_value, note)
        SELECT i, v_now, v_actor, 'review', 'review_state', 'waiting',
               CASE WHEN p_approve THEN 'approved' ELSE 'rejected' END,
               CASE WHEN p_approve THEN '' ELSE btrim(p_reason) END
        FROM unnest(v_ids) i ORDER BY i;
    END IF;
    IF p_approve THEN
        -- The step each order enters and its hours, read once per step and
        -- channel; an order with no step left has no deadline.
        UPDATE orders o
        SET review_state = 'approved', updated_at = v_now, version = o.version + 1,
            step = n.step,
            step_at = CASE WHEN n.step = '' THEN NULL ELSE v_now END,
            due_at = CASE WHEN n.step = '' THEN NULL ELSE v_now + 3600 * h.hours END
        FROM (SELECT x.id, docket_step_of(x.status, 'approved') AS step, x.channel
              FROM orders x WHERE x.id = ANY (v_ids)) n
        LEFT JOIN (SELECT d.step, d.channel, docket_deadline_hours(d.step, d.channel) AS hours
                   FROM (SELECT DISTINCT docket_step_of(x.status, 'approved') AS step, x.channel
                         FROM orders x WHERE x.id = ANY (v_ids)) d
                   WHERE d.step <> '') h ON h.step = n.step AND h.channel = n.channel
        WHERE o.id = n.id;
    ELSE
        UPDATE orders o
        SET review_state = 'rejected', invalid_at = v_now, invalid_by = v_actor,
            invalid_reason = btrim(p_reason), updated_at = v_now, version = o.version + 1,
            step = '', step_at = NULL, due_at = NULL
        WHERE o.id = ANY (v_ids);
    END IF;
    RETURN v_count;
END
$$;

SELECT docket_harden();
