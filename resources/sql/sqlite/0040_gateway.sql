-- The HTTP gateway (issue 16): API keys, where orders came from (intake is
-- idempotent by channel and external id), the intake log, the webhook
-- secrets of the sales channels, and the outbox of events for other systems
-- with its subscriptions and deliveries. Times are UTC seconds.

-- An API key: a random secret shown once when it is made; only its SHA-256
-- is kept. `prefix` (the key's first characters, not secret) finds the row.
-- A key acts with its role's permissions in its scope, under the name
-- "key:NAME" in the audit trail.
CREATE TABLE api_keys (
    id              INTEGER PRIMARY KEY,
    name            TEXT    NOT NULL,
    prefix          TEXT    NOT NULL UNIQUE,
    key_hash        TEXT    NOT NULL,
    role_id         INTEGER NOT NULL REFERENCES roles(id),
    scope           TEXT    NOT NULL DEFAULT 'all',
    rate_per_minute INTEGER NOT NULL DEFAULT 600 CHECK (rate_per_minute > 0),
    created_at      INTEGER NOT NULL,
    created_by      TEXT    NOT NULL,
    revoked_at      INTEGER,
    revoked_by      TEXT,
    last_used_at    INTEGER
);
CREATE UNIQUE INDEX api_keys_name ON api_keys(lower(name));

-- Every call of the API: who, what, the answer (written by the gateway in
-- batches; kept for gateway.log_keep_days).
CREATE TABLE api_calls (
    id        INTEGER PRIMARY KEY,
    at        INTEGER NOT NULL,
    key_id    INTEGER,
    principal TEXT    NOT NULL,
    method    TEXT    NOT NULL,
    path      TEXT    NOT NULL,
    status    INTEGER NOT NULL,
    remote    TEXT    NOT NULL DEFAULT '',
    ms        INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX api_calls_at ON api_calls(at);
CREATE INDEX api_calls_key ON api_calls(key_id, at);

-- A sales channel's signed webhooks (WooCommerce): the secret the shop signs
-- with (kept as it is: the signature is checked with it), and what to do with
-- a line whose SKU is not in the catalogue: refuse the order, or take the
-- line unlinked. Read by the gateway; administrators see that a secret is
-- set, not the secret.
CREATE TABLE intake_channels (
    channel     TEXT    PRIMARY KEY,
    kind        TEXT    NOT NULL DEFAULT 'woocommerce',
    secret      TEXT    NOT NULL,
    unknown_sku TEXT    NOT NULL DEFAULT 'refuse' CHECK (unknown_sku IN ('refuse', 'unlinked')),
    updated_at  INTEGER NOT NULL,
    updated_by  TEXT    NOT NULL
);

-- Where an order came from. Intake is idempotent by (channel, external_id):
-- a resend finds its order here and updates it or does nothing. `payload` is
-- the order as the source last sent it (normalised JSON), so a resend
-- changes only what the source changed. No foreign key: when the order is
-- deleted (archived) its row stays, and a resend does not bring it back.
CREATE TABLE order_sources (
    channel     TEXT    NOT NULL,
    external_id TEXT    NOT NULL,
    order_id    INTEGER NOT NULL,
    external_number TEXT NOT NULL DEFAULT '',
    source      TEXT    NOT NULL,
    payload     TEXT    NOT NULL,
    created_at  INTEGER NOT NULL,
    updated_at  INTEGER NOT NULL,
    PRIMARY KEY (channel, external_id)
);
CREATE INDEX order_sources_order ON order_sources(order_id);
-- A customer looks an order up by the number the shop gave it (GET /track).
CREATE INDEX order_sources_number ON order_sources(external_number);

-- What the gateway refused (and resends of deleted orders): administrators
-- see why, with the start of what was sent.
CREATE TABLE intake_log (
    id          INTEGER PRIMARY KEY,
    at          INTEGER NOT NULL,
    source      TEXT    NOT NULL,
    channel     TEXT    NOT NULL DEFAULT '',
    external_id TEXT    NOT NULL DEFAULT '',
    principal   TEXT    NOT NULL DEFAULT '',
    status      INTEGER NOT NULL,
    code        TEXT    NOT NULL,
    field       TEXT    NOT NULL DEFAULT '',
    message     TEXT    NOT NULL,
    remote      TEXT    NOT NULL DEFAULT '',
    body        TEXT    NOT NULL DEFAULT ''
);
CREATE INDEX intake_log_at ON intake_log(at);

-- Other systems synchronise by "changed since" (GET /api/v1/orders?updated_since=).
CREATE INDEX orders_updated ON orders(updated_at);

-- ---- outbound webhooks ----

-- A receiver: its URL, the secret its payloads are signed with, and the
-- events it wants ('*' or kinds separated by commas).
CREATE TABLE webhook_subscriptions (
    id         INTEGER PRIMARY KEY,
    url        TEXT    NOT NULL,
    secret     TEXT    NOT NULL,
    events     TEXT    NOT NULL DEFAULT '*',
    active     INTEGER NOT NULL DEFAULT 1,
    created_at INTEGER NOT NULL,
    created_by TEXT    NOT NULL,
    removed_at INTEGER,
    removed_by TEXT
);

-- An event for other systems, written in the same transaction as the change
-- (the triggers below). `event_id` is what receivers drop repeats by.
CREATE TABLE outbox_events (
    id       INTEGER PRIMARY KEY,
    event_id TEXT    NOT NULL UNIQUE,
    kind     TEXT    NOT NULL,
    order_id INTEGER,
    at       INTEGER NOT NULL,
    payload  TEXT    NOT NULL
);
CREATE INDEX outbox_events_at ON outbox_events(at);

-- One event for one subscription: pending until the receiver answered 2xx
-- (delivered) or the retries ran out (failed).
CREATE TABLE webhook_deliveries (
    id              INTEGER PRIMARY KEY,
    subscription_id INTEGER NOT NULL REFERENCES webhook_subscriptions(id) ON DELETE CASCADE,
    event_id        INTEGER NOT NULL REFERENCES outbox_events(id) ON DELETE CASCADE,
    state           TEXT    NOT NULL DEFAULT 'pending'
                            CHECK (state IN ('pending', 'delivered', 'failed')),
    attempts        INTEGER NOT NULL DEFAULT 0,
    next_attempt_at INTEGER NOT NULL,
    last_status     INTEGER,
    last_error      TEXT    NOT NULL DEFAULT '',
    delivered_at    INTEGER,
    UNIQUE (subscription_id, event_id)
);
CREATE INDEX webhook_deliveries_due ON webhook_deliveries(next_attempt_at)
    WHERE state = 'pending';
CREATE INDEX webhook_deliveries_event ON webhook_deliveries(event_id);

-- Every attempt, for the delivery log.
CREATE TABLE webhook_attempts (
    id          INTEGER PRIMARY KEY,
    delivery_id INTEGER NOT NULL REFERENCES webhook_deliveries(id) ON DELETE CASCADE,
    at          INTEGER NOT NULL,
    status      INTEGER NOT NULL DEFAULT 0,
    error       TEXT    NOT NULL DEFAULT '',
    ms          INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX webhook_attempts_delivery ON webhook_attempts(delivery_id);

-- The order events, written only while some subscription is active (no
-- outbox rows pile up for nobody; a subscription gets the events from when it
-- was added). One delivery per subscription that wants the kind.
CREATE TRIGGER orders_outbox_created AFTER INSERT ON orders
WHEN EXISTS (SELECT 1 FROM webhook_subscriptions WHERE active = 1)
BEGIN
    INSERT INTO outbox_events(event_id, kind, order_id, at, payload)
    VALUES (lower(hex(randomblob(16))), 'order.created', new.id, new.updated_at,
            json_object('order_id', new.id, 'number', new.number, 'channel', new.channel,
                        'status', new.status,
                        'total', printf('%d.%02d', new.total_cents / 100, new.total_cents % 100),
                        'currency', new.currency));
    INSERT INTO webhook_deliveries(subscription_id, event_id, next_attempt_at)
    SELECT s.id, last_insert_rowid(), new.updated_at FROM webhook_subscriptions s
    WHERE s.active = 1
      AND (s.events = '*' OR instr(',' || s.events || ',', ',order.created,') > 0);
END;

CREATE TRIGGER orders_outbox_status AFTER UPDATE OF status ON orders
WHEN old.status <> new.status
     AND EXISTS (SELECT 1 FROM webhook_subscriptions WHERE active = 1)
BEGIN
    INSERT INTO outbox_events(event_id, kind, order_id, at, payload)
    VALUES (lower(hex(randomblob(16))), 'order.status_changed', new.id, new.updated_at,
            json_object('order_id', new.id, 'number', new.number, 'channel', new.channel,
                        'status', new.status, 'previous_status', old.status,
                        'total', printf('%d.%02d', new.total_cents / 100, new.total_cents % 100),
                        'currency', new.currency));
    INSERT INTO webhook_deliveries(subscription_id, event_id, next_attempt_at)
    SELECT s.id, last_insert_rowid(), new.updated_at FROM webhook_subscriptions s
    WHERE s.active = 1
      AND (s.events = '*' OR instr(',' || s.events || ',', ',order.status_changed,') > 0);
END;
