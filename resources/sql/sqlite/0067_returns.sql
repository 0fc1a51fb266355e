-- Returns, exchanges and feedback (issue 17).
--
-- A return request belongs to a shipped or delivered order: lines (a product
-- of the order and how many), a reason, a state with the deadline of its next
-- step, and once closed its resolution (a refund amount, the exchange order
-- linked both ways, or a repair note). On receipt each line is restocked to a
-- warehouse (a "return" movement in the stock ledger, return_id set) or
-- written off; a line is dealt with once. Feedback (rating 1-5 and a
-- comment) and service notes hang off the order. Every change writes an
-- order event in the same transaction.

CREATE TABLE returns (
    id                INTEGER PRIMARY KEY,
    order_id          INTEGER NOT NULL REFERENCES orders(id) ON DELETE CASCADE,
    state             TEXT    NOT NULL DEFAULT 'requested'
                              CHECK (state IN ('requested', 'approved', 'rejected', 'received',
                                               'closed')),
    reason            TEXT    NOT NULL
                              CHECK (reason IN ('defective', 'wrong_item', 'not_as_described',
                                                'damaged', 'changed_mind')),
    note              TEXT    NOT NULL DEFAULT '',
    resolution        TEXT    NOT NULL DEFAULT ''
                              CHECK (resolution IN ('', 'refund', 'exchange', 'repair')),
    resolution_note   TEXT    NOT NULL DEFAULT '',
    refund_cents      INTEGER NOT NULL DEFAULT 0 CHECK (refund_cents >= 0),
    exchange_order_id INTEGER REFERENCES orders(id) ON DELETE SET NULL,
    created_at        INTEGER NOT NULL,
    created_by        TEXT    NOT NULL,
    updated_at        INTEGER NOT NULL,
    updated_by        TEXT    NOT NULL,
    deadline_at       INTEGER,
    version           INTEGER NOT NULL DEFAULT 1
);
CREATE INDEX returns_order ON returns(order_id);
CREATE INDEX returns_open ON returns(state, deadline_at, id);
CREATE UNIQUE INDEX returns_exchange ON returns(exchange_order_id)
    WHERE exchange_order_id IS NOT NULL;

CREATE TABLE return_lines (
    return_id    INTEGER NOT NULL REFERENCES returns(id) ON DELETE CASCADE,
    line_no      INTEGER NOT NULL,
    product_id   INTEGER REFERENCES products(id),
    sku          TEXT    NOT NULL,
    name         TEXT    NOT NULL DEFAULT '',
    quantity     INTEGER NOT NULL CHECK (quantity > 0),
    disposition  TEXT    NOT NULL DEFAULT '' CHECK (disposition IN ('', 'restock', 'write_off')),
    warehouse_id INTEGER REFERENCES warehouses(id),
    PRIMARY KEY (return_id, line_no)
) WITHOUT ROWID;
CREATE INDEX return_lines_product ON return_lines(product_id);

CREATE TABLE order_feedback (
    id       INTEGER PRIMARY KEY,
    order_id INTEGER NOT NULL REFERENCES orders(id) ON DELETE CASCADE,
    kind     TEXT    NOT NULL CHECK (kind IN ('feedback', 'note')),
    rating   INTEGER NOT NULL DEFAULT 0
                     CHECK ((kind = 'feedback' AND rating BETWEEN 1 AND 5)
                            OR (kind = 'note' AND rating = 0)),
    comment  TEXT    NOT NULL DEFAULT '',
    at       INTEGER NOT NULL,
    author   TEXT    NOT NULL
);
CREATE INDEX order_feedback_order ON order_feedback(order_id, id);
