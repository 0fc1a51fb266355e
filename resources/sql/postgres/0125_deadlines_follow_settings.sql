-- New time limits reach the orders already in a step (issue 15 item 5).
--
-- Changing a step's time limit (deadline.review_hours, .payment_hours,
-- .shipping_hours, .delivery_hours, deadline.overrides) changed only the
-- setting: orders already in that step kept the deadline of the old limit
-- until their next move, although the list's Due column and the overdue
-- filter read it. docket_deadlines_refresh (0069) recomputed them, but only
-- tests called it. Now docket_setting_set calls it whenever one of those
-- settings changes value, in the same transaction, so the desk, docketctl
-- and a login with psql get the same. (SQLite: ShopSettingsStore::write.)
--
-- docket_deadlines_refresh itself reads the hours once per step and channel
-- (docket_deadline_hours reads the settings twice per call; 0069 called it
-- twice per open order).
CREATE OR REPLACE FUNCTION docket_deadlines_refresh() RETURNS integer
LANGUAGE plpgsql SECURITY DEFINER AS $$
DECLARE
    v_count integer;
BEGIN
    IF NOT docket_can('change_settings') THEN
        PERFORM docket_refuse('changing deadlines needs "change_settings"');
    END IF;
    PERFORM docket_clear_context();
    UPDATE orders o SET due_at = o.step_at + 3600 * h.hours
    FROM (SELECT d.step, d.channel, docket_deadline_hours(d.step, d.channel) AS hours
          FROM (SELECT DISTINCT x.step, x.channel FROM orders x
                WHERE x.step <> '' AND x.step_at IS NOT NULL) d) h
    WHERE o.step = h.step AND o.channel = h.channel
      AND o.step <> '' AND o.step_at IS NOT NULL
      AND o.due_at IS DISTINCT FROM o.step_at + 3600 * h.hours;
    GET DIAGNOSTICS v_count = ROW_COUNT;
    RETURN v_count;
END
$$;

CREATE OR REPLACE FUNCTION docket_setting_set(p_key text, p_value text) RETURNS void
LANGUAGE plpgsql SECURITY DEFINER AS $$
DECLARE
    v_old text;
    v_now bigint := docket_now();
    v_actor text := docket_actor();
BEGIN
    IF NOT docket_can('change_settings') THEN
        PERFORM docket_refuse('changing shop settings needs "change_settings"');
    END IF;
    IF COALESCE(p_key, '') !~ '^[a-z_]+(\.[a-z_]+)+$' OR length(p_key) > 100
       OR length(COALESCE(p_value, '')) > 10000 THEN
        RAISE EXCEPTION 'invalid setting: % is not a setting''s name, or the value is too long',
            COALESCE(p_key, 'NULL') USING ERRCODE = '22023';
    END IF;
    SELECT s.value INTO v_old FROM shop_settings s WHERE s.key = p_key FOR UPDATE;
    IF p_value IS NULL THEN
        DELETE FROM shop_settings WHERE key = p_key;
    ELSE
        INSERT INTO shop_settings(key, value, updated_at, updated_by)
        VALUES (p_key, p_value, v_now, v_actor)
        ON CONFLICT (key) DO UPDATE
            SET value = excluded.value, updated_at = excluded.updated_at,
                updated_by = excluded.updated_by;
    END IF;
    INSERT INTO security_events(at, actor, kind, target, old_value, new_value, note)
    VALUES (v_now, v_actor, 'setting_changed', p_key, COALESCE(v_old, ''),
            COALESCE(p_value, ''), '');
    IF p_key IN ('deadline.review_hours', 'deadline.payment_hours', 'deadline.shipping_hours',
                 'deadline.delivery_hours', 'deadline.overrides')
       AND v_old IS DISTINCT FROM p_value THEN
        PERFORM docket_deadlines_refresh();
    END IF;
END
$$;

SELECT docket_harden();
