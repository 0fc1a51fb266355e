-- The gateway's call log purge (issue 16), PostgreSQL only (SQLite has no
-- 0080: the gateway's SQLite connection deletes the rows itself).
--
-- The gateway's housekeeping deletes api_calls rows older than the shop's
-- gateway.log_keep_days (ApiKeyStore::purgeCalls). The service account had
-- INSERT and DELETE on the table but no SELECT, and a DELETE with a WHERE
-- reads the column it compares: every purge was refused, and the log grew
-- without end. It now deletes through this checked function; the plain DELETE
-- goes (the function is the one way).

REVOKE DELETE ON api_calls FROM docket_service;

-- Forgets the calls logged before `p_before` (UTC seconds); how many.
CREATE FUNCTION docket_api_calls_purge(p_before bigint) RETURNS integer
LANGUAGE plpgsql SECURITY DEFINER AS $$
DECLARE
    v_count integer;
BEGIN
    IF NOT docket_is_service() THEN
        PERFORM docket_refuse('only the gateway purges its call log');
    END IF;
    DELETE FROM api_calls WHERE at < COALESCE(p_before, 0);
    GET DIAGNOSTICS v_count = ROW_COUNT;
    RETURN v_count;
END
$$;

INSERT INTO docket_login_functions(name) VALUES ('docket_api_calls_purge');
SELECT docket_harden();
