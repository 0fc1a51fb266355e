-- A login cannot grow the commit marks without bound within an hour either
-- (issue 18; stop 35 left it open).
--
-- 0141 and 0142 keep a login at 1,000 marks, but only drop marks quiet for
-- an hour: a login calling docket_commit_mark with made-up connection ids
-- could still add as many as it liked within the hour. Now a login that
-- already holds 10,000 marks gets no new connection id: the function
-- answers false, as for an id of another login, and the desk judges that
-- commit by its transaction id alone. A desk opens one connection id per
-- connection object, so only a flood ever meets the limit, and it meets it
-- for its own login only; a connection that already has its mark keeps
-- updating it.
--
-- The index serves the per-login count and the prune, which read every
-- mark of the table without it.

CREATE INDEX IF NOT EXISTS docket_commit_marks_login
    ON docket_commit_marks (login, marked_at);

CREATE OR REPLACE FUNCTION docket_commit_mark(p_connection uuid, p_token bigint) RETURNS boolean
LANGUAGE plpgsql SECURITY DEFINER AS $$
DECLARE
    held bigint;
BEGIN
    IF p_connection IS NULL OR p_token IS NULL THEN
        RETURN false;
    END IF;
    UPDATE docket_commit_marks SET token = p_token, marked_at = now()
    WHERE connection = p_connection AND login = session_user;
    IF FOUND THEN
        RETURN true;
    END IF;
    DELETE FROM docket_commit_marks WHERE marked_at < now() - interval '2 days';
    DELETE FROM docket_commit_marks
    WHERE login = session_user
      AND marked_at < now() - interval '1 hour'
      AND connection IN (SELECT connection FROM docket_commit_marks
                         WHERE login = session_user
                         ORDER BY marked_at DESC, connection
                         OFFSET 999); -- with the new mark, 1,000
    SELECT count(*) INTO held
    FROM (SELECT 1 FROM docket_commit_marks WHERE login = session_user LIMIT 10000) AS m;
    IF held >= 10000 THEN
        RETURN false; -- too many connection ids for one login: none more
    END IF;
    INSERT INTO docket_commit_marks(connection, login, token, marked_at)
    VALUES (p_connection, session_user, p_token, now())
    ON CONFLICT (connection) DO NOTHING;
    IF NOT FOUND THEN
        RETURN false; -- the id belongs to a connection of another login
    END IF;
    RETURN true;
END
$$;

SELECT docket_harden();
