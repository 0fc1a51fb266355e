-- Commit marks: a COMMIT whose answer was lost is looked up by a mark of its
-- own, not by its transaction id (issue 18 item 3, failover).
--
-- When the connection drops while COMMIT is under way, the desk asks the
-- server it reconnects to whether the change was kept. Until now it asked
-- pg_xact_status(xid). After a failover that server is a promoted standby,
-- and when none of the lost transaction's WAL reached it, it hands out the
-- same transaction ids again from where its replay stopped: another desk's
-- write (or autovacuum) that took the same id and committed made the desk
-- report the lost change as saved. (The same after a crash of the primary
-- that lost the end of its WAL.) An id alone cannot name a transaction
-- across histories.
--
-- Now every write transaction of a desk, just before COMMIT, writes a mark:
-- its connection's random id and a number that grows with each commit of
-- that connection (WriteTransaction::commit). The mark commits or is lost
-- with the transaction. After a lost COMMIT the desk reads its connection's
-- mark on whichever server answers: its own number there means the change
-- was kept on that server's history; anything else means it was not. No
-- other connection can write that row (the id is random and the row is the
-- login's own), so no other transaction can make it look saved.
--
-- Not an audit event: it records no change of shop data, only that a
-- transaction of this connection committed. One row per connection, updated
-- in place (no index on what changes: a HOT update); rows of connections
-- quiet for two days go when a new connection writes its first mark.

CREATE TABLE docket_commit_marks (
    connection  uuid        PRIMARY KEY,
    login       name        NOT NULL,
    token       bigint      NOT NULL,
    marked_at   timestamptz NOT NULL
);
-- Nobody but these functions reads or writes it.
REVOKE ALL ON docket_commit_marks FROM PUBLIC;

-- Marks the transaction under way as this connection's commit number p_token.
CREATE FUNCTION docket_commit_mark(p_connection uuid, p_token bigint) RETURNS void
LANGUAGE plpgsql SECURITY DEFINER AS $$
BEGIN
    IF p_connection IS NULL OR p_token IS NULL THEN
        RETURN;
    END IF;
    UPDATE docket_commit_marks SET token = p_token, marked_at = now()
    WHERE connection = p_connection AND login = session_user;
    IF FOUND THEN
        RETURN;
    END IF;
    DELETE FROM docket_commit_marks WHERE marked_at < now() - interval '2 days';
    INSERT INTO docket_commit_marks(connection, login, token, marked_at)
    VALUES (p_connection, session_user, p_token, now())
    ON CONFLICT (connection) DO NOTHING;
END
$$;

-- The number of the last commit of this login's connection p_connection that
-- this server has (NULL: none).
CREATE FUNCTION docket_commit_seen(p_connection uuid) RETURNS bigint
LANGUAGE sql STABLE SECURITY DEFINER AS $$
    SELECT token FROM docket_commit_marks
    WHERE connection = p_connection AND login = session_user
$$;

INSERT INTO docket_login_functions(name) VALUES ('docket_commit_mark'), ('docket_commit_seen');
SELECT docket_harden();
