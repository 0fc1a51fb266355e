-- A commit mark says whether it was written, and one login cannot flood
-- the table (issue 18; review of stop 34, M3).
--
-- docket_commit_mark returned nothing: when the connection id was another
-- login's (the UPDATE found none of this login's rows and the INSERT met the
-- other's row), it wrote nothing and the desk still counted the mark as
-- written. After a lost COMMIT the desk would then find no mark, call the
-- kept change lost and make it twice. It now answers true when the mark is
-- written and false when it is not; the desk counts only a true one (and
-- a server before this migration, which answers nothing, as before).
--
-- Made-up connection ids each cost a row until a new connection prunes rows
-- quiet for two days. A login now keeps at most 1,000 marks: writing a new
-- connection's first mark drops that login's quietest rows beyond that.
-- A desk holds a handful of connections and the gateway at most its pool,
-- so only a connection quiet for long loses its mark (and marks again at its
-- next commit).

DROP FUNCTION docket_commit_mark(uuid, bigint);

CREATE FUNCTION docket_commit_mark(p_connection uuid, p_token bigint) RETURNS boolean
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
      AND connection IN (SELECT connection FROM docket_commit_marks
                         WHERE login = session_user
                         ORDER BY marked_at DESC, connection
                         OFFSET 1000);
    RETURN true;
END
$$;

SELECT docket_harden();
