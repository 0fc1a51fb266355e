-- The server checks a shop setting's value, not only its name (issue 13).
--
-- docket_setting_set (0010, 0125) checked the right and that the key looked
-- like a setting's name; the value was the client's business (shop::parse).
-- A login with psql and "change_settings" could store shop.currency = 'XYZ',
-- deadline.payment_hours = 'soon' or a setting that does not exist, and
-- every desk then quietly read the default instead. Now the server knows
-- each setting's kind and bounds (shop_setting_keys, the same table as
-- shop::keys() in models/domain/shopsettings.cpp; test_shopsettings compares
-- the two, so neither can drift) and refuses a value the desk would refuse.
-- The client sends values already in their canonical form (shop::parse:
-- "true"/"false", digits, upper-case codes), so the server checks that form.
-- The list settings (payment methods, carriers, channel time limits) are
-- checked for their length here; their grammar stays the client's (their
-- readers skip a line they cannot read). Values stored before this
-- migration are left as they are.

CREATE TABLE shop_setting_keys (
    key        TEXT    COLLATE "C" PRIMARY KEY,
    kind       TEXT    NOT NULL CHECK (kind IN ('text', 'lines', 'email', 'whole', 'flag',
                                                 'currency', 'list')),
    min_value  BIGINT  NOT NULL DEFAULT 0,
    max_value  BIGINT  NOT NULL
);
GRANT SELECT ON shop_setting_keys TO docket_user, docket_service;

INSERT INTO shop_setting_keys(key, kind, min_value, max_value) VALUES
    ('shop.name', 'text', 0, 200),
    ('shop.address', 'lines', 0, 1000),
    ('shop.email', 'email', 0, 200),
    ('shop.phone', 'text', 0, 100),
    ('backup.daily', 'flag', 0, 0),
    ('backup.keep', 'whole', 1, 365),
    ('gateway.track_per_minute', 'whole', 1, 1000),
    ('gateway.log_keep_days', 'whole', 1, 3650),
    ('shop.currency', 'currency', 0, 3),
    ('payments.methods', 'list', 0, 10000),
    ('shipping.carriers', 'list', 0, 10000),
    ('deadline.review_hours', 'whole', 1, 8760),
    ('deadline.payment_hours', 'whole', 1, 8760),
    ('deadline.shipping_hours', 'whole', 1, 8760),
    ('deadline.delivery_hours', 'whole', 1, 8760),
    ('deadline.overrides', 'list', 0, 10000),
    ('deadline.auto_cancel_unpaid', 'flag', 0, 0);

-- NULL when p_value is acceptable for p_key, else the reason in words.
CREATE FUNCTION docket_setting_refusal(p_key text, p_value text) RETURNS text
LANGUAGE plpgsql STABLE SECURITY DEFINER AS $$
DECLARE
    k shop_setting_keys%ROWTYPE;
BEGIN
    SELECT * INTO k FROM shop_setting_keys WHERE key = p_key;
    IF NOT FOUND THEN
        RETURN format('there is no shop setting called "%s"', p_key);
    END IF;
    IF p_value IS NULL THEN
        RETURN NULL; -- back to the default
    END IF;
    CASE k.kind
    WHEN 'flag' THEN
        IF p_value NOT IN ('true', 'false') THEN
            RETURN format('%s takes true or false, not "%s"', p_key, left(p_value, 60));
        END IF;
    WHEN 'whole' THEN
        IF p_value !~ '^[0-9]{1,12}$' OR p_value::bigint NOT BETWEEN k.min_value AND k.max_value
        THEN
            RETURN format('%s takes a whole number from %s to %s, not "%s"', p_key, k.min_value,
                          k.max_value, left(p_value, 60));
        END IF;
    WHEN 'currency' THEN
        IF p_value !~ '^[A-Z]{3}$' THEN
            RETURN format('%s takes an ISO 4217 currency code such as EUR, not "%s"', p_key,
                          left(p_value, 60));
        END IF;
    WHEN 'text', 'email' THEN
        IF p_value ~ '[\r\n]' OR length(p_value) > k.max_value THEN
            RETURN format('%s takes one line of at most %s characters', p_key, k.max_value);
        END IF;
        IF k.kind = 'email' AND p_value <> '' AND p_value !~ '^[^@\s]+@[^@\s]+\.[^@\s]+$' THEN
            RETURN format('%s takes an email address, not "%s"', p_key, left(p_value, 60));
        END IF;
    ELSE -- lines, list
        IF length(p_value) > k.max_value THEN
            RETURN format('%s takes at most %s characters', p_key, k.max_value);
        END IF;
    END CASE;
    RETURN NULL;
END
$$;

CREATE OR REPLACE FUNCTION docket_setting_set(p_key text, p_value text) RETURNS void
LANGUAGE plpgsql SECURITY DEFINER AS $$
DECLARE
    v_old text;
    v_now bigint := docket_now();
    v_actor text := docket_actor();
    v_refusal text;
BEGIN
    IF NOT docket_can('change_settings') THEN
        PERFORM docket_refuse('changing shop settings needs "change_settings"');
    END IF;
    v_refusal := docket_setting_refusal(COALESCE(p_key, 'NULL'), p_value);
    IF v_refusal IS NOT NULL THEN
        RAISE EXCEPTION 'invalid setting: %', v_refusal USING ERRCODE = '22023';
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
