-- The catalogue's currency (issue 13): product prices and costs and the value
-- of stock were always euros (catalogue::currency() said "EUR"), whatever the
-- shop's currency. Now the catalogue has a currency of its own, the shop
-- setting catalogue.currency (models/domain/shopsettings.cpp):
--   * unset, it is the shop's currency (a new shop in yuan prices in yuan);
--   * the first price or cost entered fixes it (the triggers below write the
--     shop's currency of the moment, with its line in the security log), so a
--     later change of the shop's currency does not relabel the catalogue's
--     amounts as another currency;
--   * it changes only while the catalogue holds no amount (amounts are never
--     converted; ShopSettingsStore::write refuses, naming the currency).
--
-- Upgrading in place: a catalogue that holds amounts holds euros, so it is
-- fixed to EUR here.

INSERT INTO security_events(at, actor, kind, target, old_value, new_value, note)
SELECT CAST(strftime('%s', 'now') AS INTEGER), 'docket', 'setting_changed', 'catalogue.currency',
       '', 'EUR', 'upgrade: the catalogue''s prices were in euros'
WHERE NOT EXISTS (SELECT 1 FROM shop_settings WHERE key = 'catalogue.currency')
  AND (EXISTS (SELECT 1 FROM products WHERE unit_price_cents <> 0 OR cost_cents <> 0)
       OR EXISTS (SELECT 1 FROM stock_movements WHERE value_cents <> 0));

INSERT INTO shop_settings(key, value, updated_at, updated_by)
SELECT 'catalogue.currency', 'EUR', CAST(strftime('%s', 'now') AS INTEGER), 'docket'
WHERE NOT EXISTS (SELECT 1 FROM shop_settings WHERE key = 'catalogue.currency')
  AND (EXISTS (SELECT 1 FROM products WHERE unit_price_cents <> 0 OR cost_cents <> 0)
       OR EXISTS (SELECT 1 FROM stock_movements WHERE value_cents <> 0));

-- The first amount fixes the currency (the log line first: it looks for the
-- setting not being there yet).
CREATE TRIGGER products_catalogue_currency_ai AFTER INSERT ON products
WHEN (new.unit_price_cents <> 0 OR new.cost_cents <> 0)
 AND NOT EXISTS (SELECT 1 FROM shop_settings WHERE key = 'catalogue.currency')
BEGIN
    INSERT INTO security_events(at, actor, kind, target, old_value, new_value, note)
    SELECT CAST(strftime('%s', 'now') AS INTEGER), 'docket', 'setting_changed',
           'catalogue.currency', '',
           COALESCE((SELECT value FROM shop_settings
                     WHERE key = 'shop.currency' AND value GLOB '[A-Z][A-Z][A-Z]'), 'EUR'),
           'fixed by the first price in the catalogue (' || new.sku || ')';
    INSERT INTO shop_settings(key, value, updated_at, updated_by)
    SELECT 'catalogue.currency',
           COALESCE((SELECT value FROM shop_settings
                     WHERE key = 'shop.currency' AND value GLOB '[A-Z][A-Z][A-Z]'), 'EUR'),
           CAST(strftime('%s', 'now') AS INTEGER), 'docket';
END;

CREATE TRIGGER products_catalogue_currency_au AFTER UPDATE OF unit_price_cents, cost_cents
ON products
WHEN (new.unit_price_cents <> 0 OR new.cost_cents <> 0)
 AND NOT EXISTS (SELECT 1 FROM shop_settings WHERE key = 'catalogue.currency')
BEGIN
    INSERT INTO security_events(at, actor, kind, target, old_value, new_value, note)
    SELECT CAST(strftime('%s', 'now') AS INTEGER), 'docket', 'setting_changed',
           'catalogue.currency', '',
           COALESCE((SELECT value FROM shop_settings
                     WHERE key = 'shop.currency' AND value GLOB '[A-Z][A-Z][A-Z]'), 'EUR'),
           'fixed by the first price in the catalogue (' || new.sku || ')';
    INSERT INTO shop_settings(key, value, updated_at, updated_by)
    SELECT 'catalogue.currency',
           COALESCE((SELECT value FROM shop_settings
                     WHERE key = 'shop.currency' AND value GLOB '[A-Z][A-Z][A-Z]'), 'EUR'),
           CAST(strftime('%s', 'now') AS INTEGER), 'docket';
END;
