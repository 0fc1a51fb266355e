-- Idempotent POSTs (issue 16), PostgreSQL dialect: as
-- resources/sql/sqlite/0076. Only service accounts (the gateway) read the
-- table, and they write it only through the two checked functions below,
-- which refuse every other caller. The call itself is audited in api_calls
-- under the key's name, the write it answers by its own store.

CREATE TABLE idempotency_keys (
    api_key_id   BIGINT  NOT NULL REFERENCES api_keys(id),
    key          TEXT    COLLATE "C" NOT NULL,
    route        TEXT    NOT NULL,
    request_hash TEXT    NOT NULL,
    status       INTEGER NOT NULL CHECK (status BETWEEN 200 AND 299),
    body         TEXT    NOT NULL,
    location     TEXT    NOT NULL DEFAULT '',
    created_at   BIGINT  NOT NULL,
    PRIMARY KEY (api_key_id, key)
);
CREATE INDEX idempotency_keys_created ON idempotency_keys(created_at);
ALTER TABLE idempotency_keys ENABLE ROW LEVEL SECURITY;
GRANT SELECT ON idempotency_keys TO docket_service;
CREATE POLICY idempotency_keys_service ON idempotency_keys FOR SELECT TO docket_service
    USING (true);

-- Keeps the answer to a request (IdempotencyStore::remember), in place of an
-- expired answer of the same key (older than a day, kKeepSeconds); a live
-- answer is never replaced. The time is the server's.
CREATE FUNCTION docket_idempotency_remember(p_api_key bigint, p_key text, p_route text,
                                            p_hash text, p_status integer, p_body text,
                                            p_location text)
RETURNS void
LANGUAGE plpgsql SECURITY DEFINER AS $$
DECLARE
    v_count integer;
BEGIN
    IF NOT docket_is_service() THEN
        PERFORM docket_refuse('only the gateway keeps idempotency keys');
    END IF;
    IF p_api_key IS NULL OR NOT EXISTS (SELECT 1 FROM api_keys WHERE id = p_api_key
                                                               AND revoked_at IS NULL) THEN
        RAISE EXCEPTION 'no such API key' USING ERRCODE = '22023';
    END IF;
    IF p_key IS NULL OR length(p_key) NOT BETWEEN 1 AND 255 OR p_key !~ '^[\x21-\x7e]+$' THEN
        RAISE EXCEPTION 'an idempotency key is 1 to 255 visible ASCII characters'
            USING ERRCODE = '22023';
    END IF;
    IF p_route IS NULL OR p_hash IS NULL OR p_body IS NULL OR p_location IS NULL
       OR p_status IS NULL
       OR p_status NOT BETWEEN 200 AND 299 THEN
        RAISE EXCEPTION 'only a successful answer is kept' USING ERRCODE = '22023';
    END IF;
    INSERT INTO idempotency_keys(api_key_id, key, route, request_hash, status, body, location,
                                 created_at)
    VALUES (p_api_key, p_key, p_route, p_hash, p_status, p_body, p_location, docket_now())
    ON CONFLICT (api_key_id, key) DO UPDATE
        SET route = EXCLUDED.route, request_hash = EXCLUDED.request_hash,
            status = EXCLUDED.status, body = EXCLUDED.body, location = EXCLUDED.location,
            created_at = EXCLUDED.created_at
        WHERE idempotency_keys.created_at < docket_now() - 86400;
    GET DIAGNOSTICS v_count = ROW_COUNT;
    IF v_count = 0 THEN
        RAISE EXCEPTION 'the idempotency key % is in use', p_key USING ERRCODE = '23505';
    END IF;
END
$$;

-- Forgets the answers kept before `p_before` (the gateway's housekeeping).
CREATE FUNCTION docket_idempotency_purge(p_before bigint) RETURNS integer
LANGUAGE plpgsql SECURITY DEFINER AS $$
DECLARE
    v_count integer;
BEGIN
    IF NOT docket_is_service() THEN
        PERFORM docket_refuse('only the gateway keeps idempotency keys');
    END IF;
    DELETE FROM idempotency_keys WHERE created_at < COALESCE(p_before, 0);
    GET DIAGNOSTICS v_count = ROW_COUNT;
    RETURN v_count;
END
$$;

INSERT INTO docket_login_functions(name) VALUES
    ('docket_idempotency_remember'), ('docket_idempotency_purge');
SELECT docket_harden();
