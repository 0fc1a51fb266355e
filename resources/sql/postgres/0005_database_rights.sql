-- Rights held by the database (team mode). Every Docket user is a PostgreSQL
-- login role (lower-case user name) and a member of the group role of their
-- Docket role; GRANTs, row-level security and triggers make the server
-- enforce what the stores enforce, so a clerk connecting with psql and their
-- own password can read and change no more than Docket lets them. The audit
-- trail (order_events) and the archive are written by the database itself,
-- from the changes it sees, so a client can neither skip nor rewrite them.
--
--   docket_user        every Docket login (through one of the groups below)
--   docket_clerk       Docket's clerk role
--   docket_supervisor  supervisor
--   docket_manager     manager (reads, analytics; changes nothing)
--   docket_admin       administrator
-- A custom Docket role maps to the group its permissions need most (see
-- docket_group_for); its exact permissions are checked row by row.
--
-- Connections that are not Docket logins (the database owner, docketctl run
-- by the administrator, the gateway's service account) are trusted: they may
-- name the acting user and the time for the audit trail (docket.actor,
-- docket.now; see dialect::setAuditContext). Logins are always recorded as
-- themselves, at the server's clock.
--
-- Needs a migrating role with CREATEROLE (or a superuser): group roles are
-- cluster-wide and user logins are created by the users table's trigger.

DO $$
DECLARE
    g text;
BEGIN
    IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = current_user
                   AND (rolsuper OR rolcreaterole)) THEN
        RAISE EXCEPTION 'Docket keeps its users as PostgreSQL roles: the role % that sets up '
                        'the database needs the CREATEROLE privilege '
                        '(ALTER ROLE % CREATEROLE).', current_user, current_user;
    END IF;
    -- Several Docket databases on one server share these roles; two of them
    -- set up at the same moment may race to create them: the loser carries on.
    FOREACH g IN ARRAY ARRAY['docket_user', 'docket_clerk', 'docket_supervisor',
                             'docket_manager', 'docket_admin'] LOOP
        IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = g) THEN
            BEGIN
                EXECUTE format('CREATE ROLE %I NOLOGIN', g);
            EXCEPTION WHEN duplicate_object OR unique_violation THEN
                NULL;
            END;
        END IF;
        IF g <> 'docket_user' AND NOT pg_has_role(g, 'docket_user', 'MEMBER') THEN
            BEGIN
                EXECUTE format('GRANT docket_user TO %I', g);
            EXCEPTION WHEN duplicate_object OR unique_violation THEN
                NULL;
            END;
        END IF;
    END LOOP;
    -- Only this database's own users connect to it.
    EXECUTE format('REVOKE CONNECT ON DATABASE %I FROM PUBLIC', current_database());
END
$$;

-- ---- who is acting ----

-- True when the session is a Docket login (and so is held to its rights).
-- Superusers count as members of every role: they are trusted, not logins.
CREATE FUNCTION docket_is_login() RETURNS boolean
LANGUAGE sql STABLE SECURITY DEFINER AS $$
    SELECT EXISTS (SELECT 1 FROM pg_roles r WHERE r.rolname = session_user AND NOT r.rolsuper)
           AND pg_has_role(session_user, 'docket_user', 'MEMBER')
$$;

-- The Docket user behind this login (NULL for trusted connections).
CREATE FUNCTION docket_user_name() RETURNS text
LANGUAGE sql STABLE SECURITY DEFINER AS $$
    SELECT u.name FROM users u
    WHERE lower(u.name) = lower(session_user::text) AND u.disabled = 0 AND docket_is_login()
$$;

-- Whether the acting login's Docket role holds `perm` (trusted: always).
CREATE FUNCTION docket_can(perm text) RETURNS boolean
LANGUAGE sql STABLE SECURITY DEFINER AS $$
    SELECT NOT docket_is_login() OR EXISTS (
        SELECT 1 FROM users u JOIN role_permissions rp ON rp.role_id = u.role_id
        WHERE lower(u.name) = lower(session_user::text) AND u.disabled = 0
          AND rp.permission = perm)
$$;

-- The login's scope: 'all', 'own', 'channels' or 'none' (no such user), and
-- the channels of a channel scope.
CREATE FUNCTION docket_scope_kind() RETURNS text
LANGUAGE sql STABLE SECURITY DEFINER AS $$
    SELECT CASE
        WHEN NOT docket_is_login() THEN 'all'
        ELSE COALESCE((SELECT CASE WHEN u.scope = 'own' THEN 'own'
                                   WHEN u.scope LIKE 'channels:%' THEN 'channels'
                                   ELSE 'all' END
                       FROM users u
                       WHERE lower(u.name) = lower(session_user::text) AND u.disabled = 0),
                      'none')
    END
$$;

CREATE FUNCTION docket_scope_channels() RETURNS text[]
LANGUAGE sql STABLE SECURITY DEFINER AS $$
    SELECT COALESCE((SELECT string_to_array(substr(u.scope, 10), ',')
                     FROM users u
                     WHERE lower(u.name) = lower(session_user::text) AND u.disabled = 0
                       AND u.scope LIKE 'channels:%' AND docket_is_login()),
                    ARRAY[]::text[])
$$;

-- Who and when for the audit trail.
CREATE FUNCTION docket_actor() RETURNS text
LANGUAGE sql STABLE SECURITY DEFINER AS $$
    SELECT CASE WHEN docket_is_login() THEN COALESCE(docket_user_name(), session_user::text)
                ELSE COALESCE(NULLIF(current_setting('docket.actor', true), ''),
                              session_user::text) END
$$;

CREATE FUNCTION docket_now() RETURNS bigint
LANGUAGE sql STABLE SECURITY DEFINER AS $$
    SELECT CASE WHEN NOT docket_is_login() AND NULLIF(current_setting('docket.now', true), '')
                     IS NOT NULL
                THEN CAST(current_setting('docket.now', true) AS bigint)
                ELSE CAST(floor(extract(epoch FROM now())) AS bigint) END
$$;

-- ---- logins follow the users table ----

-- The group role a Docket role's permissions call for.
CREATE FUNCTION docket_group_for(p_role_id bigint) RETURNS text
LANGUAGE sql STABLE SECURITY DEFINER AS $$
    SELECT CASE
        WHEN bool_or(permission = 'manage_users') THEN 'docket_admin'
        WHEN bool_or(permission IN ('invalidate', 'delete_invalid', 'restore_archived'))
            THEN 'docket_supervisor'
        WHEN bool_or(permission IN ('create_orders', 'edit_orders', 'change_status',
                                    'mark_seen'))
            THEN 'docket_clerk'
        ELSE 'docket_manager' END
    FROM role_permissions WHERE role_id = p_role_id
$$;

-- Creates or updates the login of one users row: LOGIN unless disabled, the
-- password handed over in docket.new_password (dialect::setLoginPassword),
-- membership in exactly the group its role calls for, CONNECT on this
-- database.
CREATE FUNCTION docket_sync_login(p_name text, p_role_id bigint, p_disabled integer)
RETURNS void
LANGUAGE plpgsql SECURITY DEFINER AS $$
DECLARE
    r text := lower(p_name);
    grp text := docket_group_for(p_role_id);
    pw text := NULLIF(current_setting('docket.new_password', true), '');
    g text;
BEGIN
    IF EXISTS (SELECT 1 FROM pg_roles WHERE rolname = r AND (rolsuper OR rolcreaterole)) THEN
        RAISE EXCEPTION 'The PostgreSQL role % is an administrator of the server; choose '
                        'another user name.', r;
    END IF;
    IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = r) THEN
        EXECUTE format('CREATE ROLE %I NOLOGIN', r);
    END IF;
    EXECUTE format('ALTER ROLE %I %s', r, CASE WHEN p_disabled = 0 THEN 'LOGIN' ELSE 'NOLOGIN' END);
    IF pw IS NOT NULL THEN
        EXECUTE format('ALTER ROLE %I PASSWORD %L', r, pw);
        PERFORM set_config('docket.new_password', '', true);
    END IF;
    FOREACH g IN ARRAY ARRAY['docket_clerk', 'docket_supervisor', 'docket_manager',
                             'docket_admin'] LOOP
        IF g = grp THEN
            EXECUTE format('GRANT %I TO %I', g, r);
        ELSIF pg_has_role(r, g, 'MEMBER') THEN
            EXECUTE format('REVOKE %I FROM %I', g, r);
        END IF;
    END LOOP;
    EXECUTE format('GRANT CONNECT ON DATABASE %I TO %I', current_database(), r);
END
$$;

CREATE FUNCTION docket_users_trigger() RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER AS $$
BEGIN
    IF TG_OP = 'DELETE' THEN
        IF EXISTS (SELECT 1 FROM pg_roles WHERE rolname = lower(OLD.name)) THEN
            EXECUTE format('ALTER ROLE %I NOLOGIN', lower(OLD.name));
        END IF;
        RETURN NULL;
    END IF;
    PERFORM docket_sync_login(NEW.name, NEW.role_id, NEW.disabled);
    RETURN NULL;
END
$$;
CREATE TRIGGER users_login AFTER INSERT OR UPDATE OF name, role_id, disabled, password_hash
    OR DELETE ON users
    FOR EACH ROW EXECUTE FUNCTION docket_users_trigger();

-- A custom role's permissions changed: its users may belong in another group.
CREATE FUNCTION docket_role_permissions_trigger() RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER AS $$
DECLARE
    u record;
BEGIN
    FOR u IN SELECT name, role_id, disabled FROM users LOOP
        PERFORM docket_sync_login(u.name, u.role_id, u.disabled);
    END LOOP;
    RETURN NULL;
END
$$;
CREATE TRIGGER role_permissions_logins AFTER INSERT OR DELETE OR UPDATE ON role_permissions
    FOR EACH STATEMENT EXECUTE FUNCTION docket_role_permissions_trigger();

-- Users who exist already get their logins (without a password until one is
-- set again).
SELECT docket_sync_login(name, role_id, disabled) FROM users;

-- ---- the audit trail, written by the database ----

CREATE FUNCTION docket_money_text(cents bigint) RETURNS text
LANGUAGE sql IMMUTABLE AS $$
    SELECT CASE WHEN cents < 0 THEN '-' ELSE '' END || (abs(cents) / 100)::text || '.'
           || lpad((abs(cents) % 100)::text, 2, '0')
$$;

-- An order's lines as the timeline shows them: "2× SKU-A Mug @ 4.99; ...".
CREATE FUNCTION docket_lines_text(p_order bigint) RETURNS text
LANGUAGE sql STABLE SECURITY DEFINER AS $$
    SELECT COALESCE(string_agg(l.quantity || '× ' || l.sku || ' ' || l.name || ' @ '
                               || docket_money_text(l.unit_price_cents), '; '
                               ORDER BY l.line_no, l.id), '')
    FROM order_lines l WHERE l.order_id = p_order
$$;

-- Trusted connections may switch the trail off for a bulk load that writes
-- its own (the demo seeder); logins never.
CREATE FUNCTION docket_audit_on() RETURNS boolean
LANGUAGE sql STABLE SECURITY DEFINER AS $$
    SELECT docket_is_login() OR COALESCE(current_setting('docket.audit', true), '') <> 'off'
$$;

CREATE FUNCTION docket_write_event(p_order bigint, p_at bigint, p_actor text, p_kind text,
                                   p_field text, p_old text, p_new text, p_note text)
RETURNS void
LANGUAGE sql SECURITY DEFINER AS $$
    INSERT INTO order_events(order_id, at, actor, kind, field, old_value, new_value, note)
    VALUES (p_order, p_at, p_actor, p_kind, COALESCE(p_field, ''), COALESCE(p_old, ''),
            COALESCE(p_new, ''), COALESCE(p_note, ''))
$$;
REVOKE ALL ON FUNCTION docket_write_event(bigint, bigint, text, text, text, text, text, text)
    FROM PUBLIC;

-- The lines an update replaces: their text, kept for the order's update
-- (below) in a transaction-local setting. Lines deleted with their order
-- (cascade) are not kept.
CREATE FUNCTION docket_lines_deleted_trigger() RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER AS $$
DECLARE
    r record;
BEGIN
    IF NOT docket_audit_on() THEN
        RETURN NULL;
    END IF;
    FOR r IN
        SELECT d.order_id,
               string_agg(d.quantity || '× ' || d.sku || ' ' || d.name || ' @ '
                          || docket_money_text(d.unit_price_cents), '; '
                          ORDER BY d.line_no, d.id) AS text
        FROM deleted_lines d
        WHERE EXISTS (SELECT 1 FROM orders o WHERE o.id = d.order_id)
        GROUP BY d.order_id
    LOOP
        PERFORM set_config('docket.lines_before_' || r.order_id, r.text, true);
    END LOOP;
    RETURN NULL;
END
$$;
CREATE TRIGGER order_lines_before_update AFTER DELETE ON order_lines
    REFERENCING OLD TABLE AS deleted_lines
    FOR EACH STATEMENT EXECUTE FUNCTION docket_lines_deleted_trigger();

-- Every change to an order, as the events OrderStore writes on SQLite:
-- created (or restored, with the archived trail), each edited field, the
-- lines, the total, the status (with docket.note), seen, invalidated,
-- revalidated. Statement triggers over the transition tables: a batch of
-- thousands writes its trail in one INSERT, in order (per order, the same
-- order of events as on SQLite).
CREATE FUNCTION docket_orders_created_trigger() RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER AS $$
DECLARE
    who text;
    ts bigint;
    restoring bigint := CAST(NULLIF(current_setting('docket.restore', true), '') AS bigint);
BEGIN
    IF NOT docket_audit_on() THEN
        RETURN NULL;
    END IF;
    who := docket_actor();
    ts := docket_now();
    IF restoring IS NOT NULL THEN
        -- Back from the archive: its trail, its deletion, its return.
        INSERT INTO order_events(order_id, at, actor, kind, field, old_value, new_value, note)
        SELECT n.id, ev.at, ev.actor, ev.kind, ev.field, ev.old_value, ev.new_value, ev.note
        FROM new_rows n
        CROSS JOIN LATERAL (
            SELECT CAST(e->>'at' AS bigint) AS at, COALESCE(e->>'actor', '') AS actor,
                   COALESCE(e->>'kind', '') AS kind, COALESCE(e->>'field', '') AS field,
                   COALESCE(e->>'old_value', '') AS old_value,
                   COALESCE(e->>'new_value', '') AS new_value,
                   COALESCE(e->>'note', '') AS note, x.i AS seq
            FROM order_archive a,
                 json_array_elements(CAST(a.snapshot AS json)->'events') WITH ORDINALITY
                     AS x(e, i)
            WHERE a.id = restoring
            UNION ALL
            SELECT a.deleted_at, a.deleted_by, 'deleted', '', '', '', '', 1000000000
            FROM order_archive a WHERE a.id = restoring
            UNION ALL
            SELECT ts, who, 'restored', '', '', '', '', 1000000001) ev
        ORDER BY n.id, ev.seq;
        RETURN NULL;
    END IF;
    INSERT INTO order_events(order_id, at, actor, kind, field, old_value, new_value, note)
    SELECT n.id, ts, who, 'created', '', '', n.number, '' FROM new_rows n ORDER BY n.id;
    RETURN NULL;
END
$$;
CREATE TRIGGER orders_audit_insert AFTER INSERT ON orders
    REFERENCING NEW TABLE AS new_rows
    FOR EACH STATEMENT EXECUTE FUNCTION docket_orders_created_trigger();

CREATE FUNCTION docket_orders_changed_trigger() RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER AS $$
DECLARE
    who text;
    ts bigint;
    v_note text := COALESCE(current_setting('docket.note', true), '');
BEGIN
    IF NOT docket_audit_on() THEN
        RETURN NULL;
    END IF;
    who := docket_actor();
    ts := docket_now();
    INSERT INTO order_events(order_id, at, actor, kind, field, old_value, new_value, note)
    SELECT c.id, ts, who, c.kind, c.field, COALESCE(c.old_value, ''), COALESCE(c.new_value, ''),
           COALESCE(c.note, '')
    FROM (
        SELECT n.id, f.seq, 'edited' AS kind, f.field, f.a AS old_value, f.b AS new_value,
               '' AS note
        FROM old_rows o JOIN new_rows n ON n.id = o.id
        CROSS JOIN LATERAL (VALUES
            (1, 'customer_name', o.customer_name COLLATE "C", n.customer_name COLLATE "C"),
            (2, 'email', o.email, n.email),
            (3, 'phone', o.phone, n.phone),
            (4, 'ship_street', o.ship_street, n.ship_street),
            (5, 'ship_city', o.ship_city, n.ship_city),
            (6, 'ship_postcode', o.ship_postcode, n.ship_postcode),
            (7, 'ship_region', o.ship_region, n.ship_region),
            (8, 'ship_country', o.ship_country, n.ship_country),
            (9, 'channel', o.channel, n.channel),
            (10, 'currency', o.currency, n.currency),
            (11, 'note', o.note, n.note),
            (12, 'assigned_to', o.assigned_to, n.assigned_to)) AS f(seq, field, a, b)
        WHERE f.a IS DISTINCT FROM f.b
        UNION ALL
        -- The lines this update replaced (kept by order_lines_before_update).
        SELECT l.id, 20, 'edited', 'lines', l.before, docket_lines_text(l.id), ''
        FROM (SELECT n.id,
                     NULLIF(current_setting('docket.lines_before_' || n.id, true), '') AS before
              FROM new_rows n) l
        WHERE l.before IS NOT NULL AND l.before IS DISTINCT FROM docket_lines_text(l.id)
        UNION ALL
        SELECT n.id, 21, 'edited', 'total_cents', docket_money_text(o.total_cents),
               docket_money_text(n.total_cents), ''
        FROM old_rows o JOIN new_rows n ON n.id = o.id
        WHERE o.total_cents IS DISTINCT FROM n.total_cents
        UNION ALL
        SELECT n.id, 22, 'status', 'status', o.status, n.status, v_note
        FROM old_rows o JOIN new_rows n ON n.id = o.id
        WHERE o.status IS DISTINCT FROM n.status
        UNION ALL
        SELECT n.id, 23, 'seen', '', '', '', ''
        FROM old_rows o JOIN new_rows n ON n.id = o.id
        WHERE o.seen_at IS NULL AND n.seen_at IS NOT NULL
        UNION ALL
        SELECT n.id, 24, 'invalidated', '', '', '', n.invalid_reason
        FROM old_rows o JOIN new_rows n ON n.id = o.id
        WHERE o.invalid_at IS NULL AND n.invalid_at IS NOT NULL
        UNION ALL
        SELECT n.id, 24, 'revalidated', '', o.invalid_reason, '', ''
        FROM old_rows o JOIN new_rows n ON n.id = o.id
        WHERE o.invalid_at IS NOT NULL AND n.invalid_at IS NULL) c
    ORDER BY c.id, c.seq;
    -- Used up: a later update in this transaction compares afresh.
    PERFORM set_config('docket.lines_before_' || n.id, '', true)
    FROM new_rows n
    WHERE NULLIF(current_setting('docket.lines_before_' || n.id, true), '') IS NOT NULL;
    RETURN NULL;
END
$$;
CREATE TRIGGER orders_audit_update AFTER UPDATE ON orders
    REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
    FOR EACH STATEMENT EXECUTE FUNCTION docket_orders_changed_trigger();

-- A deleted order moves to the archive with its full snapshot (header, lines,
-- trail), written here so the archive holds what really was.
CREATE FUNCTION docket_orders_archive_trigger() RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER AS $$
BEGIN
    IF NOT docket_audit_on() THEN
        RETURN OLD;
    END IF;
    INSERT INTO order_archive(order_id, number, customer_name, total_cents, currency,
                              invalid_reason, deleted_at, deleted_by, snapshot)
    SELECT o.id, o.number, o.customer_name, o.total_cents, o.currency,
           COALESCE(o.invalid_reason, ''), docket_now(), docket_actor(),
           CAST(json_build_object(
               'order', json_build_object(
                   'id', o.id, 'number', o.number, 'customer_id', o.customer_id,
                   'customer_name', o.customer_name, 'email', o.email, 'phone', o.phone,
                   'ship_street', o.ship_street, 'ship_city', o.ship_city,
                   'ship_postcode', o.ship_postcode, 'ship_region', o.ship_region,
                   'ship_country', o.ship_country, 'channel', o.channel, 'status', o.status,
                   'currency', o.currency, 'total_cents', o.total_cents, 'note', o.note,
                   'created_at', o.created_at, 'updated_at', o.updated_at,
                   'created_by', o.created_by, 'assigned_to', o.assigned_to,
                   'seen_at', o.seen_at, 'seen_by', o.seen_by, 'invalid_at', o.invalid_at,
                   'invalid_by', o.invalid_by, 'invalid_reason', o.invalid_reason,
                   'version', o.version),
               'lines', COALESCE((SELECT json_agg(json_build_object(
                                      'line_no', l.line_no, 'product_id', l.product_id,
                                      'sku', l.sku, 'name', l.name, 'quantity', l.quantity,
                                      'unit_price_cents', l.unit_price_cents)
                                      ORDER BY l.line_no, l.id)
                                  FROM order_lines l WHERE l.order_id = o.id), '[]'::json),
               'events', COALESCE((SELECT json_agg(json_build_object(
                                       'at', e.at, 'actor', e.actor, 'kind', e.kind,
                                       'field', e.field, 'old_value', e.old_value,
                                       'new_value', e.new_value, 'note', e.note) ORDER BY e.id)
                                   FROM order_events e WHERE e.order_id = o.id), '[]'::json))
               AS text)
    FROM orders o WHERE o.id = OLD.id;
    RETURN OLD;
END
$$;
CREATE TRIGGER orders_archive BEFORE DELETE ON orders
    FOR EACH ROW EXECUTE FUNCTION docket_orders_archive_trigger();

-- ---- one writer of the analytics summaries at a time ----

-- The summaries (0003_analytics.sql) are shared rows: two transactions that
-- change different orders of the same hour, day or month upsert the same
-- summary rows, each in its own order, and could deadlock. Every statement
-- that is about to change them first takes this database's summary lock
-- (held to commit); the stores lock their order rows before that (see
-- dialect::lockOrderRows), so the lock never closes a cycle. Changes that do
-- not touch the summaries (seen marks, notes, addresses) do not wait for it.
-- These BEFORE triggers sort before the analytics ones ("analytics_0...").
CREATE FUNCTION docket_sales_lock_trigger() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
    PERFORM pg_advisory_xact_lock(7310585, 1); -- "docket", summaries
    RETURN CASE WHEN TG_OP = 'DELETE' THEN OLD ELSE NEW END;
END
$$;
CREATE TRIGGER analytics_0lock_orders_insert BEFORE INSERT ON orders
    FOR EACH ROW EXECUTE FUNCTION docket_sales_lock_trigger();
CREATE TRIGGER analytics_0lock_orders_update BEFORE UPDATE ON orders
    FOR EACH ROW
    WHEN ((OLD.created_at, OLD.channel, OLD.status, OLD.invalid_at IS NULL, OLD.total_cents,
           OLD.ship_country, OLD.ship_region)
          IS DISTINCT FROM
          (NEW.created_at, NEW.channel, NEW.status, NEW.invalid_at IS NULL, NEW.total_cents,
           NEW.ship_country, NEW.ship_region))
    EXECUTE FUNCTION docket_sales_lock_trigger();
CREATE TRIGGER analytics_0lock_orders_delete BEFORE DELETE ON orders
    FOR EACH ROW EXECUTE FUNCTION docket_sales_lock_trigger();
CREATE TRIGGER analytics_0lock_lines BEFORE INSERT OR DELETE OR UPDATE ON order_lines
    FOR EACH ROW EXECUTE FUNCTION docket_sales_lock_trigger();

-- ---- the rules the stores check, checked again by the server (logins) ----

-- What a login may change: each kind of change needs its permission, keys
-- and provenance never change, an invalid order is not edited, only invalid
-- orders are deleted. Checked once per statement over all the rows it
-- changed; a refusal undoes the whole statement.
CREATE FUNCTION docket_refuse(message text) RETURNS void
LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION 'permission denied: %', message USING ERRCODE = '42501';
END
$$;

CREATE FUNCTION docket_orders_guard_insert_trigger() RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER AS $$
BEGIN
    IF NOT docket_is_login() THEN
        RETURN NULL;
    END IF;
    IF NULLIF(current_setting('docket.restore', true), '') IS NOT NULL THEN
        IF NOT docket_can('restore_archived') THEN
            PERFORM docket_refuse('restoring orders needs "restore_archived"');
        END IF;
    ELSIF NOT docket_can('create_orders') THEN
        PERFORM docket_refuse('creating orders needs "create_orders"');
    END IF;
    RETURN NULL;
END
$$;
CREATE TRIGGER orders_guard_insert AFTER INSERT ON orders
    REFERENCING NEW TABLE AS new_rows
    FOR EACH STATEMENT EXECUTE FUNCTION docket_orders_guard_insert_trigger();

CREATE FUNCTION docket_orders_guard_update_trigger() RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER AS $$
DECLARE
    edited boolean;
    status_changed boolean;
    seen_changed boolean;
    invalid_changed boolean;
BEGIN
    IF NOT docket_is_login() THEN
        RETURN NULL;
    END IF;
    IF EXISTS (SELECT 1 FROM old_rows o LEFT JOIN new_rows n ON n.id = o.id
               WHERE n.id IS NULL
                  OR (o.number, o.created_at, o.created_by, o.customer_id)
                     IS DISTINCT FROM (n.number, n.created_at, n.created_by, n.customer_id)
                  OR n.version < o.version) THEN
        PERFORM docket_refuse('an order''s id, number, creation, customer and version history '
                              'do not change');
    END IF;
    SELECT bool_or((o.customer_name, o.email, o.phone, o.ship_street, o.ship_city,
                    o.ship_postcode, o.ship_region, o.ship_country, o.channel, o.currency,
                    o.note, o.assigned_to, o.total_cents)
                   IS DISTINCT FROM
                   (n.customer_name, n.email, n.phone, n.ship_street, n.ship_city,
                    n.ship_postcode, n.ship_region, n.ship_country, n.channel, n.currency,
                    n.note, n.assigned_to, n.total_cents)),
           bool_or(o.status IS DISTINCT FROM n.status),
           bool_or((o.seen_at, o.seen_by) IS DISTINCT FROM (n.seen_at, n.seen_by)),
           bool_or((o.invalid_at, o.invalid_by, o.invalid_reason)
                   IS DISTINCT FROM (n.invalid_at, n.invalid_by, n.invalid_reason))
      INTO edited, status_changed, seen_changed, invalid_changed
      FROM old_rows o JOIN new_rows n ON n.id = o.id;
    IF edited AND NOT docket_can('edit_orders') THEN
        PERFORM docket_refuse('editing orders needs "edit_orders"');
    END IF;
    IF status_changed AND NOT docket_can('change_status') THEN
        PERFORM docket_refuse('changing the status needs "change_status"');
    END IF;
    IF seen_changed AND NOT docket_can('mark_seen') THEN
        PERFORM docket_refuse('marking orders seen needs "mark_seen"');
    END IF;
    IF invalid_changed AND NOT docket_can('invalidate') THEN
        PERFORM docket_refuse('marking orders invalid needs "invalidate"');
    END IF;
    IF EXISTS (SELECT 1 FROM old_rows o JOIN new_rows n ON n.id = o.id
               WHERE o.invalid_at IS NOT NULL AND n.invalid_at IS NOT NULL
                 AND ((o.customer_name, o.email, o.phone, o.ship_street, o.ship_city,
                       o.ship_postcode, o.ship_region, o.ship_country, o.channel, o.currency,
                       o.note, o.assigned_to, o.total_cents, o.status)
                      IS DISTINCT FROM
                      (n.customer_name, n.email, n.phone, n.ship_street, n.ship_city,
                       n.ship_postcode, n.ship_region, n.ship_country, n.channel, n.currency,
                       n.note, n.assigned_to, n.total_cents, n.status))) THEN
        PERFORM docket_refuse('an order marked invalid is not edited; mark it valid first');
    END IF;
    RETURN NULL;
END
$$;
CREATE TRIGGER orders_guard_update AFTER UPDATE ON orders
    REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
    FOR EACH STATEMENT EXECUTE FUNCTION docket_orders_guard_update_trigger();

CREATE FUNCTION docket_orders_guard_delete_trigger() RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER AS $$
BEGIN
    IF NOT docket_is_login() THEN
        RETURN NULL;
    END IF;
    IF NOT docket_can('delete_invalid')
       OR EXISTS (SELECT 1 FROM old_rows o WHERE o.invalid_at IS NULL) THEN
        PERFORM docket_refuse('only orders marked invalid are deleted, with "delete_invalid"');
    END IF;
    RETURN NULL;
END
$$;
CREATE TRIGGER orders_guard_delete AFTER DELETE ON orders
    REFERENCING OLD TABLE AS old_rows
    FOR EACH STATEMENT EXECUTE FUNCTION docket_orders_guard_delete_trigger();

-- Row-level security: a login sees and touches only the orders of its scope
-- (the owner and superusers are not subject to it).
ALTER TABLE orders ENABLE ROW LEVEL SECURITY;
ALTER TABLE order_lines ENABLE ROW LEVEL SECURITY;
ALTER TABLE order_events ENABLE ROW LEVEL SECURITY;
ALTER TABLE order_archive ENABLE ROW LEVEL SECURITY;
ALTER TABLE users ENABLE ROW LEVEL SECURITY;
ALTER TABLE security_events ENABLE ROW LEVEL SECURITY;

-- (SELECT f()) makes each function one InitPlan per query, not a call per row.
CREATE POLICY orders_scope ON orders TO docket_user
    USING ((SELECT docket_can('view_orders'))
           AND ((SELECT docket_scope_kind()) = 'all'
                OR ((SELECT docket_scope_kind()) = 'own'
                    AND (created_by = (SELECT docket_user_name())
                         OR assigned_to = (SELECT docket_user_name())))
                OR channel = ANY (CAST((SELECT docket_scope_channels()) AS text[]))));

CREATE POLICY order_lines_scope ON order_lines TO docket_user
    USING (EXISTS (SELECT 1 FROM orders o WHERE o.id = order_id))
    WITH CHECK (EXISTS (SELECT 1 FROM orders o WHERE o.id = order_id)
                AND ((SELECT docket_can('edit_orders')) OR (SELECT docket_can('create_orders'))
                     OR (SELECT docket_can('restore_archived'))));

CREATE POLICY order_events_scope ON order_events FOR SELECT TO docket_user
    USING (EXISTS (SELECT 1 FROM orders o WHERE o.id = order_id));

CREATE POLICY order_archive_scope ON order_archive TO docket_user
    USING ((SELECT docket_can('restore_archived'))
           AND ((SELECT docket_scope_kind()) IN ('all', 'own')
                OR (CAST(snapshot AS json)->'order'->>'channel')
                   = ANY (CAST((SELECT docket_scope_channels()) AS text[]))));

CREATE POLICY users_self ON users TO docket_user
    USING (lower(name) = lower(session_user::text) OR (SELECT docket_can('manage_users')));

CREATE POLICY security_events_read ON security_events FOR SELECT TO docket_user
    USING ((SELECT docket_can('manage_users')));
CREATE POLICY security_events_write ON security_events FOR INSERT TO docket_user
    WITH CHECK (actor = (SELECT docket_user_name()) OR (SELECT docket_can('manage_users')));

-- ---- privileges ----

GRANT SELECT ON schema_version, customers, products, orders, order_lines, order_events, roles,
    role_permissions TO docket_user;
-- Users: each login reads its own row only (users_self), admins every row.
GRANT SELECT ON users TO docket_user;
GRANT UPDATE (password_hash, password_changed_at, failed_attempts, locked_until) ON users
    TO docket_user;
GRANT INSERT ON security_events TO docket_user;
GRANT USAGE ON SEQUENCE security_events_id_seq TO docket_user;

GRANT INSERT, UPDATE ON orders TO docket_clerk, docket_supervisor, docket_admin;
GRANT INSERT, DELETE ON order_lines TO docket_clerk, docket_supervisor, docket_admin;
GRANT SELECT ON products TO docket_clerk, docket_supervisor, docket_admin;
GRANT USAGE, SELECT ON SEQUENCE orders_id_seq, order_lines_id_seq
    TO docket_clerk, docket_supervisor, docket_admin;

GRANT DELETE ON orders TO docket_supervisor, docket_admin;
GRANT SELECT, DELETE ON order_archive TO docket_supervisor, docket_admin;
GRANT UPDATE ON SEQUENCE orders_id_seq TO docket_supervisor, docket_admin;

GRANT SELECT ON sales_orders, sales_region, sales_product TO docket_manager, docket_admin;

GRANT INSERT, UPDATE ON users TO docket_admin;
GRANT INSERT, UPDATE, DELETE ON roles, role_permissions TO docket_admin;
GRANT SELECT ON security_events TO docket_admin;
GRANT USAGE ON SEQUENCE users_id_seq, roles_id_seq TO docket_admin;

-- The analytics summaries are kept by triggers; they write as the owner, so
-- clients need (and get) no write access to them.
ALTER FUNCTION docket_sales_orders_trigger() SECURITY DEFINER;
ALTER FUNCTION docket_sales_lines_trigger() SECURITY DEFINER;

-- Security-definer functions resolve names in this schema only (and the
-- catalog first), whatever search_path the caller set.
DO $$
DECLARE
    fn regprocedure;
BEGIN
    FOR fn IN
        SELECT p.oid::regprocedure FROM pg_proc p
        WHERE p.pronamespace = CAST(current_schema() AS regnamespace) AND p.prosecdef
          AND p.proname LIKE 'docket\_%'
    LOOP
        EXECUTE format('ALTER FUNCTION %s SET search_path = pg_catalog, %I', fn,
                       current_schema());
    END LOOP;
END
$$;
