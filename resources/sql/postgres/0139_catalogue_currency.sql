-- The catalogue's currency (issue 13), and the settings that recompute due
-- times named once.
--
-- 1. Product prices and costs and the value of stock were always euros
--    (catalogue::currency() said "EUR"), whatever the shop's currency. Now
--    the catalogue has a currency of its own, the shop setting
--    catalogue.currency (models/domain/shopsettings.cpp):
--      * unset, it is the shop's currency (a new shop in yuan prices in yuan);
--      * the first price or cost entered fixes it (the trigger below writes
--        the shop's currency of the moment, with its line in the security
--        log), so a later change of the shop's currency does not relabel the
--        catalogue's amounts as another currency;
--      * it changes only while the catalogue holds no amount: amounts are
--        never converted (docket_setting_refusal, as ShopSettingsStore::write).
--    Upgrading in place: a catalogue that holds amounts holds euros, so it is
--    fixed to EUR here.
-- 2. Which settings recompute the due times of orders in a step was written
--    twice, in docket_setting_set (0125, 0131) and in C++. It is a column of
--    shop_setting_keys now (refreshes_due), the same as shop::Key::refreshesDue;
--    test_shopsettings compares the two.

ALTER TABLE shop_setting_keys ADD COLUMN refreshes_due boolean NOT NULL DEFAULT false;
UPDATE shop_setting_keys SET refreshes_due = true
WHERE key IN ('deadline.review_hours', 'deadline.payment_hours', 'deadline.shipping_hours',
              'deadline.delivery_hours', 'deadline.overrides');
INSERT INTO shop_setting_keys(key, kind, min_value, max_value)
VALUES ('catalogue.currency', 'currency', 0, 3);

-- The shop's currency and the catalogue's, as ShopSettings reads them.
CREATE FUNCTION docket_shop_currency() RETURNS text
LANGUAGE sql STABLE SECURITY DEFINER AS $$
    SELECT COALESCE((SELECT s.value FROM shop_settings s
                     WHERE s.key = 'shop.currency' AND s.value ~ '^[A-Z]{3}$'), 'EUR')
$$;

CREATE FUNCTION docket_catalogue_currency() RETURNS text
LANGUAGE sql STABLE SECURITY DEFINER AS $$
    SELECT COALESCE((SELECT s.value FROM shop_settings s
                     WHERE s.key = 'catalogue.currency' AND s.value ~ '^[A-Z]{3}$'),
                    docket_shop_currency())
$$;

CREATE FUNCTION docket_catalogue_holds_amounts() RETURNS boolean
LANGUAGE sql STABLE SECURITY DEFINER AS $$
    SELECT EXISTS (SELECT 1 FROM products WHERE unit_price_cents <> 0 OR cost_cents <> 0)
        OR EXISTS (SELECT 1 FROM stock_movements WHERE value_cents <> 0)
$$;

INSERT INTO security_events(at, actor, kind, target, old_value, new_value, note)
SELECT CAST(floor(extract(epoch FROM now())) AS bigint), 'docket', 'setting_changed',
       'catalogue.currency', '', 'EUR', 'upgrade: the catalogue''s prices were in euros'
WHERE NOT EXISTS (SELECT 1 FROM shop_settings WHERE key = 'catalogue.currency')
  AND docket_catalogue_holds_amounts();

INSERT INTO shop_settings(key, value, updated_at, updated_by)
SELECT 'catalogue.currency', 'EUR', CAST(floor(extract(epoch FROM now())) AS bigint), 'docket'
WHERE NOT EXISTS (SELECT 1 FROM shop_settings WHERE key = 'catalogue.currency')
  AND docket_catalogue_holds_amounts();

-- The first amount fixes the currency.
CREATE FUNCTION docket_catalogue_currency_trigger() RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER AS $$
DECLARE
    v_code text;
BEGIN
    -- Shared with other product writers, exclusive with a change of the
    -- currencies (docket_setting_set): a first price and such a change never
    -- judge each other from before the other committed.
    PERFORM pg_advisory_xact_lock_shared(hashtext('docket.catalogue.currency'));
    IF EXISTS (SELECT 1 FROM shop_settings WHERE key = 'catalogue.currency') THEN
        RETURN NULL;
    END IF;
    v_code := docket_shop_currency();
    INSERT INTO shop_settings(key, value, updated_at, updated_by)
    VALUES ('catalogue.currency', v_code, docket_now(), docket_actor())
    ON CONFLICT (key) DO NOTHING;
    IF FOUND THEN
        INSERT INTO security_events(at, actor, kind, target, old_value, new_value, note)
        VALUES (docket_now(), docket_actor(), 'setting_changed', 'catalogue.currency', '',
                v_code, format('fixed by the first price in the catalogue (%s)', NEW.sku));
    END IF;
    RETURN NULL;
END
$$;
CREATE TRIGGER products_catalogue_currency
    AFTER INSERT OR UPDATE OF unit_price_cents, cost_cents ON products
    FOR EACH ROW WHEN (NEW.unit_price_cents <> 0 OR NEW.cost_cents <> 0)
    EXECUTE FUNCTION docket_catalogue_currency_trigger();

CREATE OR REPLACE FUNCTION docket_setting_refusal(p_key text, p_value text) RETURNS text
LANGUAGE plpgsql STABLE SECURITY DEFINER AS $$
DECLARE
    k shop_setting_keys%ROWTYPE;
    v_kind text;
    v_before text;
    v_after text;
BEGIN
    SELECT * INTO k FROM shop_setting_keys WHERE key = p_key;
    IF NOT FOUND THEN
        RETURN format('there is no shop setting called "%s"', p_key);
    END IF;
    -- NULL: back to the default, which every kind accepts (but see the
    -- currency of the catalogue below).
    v_kind := CASE WHEN p_value IS NULL THEN 'none' ELSE k.kind END;
    CASE v_kind
    WHEN 'none' THEN
        NULL;
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
    -- Amounts in the catalogue are never converted (as ShopSettingsStore::write).
    IF p_key IN ('catalogue.currency', 'shop.currency') THEN
        v_before := docket_catalogue_currency();
        -- Back to the default (NULL) is a change too: the first price fixed it.
        v_after := CASE p_key
            WHEN 'catalogue.currency' THEN p_value
            ELSE COALESCE((SELECT s.value FROM shop_settings s
                           WHERE s.key = 'catalogue.currency' AND s.value ~ '^[A-Z]{3}$'),
                          p_value, 'EUR') END;
        IF v_after IS DISTINCT FROM v_before AND docket_catalogue_holds_amounts() THEN
            RETURN format('the catalogue''s prices, costs and stock values are in %s; amounts '
                          'are not converted, so the catalogue''s currency can change only '
                          'while they are all zero', v_before);
        END IF;
    END IF;
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
    IF p_key IN ('catalogue.currency', 'shop.currency') THEN
        PERFORM pg_advisory_xact_lock(hashtext('docket.catalogue.currency'));
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
    IF (SELECT k.refreshes_due FROM shop_setting_keys k WHERE k.key = p_key)
       AND v_old IS DISTINCT FROM p_value THEN
        PERFORM docket_deadlines_refresh();
    END IF;
END
$$;

SELECT docket_harden();
