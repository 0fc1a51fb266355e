-- Fulfilment (issue 15): payments and refunds, shipments with tracking, the
-- review queue, deadlines per step. models/domain/fulfilment.h and
-- reviewrules.h describe the records; FulfilmentStore and ReviewStore write
-- them, each write audited in order_events in the same transaction.
--
-- Ledgers, not counters: money changes only by appending payments and
-- refunds; goods leave only in shipments. The order's cached figures
-- (paid_cents, refunded_cents) change in the same transaction as the records
-- and `docketctl verify` proves them equal to the records.
--
-- Upgrading in place changes no existing order, event or summary: every new
-- column of orders has a default that the existing rows read, and only the
-- deadline columns (step_at, due_at) of open orders are filled, from the
-- order's own history. Orders from before this migration keep records = 0:
-- their statuses were set by hand and stay as they are (see
-- status::byHand). Rows in the summaries are not touched.

ALTER TABLE orders ADD COLUMN bill_country TEXT NOT NULL DEFAULT '';
-- 1: the status follows the records (orders created as pending from now on).
ALTER TABLE orders ADD COLUMN records INTEGER NOT NULL DEFAULT 0;
ALTER TABLE orders ADD COLUMN paid_cents INTEGER NOT NULL DEFAULT 0; -- captured - refunded
ALTER TABLE orders ADD COLUMN refunded_cents INTEGER NOT NULL DEFAULT 0;
-- '' not judged, waiting, approved, rejected; the rule set version that judged it.
ALTER TABLE orders ADD COLUMN review_state TEXT NOT NULL DEFAULT '';
ALTER TABLE orders ADD COLUMN rule_version INTEGER;
-- The step the order waits in (fulfilment::Step: review, payment, shipping,
-- delivery; '' none), when it began and when it is due (UTC seconds; NULL
-- when it waits for nothing: delivered, cancelled, refunded).
ALTER TABLE orders ADD COLUMN step TEXT NOT NULL DEFAULT '';
-- When the order's current step began and when it is due (UTC seconds); NULL
-- when it waits for nothing (delivered, cancelled, refunded).
ALTER TABLE orders ADD COLUMN step_at INTEGER;
ALTER TABLE orders ADD COLUMN due_at INTEGER;

-- The review queue (first page, count badge) and the Due column's sort.
CREATE INDEX orders_review ON orders(created_at) WHERE review_state = 'waiting';
CREATE INDEX orders_due ON orders(due_at) WHERE due_at IS NOT NULL;
-- Review rules' look-ups: earlier orders of the same email or phone.
CREATE INDEX orders_email ON orders(email, created_at) WHERE email <> '';
CREATE INDEX orders_phone ON orders(phone, created_at) WHERE phone <> '';

CREATE TABLE payments (
    id             INTEGER PRIMARY KEY,
    order_id       INTEGER NOT NULL REFERENCES orders(id),
    method         TEXT    NOT NULL,
    amount_cents   INTEGER NOT NULL CHECK (amount_cents > 0),
    currency       TEXT    NOT NULL,
    reference      TEXT    NOT NULL DEFAULT '',
    state          TEXT    NOT NULL CHECK (state IN ('pending', 'captured', 'failed', 'voided')),
    refunded_cents INTEGER NOT NULL DEFAULT 0 CHECK (refunded_cents >= 0),
    created_at     INTEGER NOT NULL,
    created_by     TEXT    NOT NULL,
    updated_at     INTEGER NOT NULL,
    updated_by     TEXT    NOT NULL,
    version        INTEGER NOT NULL DEFAULT 1,
    CHECK (refunded_cents <= amount_cents)
);
CREATE INDEX payments_order ON payments(order_id);
-- One provider transaction is one payment: recording it twice is refused.
CREATE UNIQUE INDEX payments_reference ON payments(method, reference) WHERE reference <> '';

CREATE TABLE refunds (
    id           INTEGER PRIMARY KEY,
    order_id     INTEGER NOT NULL REFERENCES orders(id),
    payment_id   INTEGER NOT NULL REFERENCES payments(id),
    amount_cents INTEGER NOT NULL CHECK (amount_cents > 0),
    currency     TEXT    NOT NULL,
    reason       TEXT    NOT NULL,
    created_at   INTEGER NOT NULL,
    created_by   TEXT    NOT NULL
);
CREATE INDEX refunds_order ON refunds(order_id);
CREATE INDEX refunds_payment ON refunds(payment_id);
-- Net sales subtract refunds on the day they were made.
CREATE INDEX refunds_created ON refunds(created_at);

CREATE TABLE refund_lines (
    refund_id INTEGER NOT NULL REFERENCES refunds(id),
    order_id  INTEGER NOT NULL,
    line_id   INTEGER NOT NULL REFERENCES order_lines(id),
    quantity  INTEGER NOT NULL CHECK (quantity > 0),
    PRIMARY KEY (refund_id, line_id)
);
CREATE INDEX refund_lines_order ON refund_lines(order_id);

CREATE TABLE shipments (
    id              INTEGER PRIMARY KEY,
    order_id        INTEGER NOT NULL REFERENCES orders(id),
    carrier         TEXT    NOT NULL,
    tracking_number TEXT    NOT NULL DEFAULT '',
    shipped_at      INTEGER NOT NULL,
    delivered_at    INTEGER,
    created_at      INTEGER NOT NULL,
    created_by      TEXT    NOT NULL,
    version         INTEGER NOT NULL DEFAULT 1
);
CREATE INDEX shipments_order ON shipments(order_id);
-- A tracking number names one parcel of its carrier.
CREATE UNIQUE INDEX shipments_tracking ON shipments(carrier, tracking_number)
    WHERE tracking_number <> '';
-- Time to shipment is measured from the shipments.
CREATE INDEX shipments_shipped ON shipments(shipped_at);

CREATE TABLE shipment_lines (
    shipment_id INTEGER NOT NULL REFERENCES shipments(id),
    order_id    INTEGER NOT NULL,
    line_id     INTEGER NOT NULL REFERENCES order_lines(id),
    quantity    INTEGER NOT NULL CHECK (quantity > 0),
    PRIMARY KEY (shipment_id, line_id)
);
CREATE INDEX shipment_lines_order ON shipment_lines(order_id);

CREATE TABLE tracking_events (
    id          INTEGER PRIMARY KEY,
    shipment_id INTEGER NOT NULL REFERENCES shipments(id),
    order_id    INTEGER NOT NULL,
    at          INTEGER NOT NULL,
    place       TEXT    NOT NULL DEFAULT '',
    status_text TEXT    NOT NULL,
    source      TEXT    NOT NULL DEFAULT 'desk',
    created_at  INTEGER NOT NULL,
    created_by  TEXT    NOT NULL
);
CREATE INDEX tracking_events_shipment ON tracking_events(shipment_id, at);
CREATE INDEX tracking_events_order ON tracking_events(order_id);

-- Every version of the review rule set (models/domain/reviewrules.h), as
-- JSON; the newest is in force. Changed by ReviewStore::setRules with
-- "manage_rules", each change in the security log.
CREATE TABLE review_rule_sets (
    version    INTEGER PRIMARY KEY,
    rules      TEXT    NOT NULL,
    changed_at INTEGER NOT NULL,
    changed_by TEXT    NOT NULL,
    note       TEXT    NOT NULL DEFAULT ''
);
INSERT INTO review_rule_sets(version, rules, changed_at, changed_by, note) VALUES (1,
    '{"address":{"on":true},"amount":{"on":true,"thresholds":{"CNY":"800000","EUR":"100000","GBP":"100000","USD":"100000"}},"blocklist":{"addresses":[],"email_domains":[],"on":true,"phones":[]},"country_mismatch":{"on":true},"first_order":{"on":true,"thresholds":{"CNY":"400000","EUR":"50000","GBP":"50000","USD":"50000"}},"quantity":{"max":50,"on":true},"velocity":{"minutes":60,"on":true,"orders":3}}',
    CAST(strftime('%s', 'now') AS INTEGER), 'docket', 'the rules Docket ships with');

-- What the rules found in an order waiting for review (or that was held):
-- the rule and the values its sentence names (reviewrules.h, Finding).
CREATE TABLE review_findings (
    order_id INTEGER NOT NULL REFERENCES orders(id) ON DELETE CASCADE,
    seq      INTEGER NOT NULL,
    rule     TEXT    NOT NULL,
    detail   TEXT    NOT NULL,
    PRIMARY KEY (order_id, seq)
);

-- The new rights in the built-in roles: clerks record payments and ship;
-- supervisors also refund and review; administrators everything, including
-- the review rules; managers read.
INSERT INTO role_permissions(role_id, permission) VALUES
    (1, 'record_payments'), (1, 'ship'),
    (2, 'record_payments'), (2, 'ship'), (2, 'refund'), (2, 'review_orders'),
    (4, 'record_payments'), (4, 'ship'), (4, 'refund'), (4, 'review_orders'),
    (4, 'manage_rules');

-- The overdue numbers of earlier releases become the step limits.
INSERT INTO shop_settings(key, value, updated_at, updated_by)
SELECT 'deadline.payment_hours', value, updated_at, updated_by
FROM shop_settings WHERE key = 'orders.overdue_unpaid_hours';
INSERT INTO shop_settings(key, value, updated_at, updated_by)
SELECT 'deadline.shipping_hours', CAST(CAST(value AS INTEGER) * 24 AS TEXT), updated_at,
       updated_by
FROM shop_settings WHERE key = 'orders.overdue_unshipped_days';

-- The deadlines of open orders, from their own history: a step began when
-- the order last changed status (else when it was made).
UPDATE orders
SET step = (CASE status WHEN 'pending' THEN 'payment' WHEN 'shipped' THEN 'delivery'
            ELSE 'shipping' END),
    step_at = COALESCE((SELECT max(e.at) FROM order_events e
                        WHERE e.order_id = orders.id AND e.kind = 'status'), created_at)
WHERE status IN ('pending', 'paid', 'processing', 'shipped');
UPDATE orders
SET due_at = step_at + 3600 * (CASE step
        WHEN 'payment' THEN COALESCE((SELECT CAST(value AS INTEGER) FROM shop_settings
                                      WHERE key = 'deadline.payment_hours'), 72)
        WHEN 'delivery' THEN 240
        ELSE COALESCE((SELECT CAST(value AS INTEGER) FROM shop_settings
                       WHERE key = 'deadline.shipping_hours'), 48)
    END)
WHERE step_at IS NOT NULL;
