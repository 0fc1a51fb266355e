-- The index 0143 added for the per-login count and prune held marked_at,
-- which every PostgreSQL write transaction updates (docket_commit_mark):
-- an indexed column changing makes each of those updates non-HOT (a new
-- heap tuple and new entries in every index of the table). 0137 had kept
-- the table without an index on what changes for that reason (review of
-- stop 36, R1). The login alone never changes: the count and the prune,
-- which run only when a connection marks for the first time, read one
-- login's rows through it and sort at most 10,000 of them.

DROP INDEX IF EXISTS docket_commit_marks_login;
CREATE INDEX docket_commit_marks_login ON docket_commit_marks (login);
