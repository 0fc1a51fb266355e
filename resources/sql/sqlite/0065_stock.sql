-- Catalogue, warehouses, the stock ledger and reservations (issue 17).
--
-- Ledgers, not counters: stock changes only by appending a row to
-- stock_movements. Its insert trigger keeps the caches in the same statement:
-- stock_levels (per product and warehouse: on hand, reserved), product_stock
-- (per product: the totals, units backordered, the low-stock flag, the value
-- at cost) and stock_daily (the ledger by UTC day, for the inventory
-- analytics). A level never reserves more than it has on hand and never goes
-- below nothing (CHECK), so no path can oversell; StockStore::verify() proves
-- that every cache equals the sums of the ledger.
--
-- Orders hold stock through stock_reservations: per order and product, what
-- the order wants in its channel's warehouse and what it holds of that. An
-- order reserves while it is valid and pending, paid or processing, and only
-- in a channel that has a warehouse (channel_warehouses): a shop that has not
-- set up its warehouses keeps working as before. A reservation that holds
-- less than it wants makes its order "backordered". models/stores/stockledger
-- keeps them (SQLite; the PostgreSQL server does the same in its triggers).
--
-- An existing database upgrades without touching its orders: the stock
-- starts empty and nothing is reserved until the warehouses are set up.

INSERT INTO role_permissions(role_id, permission) VALUES
    (2, 'adjust_stock'), (2, 'handle_returns'),
    (4, 'manage_catalogue'), (4, 'adjust_stock'), (4, 'handle_returns');

ALTER TABLE products ADD COLUMN cost_cents INTEGER NOT NULL DEFAULT 0 CHECK (cost_cents >= 0);
ALTER TABLE products ADD COLUMN safety_stock INTEGER NOT NULL DEFAULT 0
    CHECK (safety_stock >= 0);
ALTER TABLE products ADD COLUMN updated_at INTEGER NOT NULL DEFAULT 0;
ALTER TABLE products ADD COLUMN version INTEGER NOT NULL DEFAULT 1;
-- The catalogue page sorts by SKU (products.sku is UNIQUE), name and price
-- (ORDER BY col, id: SQLite appends the rowid to every index entry).
CREATE INDEX products_name  ON products(name);
CREATE INDEX products_price ON products(unit_price_cents);

CREATE TABLE warehouses (
    id         INTEGER PRIMARY KEY,
    code       TEXT    NOT NULL UNIQUE,
    name       TEXT    NOT NULL,
    address    TEXT    NOT NULL DEFAULT '',
    active     INTEGER NOT NULL DEFAULT 1,
    created_at INTEGER NOT NULL DEFAULT 0,
    updated_at INTEGER NOT NULL DEFAULT 0,
    version    INTEGER NOT NULL DEFAULT 1
);

-- The warehouse each sales channel's orders reserve and ship from. A channel
-- without a row does not track stock.
CREATE TABLE channel_warehouses (
    channel      TEXT    PRIMARY KEY,
    warehouse_id INTEGER NOT NULL REFERENCES warehouses(id)
);

CREATE TABLE stock_levels (
    product_id   INTEGER NOT NULL REFERENCES products(id),
    warehouse_id INTEGER NOT NULL REFERENCES warehouses(id),
    on_hand      INTEGER NOT NULL DEFAULT 0,
    reserved     INTEGER NOT NULL DEFAULT 0,
    PRIMARY KEY (product_id, warehouse_id),
    CHECK (reserved >= 0 AND reserved <= on_hand)
) WITHOUT ROWID;
CREATE INDEX stock_levels_warehouse ON stock_levels(warehouse_id, product_id);

-- Per product, over every warehouse. One row per product (products_stock_ai).
CREATE TABLE product_stock (
    product_id  INTEGER PRIMARY KEY REFERENCES products(id),
    on_hand     INTEGER NOT NULL DEFAULT 0,
    reserved    INTEGER NOT NULL DEFAULT 0,
    backordered INTEGER NOT NULL DEFAULT 0, -- wanted - held of its reservations
    value_cents INTEGER NOT NULL DEFAULT 0, -- on_hand * the product's cost
    low         INTEGER NOT NULL DEFAULT 0  -- active and on_hand - reserved < safety_stock
);
CREATE INDEX product_stock_available ON product_stock(on_hand - reserved);
CREATE INDEX product_stock_low ON product_stock(product_id) WHERE low = 1;
INSERT INTO product_stock(product_id) SELECT id FROM products;

-- The ledger. Quantity is the units a movement is about (> 0); the deltas
-- carry the sign. Order, shipment, return, stocktake and transfer name what a
-- movement belongs to (no foreign keys: the ledger outlives a deleted order).
CREATE TABLE stock_movements (
    id             INTEGER PRIMARY KEY,
    at             INTEGER NOT NULL,
    actor          TEXT    NOT NULL,
    kind           TEXT    NOT NULL,
    product_id     INTEGER NOT NULL REFERENCES products(id),
    warehouse_id   INTEGER NOT NULL REFERENCES warehouses(id),
    on_hand_delta  INTEGER NOT NULL DEFAULT 0,
    reserved_delta INTEGER NOT NULL DEFAULT 0,
    quantity       INTEGER NOT NULL CHECK (quantity > 0),
    value_cents    INTEGER NOT NULL DEFAULT 0, -- quantity at cost (backorder: at the order's price)
    order_id       INTEGER,
    shipment_id    INTEGER,
    return_id      INTEGER,
    stocktake_id   INTEGER,
    transfer_id    INTEGER,
    note           TEXT    NOT NULL DEFAULT ''
);
CREATE INDEX stock_movements_item  ON stock_movements(product_id, warehouse_id);
CREATE INDEX stock_movements_order ON stock_movements(order_id) WHERE order_id IS NOT NULL;
CREATE INDEX stock_movements_at    ON stock_movements(at);

-- What each order wants of a product in its warehouse, and holds of it.
CREATE TABLE stock_reservations (
    order_id     INTEGER NOT NULL,
    product_id   INTEGER NOT NULL,
    warehouse_id INTEGER NOT NULL,
    wanted       INTEGER NOT NULL CHECK (wanted >= 0),
    held         INTEGER NOT NULL CHECK (held >= 0 AND held <= wanted),
    PRIMARY KEY (order_id, product_id)
) WITHOUT ROWID;
-- Backorders in the order they are filled when stock arrives.
CREATE INDEX stock_reservations_short ON stock_reservations(product_id, warehouse_id, order_id)
    WHERE held < wanted;
CREATE INDEX stock_reservations_held ON stock_reservations(product_id, warehouse_id, order_id)
    WHERE held > 0;

-- The ledger by UTC day: what the inventory analytics read.
CREATE TABLE stock_daily (
    product_id     INTEGER NOT NULL,
    warehouse_id   INTEGER NOT NULL,
    day            INTEGER NOT NULL, -- start of the UTC day
    kind           TEXT    NOT NULL,
    movements      INTEGER NOT NULL,
    quantity       INTEGER NOT NULL,
    on_hand_delta  INTEGER NOT NULL,
    reserved_delta INTEGER NOT NULL,
    value_cents    INTEGER NOT NULL,
    PRIMARY KEY (product_id, warehouse_id, day, kind)
) WITHOUT ROWID;
CREATE INDEX stock_daily_day ON stock_daily(day, kind);

-- A bulk load (the demo seeder) appends movements with the trigger off and
-- rebuilds the caches from the ledger once (StockStore::rebuild).
CREATE TABLE stock_suspend (
    singleton INTEGER PRIMARY KEY CHECK (singleton = 1)
);

CREATE TRIGGER products_stock_ai AFTER INSERT ON products BEGIN
    INSERT INTO product_stock(product_id, low) VALUES (new.id, new.active = 1 AND 0 < new.safety_stock);
END;

CREATE TRIGGER products_stock_au AFTER UPDATE OF active, safety_stock, cost_cents ON products BEGIN
    UPDATE product_stock
    SET low = (new.active = 1 AND on_hand - reserved < new.safety_stock),
        value_cents = on_hand * new.cost_cents
    WHERE product_id = new.id;
END;

CREATE TRIGGER stock_movements_ai AFTER INSERT ON stock_movements
WHEN NOT EXISTS (SELECT 1 FROM stock_suspend)
BEGIN
    -- (Not an upsert: the CHECK is tested on the row an INSERT proposes.)
    INSERT INTO stock_levels(product_id, warehouse_id) VALUES (new.product_id, new.warehouse_id)
    ON CONFLICT(product_id, warehouse_id) DO NOTHING;
    UPDATE stock_levels
    SET on_hand = on_hand + new.on_hand_delta, reserved = reserved + new.reserved_delta
    WHERE product_id = new.product_id AND warehouse_id = new.warehouse_id;
    UPDATE product_stock
    SET on_hand = on_hand + new.on_hand_delta,
        reserved = reserved + new.reserved_delta,
        value_cents = value_cents
            + new.on_hand_delta * (SELECT p.cost_cents FROM products p WHERE p.id = new.product_id),
        low = (SELECT p.active = 1
                      AND on_hand + new.on_hand_delta - reserved - new.reserved_delta
                          < p.safety_stock
               FROM products p WHERE p.id = new.product_id)
    WHERE product_id = new.product_id;
    INSERT INTO stock_daily(product_id, warehouse_id, day, kind, movements, quantity,
                            on_hand_delta, reserved_delta, value_cents)
    VALUES (new.product_id, new.warehouse_id, new.at - new.at % 86400, new.kind, 1, new.quantity,
            new.on_hand_delta, new.reserved_delta, new.value_cents)
    ON CONFLICT(product_id, warehouse_id, day, kind) DO UPDATE
    SET movements = movements + 1, quantity = quantity + excluded.quantity,
        on_hand_delta = on_hand_delta + excluded.on_hand_delta,
        reserved_delta = reserved_delta + excluded.reserved_delta,
        value_cents = value_cents + excluded.value_cents;
END;

-- Units backordered per product follow the reservations.
CREATE TRIGGER stock_reservations_ai AFTER INSERT ON stock_reservations
WHEN new.wanted > new.held
BEGIN
    UPDATE product_stock SET backordered = backordered + new.wanted - new.held
    WHERE product_id = new.product_id;
END;
CREATE TRIGGER stock_reservations_au AFTER UPDATE OF wanted, held ON stock_reservations
WHEN new.wanted - new.held <> old.wanted - old.held OR new.product_id <> old.product_id
BEGIN
    UPDATE product_stock SET backordered = backordered - (old.wanted - old.held)
    WHERE product_id = old.product_id;
    UPDATE product_stock SET backordered = backordered + (new.wanted - new.held)
    WHERE product_id = new.product_id;
END;
CREATE TRIGGER stock_reservations_ad AFTER DELETE ON stock_reservations
WHEN old.wanted > old.held
BEGIN
    UPDATE product_stock SET backordered = backordered - (old.wanted - old.held)
    WHERE product_id = old.product_id;
END;
