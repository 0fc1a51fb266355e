-- Docket schema, SQLite dialect. Times are UTC seconds since the epoch;
-- money is integer minor units (cents). Every statement ends with ';' on its own line end.

CREATE TABLE customers (
    id          INTEGER PRIMARY KEY,
    name        TEXT    NOT NULL,
    email       TEXT    NOT NULL DEFAULT '',
    phone       TEXT    NOT NULL DEFAULT '',
    region      TEXT    NOT NULL DEFAULT '',
    created_at  INTEGER NOT NULL
);
CREATE INDEX customers_email ON customers(email);

CREATE TABLE products (
    id               INTEGER PRIMARY KEY,
    sku              TEXT    NOT NULL UNIQUE,
    name             TEXT    NOT NULL,
    unit_price_cents INTEGER NOT NULL CHECK (unit_price_cents >= 0),
    active           INTEGER NOT NULL DEFAULT 1
);

CREATE TABLE orders (
    id               INTEGER PRIMARY KEY,
    number           TEXT    NOT NULL UNIQUE,
    customer_id      INTEGER REFERENCES customers(id),
    customer_name    TEXT    NOT NULL,
    email            TEXT    NOT NULL DEFAULT '',
    phone            TEXT    NOT NULL DEFAULT '',
    ship_street      TEXT    NOT NULL DEFAULT '',
    ship_city        TEXT    NOT NULL DEFAULT '',
    ship_postcode    TEXT    NOT NULL DEFAULT '',
    ship_region      TEXT    NOT NULL DEFAULT '',
    ship_country     TEXT    NOT NULL DEFAULT '',
    channel          TEXT    NOT NULL,
    status           TEXT    NOT NULL,
    currency         TEXT    NOT NULL DEFAULT 'EUR',
    total_cents      INTEGER NOT NULL DEFAULT 0,
    note             TEXT    NOT NULL DEFAULT '',
    created_at       INTEGER NOT NULL,
    updated_at       INTEGER NOT NULL,
    created_by       TEXT    NOT NULL DEFAULT '',
    assigned_to      TEXT    NOT NULL DEFAULT '',
    seen_at          INTEGER,
    seen_by          TEXT,
    invalid_at       INTEGER,
    invalid_by       TEXT,
    invalid_reason   TEXT,
    version          INTEGER NOT NULL DEFAULT 1
);
-- One index per sortable column; SQLite appends the rowid (= id) to every
-- index entry, so each of these serves ORDER BY col, id keyset paging.
CREATE INDEX orders_created  ON orders(created_at);
CREATE INDEX orders_total    ON orders(total_cents);
CREATE INDEX orders_customer ON orders(customer_name);
CREATE INDEX orders_status   ON orders(status, created_at);
CREATE INDEX orders_channel  ON orders(channel, created_at);
CREATE INDEX orders_customer_id ON orders(customer_id);
CREATE INDEX orders_new      ON orders(created_at) WHERE seen_at IS NULL;
CREATE INDEX orders_invalid  ON orders(created_at) WHERE invalid_at IS NOT NULL;
CREATE INDEX orders_assigned ON orders(assigned_to);
CREATE INDEX orders_creator  ON orders(created_by);

CREATE TABLE order_lines (
    id               INTEGER PRIMARY KEY,
    order_id         INTEGER NOT NULL REFERENCES orders(id) ON DELETE CASCADE,
    line_no          INTEGER NOT NULL,
    product_id       INTEGER REFERENCES products(id),
    sku              TEXT    NOT NULL,
    name             TEXT    NOT NULL,
    quantity         INTEGER NOT NULL CHECK (quantity >= 1),
    unit_price_cents INTEGER NOT NULL CHECK (unit_price_cents >= 0)
);
CREATE INDEX order_lines_order   ON order_lines(order_id);
CREATE INDEX order_lines_product ON order_lines(product_id, order_id);

CREATE TABLE order_events (
    id         INTEGER PRIMARY KEY,
    order_id   INTEGER NOT NULL REFERENCES orders(id) ON DELETE CASCADE,
    at         INTEGER NOT NULL,
    actor      TEXT    NOT NULL,
    kind       TEXT    NOT NULL,
    field      TEXT    NOT NULL DEFAULT '',
    old_value  TEXT    NOT NULL DEFAULT '',
    new_value  TEXT    NOT NULL DEFAULT '',
    note       TEXT    NOT NULL DEFAULT ''
);
CREATE INDEX order_events_order ON order_events(order_id, at);

-- A deleted order's full snapshot (header, lines, events) as JSON, restorable
-- until purged.
CREATE TABLE order_archive (
    id             INTEGER PRIMARY KEY,
    order_id       INTEGER NOT NULL,
    number         TEXT    NOT NULL,
    customer_name  TEXT    NOT NULL,
    total_cents    INTEGER NOT NULL,
    currency       TEXT    NOT NULL,
    invalid_reason TEXT    NOT NULL DEFAULT '',
    deleted_at     INTEGER NOT NULL,
    deleted_by     TEXT    NOT NULL,
    snapshot       TEXT    NOT NULL
);
CREATE INDEX order_archive_number ON order_archive(number);
CREATE INDEX order_archive_deleted ON order_archive(deleted_at);

-- Keyword search: customer name, email and phone of each order...
CREATE VIRTUAL TABLE order_fts USING fts5(
    customer_name, email, phone,
    content='orders', content_rowid='id',
    tokenize='unicode61 remove_diacritics 2');
CREATE TRIGGER orders_fts_ai AFTER INSERT ON orders BEGIN
    INSERT INTO order_fts(rowid, customer_name, email, phone)
    VALUES (new.id, new.customer_name, new.email, new.phone);
END;
CREATE TRIGGER orders_fts_ad AFTER DELETE ON orders BEGIN
    INSERT INTO order_fts(order_fts, rowid, customer_name, email, phone)
    VALUES ('delete', old.id, old.customer_name, old.email, old.phone);
END;
CREATE TRIGGER orders_fts_au AFTER UPDATE OF customer_name, email, phone ON orders BEGIN
    INSERT INTO order_fts(order_fts, rowid, customer_name, email, phone)
    VALUES ('delete', old.id, old.customer_name, old.email, old.phone);
    INSERT INTO order_fts(rowid, customer_name, email, phone)
    VALUES (new.id, new.customer_name, new.email, new.phone);
END;

-- ...and product SKU and name, reached through order_lines(product_id).
CREATE VIRTUAL TABLE product_fts USING fts5(
    sku, name, content='products', content_rowid='id',
    tokenize='unicode61 remove_diacritics 2');
CREATE TRIGGER products_fts_ai AFTER INSERT ON products BEGIN
    INSERT INTO product_fts(rowid, sku, name) VALUES (new.id, new.sku, new.name);
END;
CREATE TRIGGER products_fts_ad AFTER DELETE ON products BEGIN
    INSERT INTO product_fts(product_fts, rowid, sku, name) VALUES ('delete', old.id, old.sku, old.name);
END;
CREATE TRIGGER products_fts_au AFTER UPDATE OF sku, name ON products BEGIN
    INSERT INTO product_fts(product_fts, rowid, sku, name) VALUES ('delete', old.id, old.sku, old.name);
    INSERT INTO product_fts(rowid, sku, name) VALUES (new.id, new.sku, new.name);
END;
