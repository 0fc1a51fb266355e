-- The per-login cap of 0141 never drops the mark just written, nor one
-- written within the last hour (review of stop 35, B2).
--
-- 0141 kept a login's newest 1,000 marks by marked_at, which is the time
-- its transaction began. A connection that wrote its first mark in a
-- transaction that began before others of the same login could see its own
-- new row dropped in the same statement (answering true for a mark that was
-- gone), and two first marks of one login at the same moment could drop each
-- other. Only a login with more than 1,000 connection ids can meet either;
-- now the prune spares the connection marking and every mark younger than
-- an hour, so it only ever drops connections quiet for an hour or more.

CREATE OR REPLACE FUNCTION docket_commit_mark(p_connection uuid, p_token bigint) RETURNS boolean
LANGUAGE plpgsql SECURITY DEFINER AS $$
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
    INSERT INTO docket_commit_marks(connection, login, token, marked_at)
    VALUES (p_connection, session_user, p_token, now())
    ON CONFLICT (connection) DO NOTHING;
    IF NOT FOUND THEN
        RETURN false; -- the id belongs to a connection of another login
    END IF;
    DELETE FROM docket_commit_marks
    WHERE login = session_user
      AND connection <> p_connection
      AND marked_at < now() - interval '1 hour'
      AND connection IN (SELECT connection FROM docket_commit_marks
                         WHERE login = session_user
                         ORDER BY marked_at DESC, connection
                         OFFSET 1000);
    RETURN true;
END
$$;

SELECT docket_harden();
