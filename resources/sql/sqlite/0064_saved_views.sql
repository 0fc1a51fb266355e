-- Saved views (issue 13, item 10): the order list's filter, sort and columns
-- under a name, per user; an administrator may share one of theirs with a
-- role (every user of that role sees it). `filter` and `layout` are JSON
-- (SavedViewStore, ListLayout). Every change is in the security log
-- (view_saved, view_renamed, view_deleted, view_shared) in the same
-- transaction.

CREATE TABLE saved_views (
    id         INTEGER PRIMARY KEY,
    owner      TEXT    NOT NULL,
    name       TEXT    NOT NULL,
    role_id    INTEGER REFERENCES roles(id) ON DELETE SET NULL, -- shared with; NULL: private
    filter     TEXT    NOT NULL,
    layout     TEXT    NOT NULL,
    created_at INTEGER NOT NULL,
    updated_at INTEGER NOT NULL
);
CREATE UNIQUE INDEX saved_views_owner_name ON saved_views(lower(owner), lower(name));
CREATE INDEX saved_views_role ON saved_views(role_id);
