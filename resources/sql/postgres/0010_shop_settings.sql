-- Shop-wide settings, PostgreSQL dialect: as resources/sql/sqlite/0010.
-- Every login reads them; changing them needs "change_settings", checked by
-- the server: logins write only through docket_setting_set(), which writes
-- the row and its line in the security log in one go, at the server's clock
-- under the login's name.

CREATE TABLE shop_settings (
    key        TEXT   COLLATE "C" PRIMARY KEY,
    value      TEXT   NOT NULL,
    updated_at BIGINT NOT NULL,
    updated_by TEXT   NOT NULL
);
GRANT SELECT ON shop_settings TO docket_user, docket_service;

-- Sets `p_key` to `p_value` (NULL: back to the default, the row goes). The
-- client checked the value against the key's kind (shop::parse); the server
-- checks the right and that the key is a setting's name.
CREATE FUNCTION docket_setting_set(p_key text, p_value text) RETURNS void
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
END
$$;

-- Desks reload the settings when they change (as they reload orders).
CREATE FUNCTION docket_notify_settings() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
    PERFORM pg_notify('docket_orders', '');
    RETURN NULL;
END
$$;
CREATE TRIGGER shop_settings_notify AFTER INSERT OR UPDATE OR DELETE ON shop_settings
    FOR EACH STATEMENT EXECUTE FUNCTION docket_notify_settings();

INSERT INTO docket_login_functions(name) VALUES ('docket_setting_set');
SELECT docket_harden();
