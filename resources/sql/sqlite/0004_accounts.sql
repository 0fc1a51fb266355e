-- Accounts: users, roles (built-in and custom) as sets of permission codes,
-- and the security log. Times are UTC seconds since the epoch.

CREATE TABLE roles (
    id          INTEGER PRIMARY KEY,
    name        TEXT    NOT NULL,
    description TEXT    NOT NULL DEFAULT '',
    builtin     INTEGER NOT NULL DEFAULT 0, -- 1: shipped with Docket, read-only
    created_at  INTEGER NOT NULL DEFAULT 0
);
CREATE UNIQUE INDEX roles_name ON roles(lower(name));

-- Permission codes as in models/domain/session.cpp (view_orders, ...).
CREATE TABLE role_permissions (
    role_id    INTEGER NOT NULL REFERENCES roles(id) ON DELETE CASCADE,
    permission TEXT    NOT NULL,
    PRIMARY KEY (role_id, permission)
);

CREATE TABLE users (
    id                  INTEGER PRIMARY KEY,
    name                TEXT    NOT NULL,
    display_name        TEXT    NOT NULL DEFAULT '',
    password_hash       TEXT    NOT NULL, -- libsodium crypto_pwhash_str (Argon2id, own salt)
    role_id             INTEGER NOT NULL REFERENCES roles(id),
    scope               TEXT    NOT NULL DEFAULT 'all', -- all | own | channels:web,retail
    disabled            INTEGER NOT NULL DEFAULT 0,
    failed_attempts     INTEGER NOT NULL DEFAULT 0, -- wrong passwords in a row
    locked_until        INTEGER,                    -- no sign-in before this time
    created_at          INTEGER NOT NULL,
    password_changed_at INTEGER
);
-- User names are unique regardless of case ("Alice" signs in as "alice").
CREATE UNIQUE INDEX users_name ON users(lower(name));
CREATE INDEX users_role ON users(role_id);

-- Sign-ins, lockouts, password changes and every change of rights:
-- who (actor), to whom (target), what (kind), old -> new.
CREATE TABLE security_events (
    id        INTEGER PRIMARY KEY,
    at        INTEGER NOT NULL,
    actor     TEXT    NOT NULL,
    kind      TEXT    NOT NULL,
    target    TEXT    NOT NULL DEFAULT '',
    old_value TEXT    NOT NULL DEFAULT '',
    new_value TEXT    NOT NULL DEFAULT '',
    note      TEXT    NOT NULL DEFAULT ''
);
CREATE INDEX security_events_at     ON security_events(at);
CREATE INDEX security_events_actor  ON security_events(actor, at);
CREATE INDEX security_events_target ON security_events(target, at);
CREATE INDEX security_events_kind   ON security_events(kind, at);

INSERT INTO roles(id, name, description, builtin) VALUES
    (1, 'clerk', 'Works orders through their workflow', 1),
    (2, 'supervisor', 'Clerk, plus invalidates, deletes and restores orders', 1),
    (3, 'manager', 'Reads every order and the analytics; changes nothing', 1),
    (4, 'administrator', 'Everything, including users, settings and backups', 1);

INSERT INTO role_permissions(role_id, permission) VALUES
    (1, 'view_orders'), (1, 'create_orders'), (1, 'edit_orders'), (1, 'change_status'),
    (1, 'mark_seen'),
    (2, 'view_orders'), (2, 'create_orders'), (2, 'edit_orders'), (2, 'change_status'),
    (2, 'mark_seen'), (2, 'invalidate'), (2, 'delete_invalid'), (2, 'restore_archived'),
    (3, 'view_orders'), (3, 'view_analytics'), (3, 'export'),
    (4, 'view_orders'), (4, 'create_orders'), (4, 'edit_orders'), (4, 'change_status'),
    (4, 'mark_seen'), (4, 'invalidate'), (4, 'delete_invalid'), (4, 'restore_archived'),
    (4, 'view_analytics'), (4, 'export'), (4, 'manage_users'), (4, 'change_settings'),
    (4, 'backup');
