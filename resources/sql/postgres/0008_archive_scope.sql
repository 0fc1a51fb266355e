-- The archive follows the login's scope, as Docket's archive list does.
--
-- 0005's policy let every login with "restore_archived" and an own scope read
-- every archived order (and a channel scope those of its channels). Docket's
-- OrderStore::archived() and restore() show a session only the archived
-- orders of its scope, judged by the snapshot the order was archived with: its
-- channel for a channel scope; for an own scope, orders it created or that
-- were assigned to it. The policy now says the same, so a login with psql
-- reads (and deletes) no archived order Docket would not show it.

DROP POLICY order_archive_scope ON order_archive;

-- (SELECT f()) makes each function one InitPlan per query, not a call per row.
CREATE POLICY order_archive_scope ON order_archive TO docket_user
    USING ((SELECT docket_can('restore_archived'))
           AND ((SELECT docket_scope_kind()) = 'all'
                OR ((SELECT docket_scope_kind()) = 'own'
                    AND (CAST(snapshot AS json)->'order'->>'created_by'
                             = (SELECT docket_user_name())
                         OR CAST(snapshot AS json)->'order'->>'assigned_to'
                             = (SELECT docket_user_name())))
                OR ((SELECT docket_scope_kind()) = 'channels'
                    AND (CAST(snapshot AS json)->'order'->>'channel')
                        = ANY (CAST((SELECT docket_scope_channels()) AS text[])))));
