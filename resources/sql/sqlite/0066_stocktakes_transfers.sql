-- Stocktakes and transfers (issue 17).
--
-- A stocktake counts one warehouse (every product stocked there, or some):
-- each line remembers what was on hand when the count started (expected) and
-- when its count was entered (on_hand_at_count), so that goods that moved
-- while people were counting are not taken for a variance. Posting adds
-- counted - on_hand_at_count to the stock as "stocktake" movements, all lines
-- in one transaction; a warehouse has at most one count under way.
--
-- A transfer moves stock between warehouses: draft -> in_transit (the units
-- leave the source: transfer_out) -> received (they arrive: transfer_in, with
-- any shortfall on its line). A draft may be cancelled.

CREATE TABLE stocktakes (
    id           INTEGER PRIMARY KEY,
    warehouse_id INTEGER NOT NULL REFERENCES warehouses(id),
    state        TEXT    NOT NULL DEFAULT 'counting'
                         CHECK (state IN ('counting', 'posted', 'cancelled')),
    note         TEXT    NOT NULL DEFAULT '',
    started_at   INTEGER NOT NULL,
    started_by   TEXT    NOT NULL,
    posted_at    INTEGER,
    posted_by    TEXT,
    version      INTEGER NOT NULL DEFAULT 1
);
CREATE UNIQUE INDEX stocktakes_one_open ON stocktakes(warehouse_id) WHERE state = 'counting';

CREATE TABLE stocktake_lines (
    stocktake_id     INTEGER NOT NULL REFERENCES stocktakes(id),
    product_id       INTEGER NOT NULL REFERENCES products(id),
    expected         INTEGER NOT NULL,
    counted          INTEGER CHECK (counted >= 0),
    on_hand_at_count INTEGER,
    counted_at       INTEGER,
    counted_by       TEXT,
    PRIMARY KEY (stocktake_id, product_id)
) WITHOUT ROWID;

CREATE TABLE transfers (
    id                INTEGER PRIMARY KEY,
    from_warehouse_id INTEGER NOT NULL REFERENCES warehouses(id),
    to_warehouse_id   INTEGER NOT NULL REFERENCES warehouses(id),
    state             TEXT    NOT NULL DEFAULT 'draft'
                              CHECK (state IN ('draft', 'in_transit', 'received', 'cancelled')),
    note              TEXT    NOT NULL DEFAULT '',
    created_at        INTEGER NOT NULL,
    created_by        TEXT    NOT NULL,
    sent_at           INTEGER,
    sent_by           TEXT,
    received_at       INTEGER,
    received_by       TEXT,
    version           INTEGER NOT NULL DEFAULT 1,
    CHECK (from_warehouse_id <> to_warehouse_id)
);
CREATE INDEX transfers_open ON transfers(state, id);

CREATE TABLE transfer_lines (
    transfer_id INTEGER NOT NULL REFERENCES transfers(id),
    product_id  INTEGER NOT NULL REFERENCES products(id),
    quantity    INTEGER NOT NULL CHECK (quantity > 0),
    received    INTEGER CHECK (received >= 0 AND received <= quantity),
    PRIMARY KEY (transfer_id, product_id)
) WITHOUT ROWID;
