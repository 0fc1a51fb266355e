-- Invoice numbers (issue 13, item 15). An order's invoice number is assigned
-- the first time its invoice is printed or saved as PDF (InvoiceStore::issue),
-- stored, and never reused: numbers come from the counter below (not from
-- MAX(), which would hand a deleted order's number out again), one at a time
-- inside the issuing write transaction (SQLite has one writer), so they are
-- also without gaps. The row has no foreign key on purpose: it outlives the
-- order's deletion, so a restored order (which keeps its id) keeps its number.
-- Each number's assignment is in the order's history ('invoiced').

CREATE TABLE invoice_counter (
    id   INTEGER PRIMARY KEY CHECK (id = 1),
    last INTEGER NOT NULL CHECK (last >= 0)
);
INSERT INTO invoice_counter(id, last) VALUES (1, 0);

CREATE TABLE invoices (
    order_id  INTEGER PRIMARY KEY,
    seq       INTEGER NOT NULL UNIQUE,
    number    TEXT    NOT NULL UNIQUE,
    issued_at INTEGER NOT NULL,
    issued_by TEXT    NOT NULL
);
