-- Shop-wide settings (models/domain/shopsettings.h): the same for every desk,
-- docketctl and the gateway. One row per key that was ever set; a key with no
-- row reads as its default. Changed by ShopSettingsStore, each change with
-- its line in security_events ("setting_changed") in the same transaction.

CREATE TABLE shop_settings (
    key        TEXT    PRIMARY KEY,
    value      TEXT    NOT NULL,
    updated_at INTEGER NOT NULL,
    updated_by TEXT    NOT NULL
);
