-- Idempotent POSTs (issue 16): an API client sends an Idempotency-Key header
-- with POST /api/v1/orders and the payments, refunds and shipments of an
-- order; the first successful answer is kept here, in the same transaction as
-- the write it answers, by (API key, key) with the request it answered (method
-- and path, SHA-256 of the body). A resend gets the same answer without a
-- second write; the same key with another request is refused (422). An
-- answer counts for a day (IdempotencyStore::kKeepSeconds); older rows go
-- with the gateway's housekeeping. `location` is the answer's Location header.

CREATE TABLE idempotency_keys (
    api_key_id   INTEGER NOT NULL REFERENCES api_keys(id),
    key          TEXT    NOT NULL,
    route        TEXT    NOT NULL,
    request_hash TEXT    NOT NULL,
    status       INTEGER NOT NULL CHECK (status BETWEEN 200 AND 299),
    body         TEXT    NOT NULL,
    location     TEXT    NOT NULL DEFAULT '',
    created_at   INTEGER NOT NULL,
    PRIMARY KEY (api_key_id, key)
);
CREATE INDEX idempotency_keys_created ON idempotency_keys(created_at);
