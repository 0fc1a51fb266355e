-- The server holds every login to the desk's rules (team mode, issue 11).
--
-- 0005 gave logins broad INSERT/UPDATE/DELETE on orders and lines, guarded by
-- triggers that checked *which permission* a change needed, but not whether
-- the change itself was one the desk would make (a total that is not the sum
-- of the lines, a status moved backwards, seen_by naming somebody else). Its
-- functions resolved names through the caller's search_path, where pg_temp
-- comes first, so a temporary table called pg_roles made a clerk "superuser";
-- and every function was executable by PUBLIC, docket_sync_login included.
--
-- From here on:
--
--   * Trust is positive: a session is trusted (may name the actor and the
--     time of the audit trail, or switch the trail off for a bulk load) only
--     when it is a superuser, the owner of Docket's tables, or a member of
--     docket_service (service accounts such as the HTTP gateway) and not a
--     Docket login. Every other session is held to its Docket account's
--     rights, and a session with no active account may do nothing.
--   * Logins write orders only through the docket_order* functions below
--     (SECURITY DEFINER, run as the owner): each checks the permission and
--     the scope, enforces the workflow (order_status_moves) and the known
--     channels (sales_channels), computes what the server must compute (the
--     total from the lines, who and when: created_by, seen_by, invalid_by,
--     updated_at, version) and leaves the audit trail to the triggers of
--     0005, which write it in the same transaction. Logins hold no INSERT,
--     UPDATE or DELETE on orders, order_lines, order_events, order_archive or
--     security_events; an administrator keeps direct writes to users, roles
--     and role_permissions, checked by guards.
--   * Every function runs with search_path = pg_catalog, <schema>, pg_temp
--     (temporary objects last), set by docket_harden() at the end of this and
--     every later migration; none is executable by PUBLIC; logins and service
--     accounts may execute only the functions listed in docket_login_functions.
--   * No function trusts a setting a client can change (docket.audit,
--     docket.actor, docket.now, docket.scope) unless the session is trusted. The lines an
--     update replaces are kept for its audit event in audit_lines_before, a
--     table no client can write, instead of a client-settable setting.
--
-- The attack suite (tests/test_pg_security.cpp) proves it against a real
-- server: every function of the schema with hostile arguments, shadowing by
-- temporary tables and functions, every docket.* setting, DML on every table,
-- COPY, TRUNCATE, ALTER, CREATE, SET ROLE and forged notifications.

-- ---- trust ----

DO $$
BEGIN
    IF NOT EXISTS (SELECT 1 FROM pg_catalog.pg_roles WHERE rolname = 'docket_service') THEN
        BEGIN
            CREATE ROLE docket_service NOLOGIN;
        EXCEPTION WHEN duplicate_object OR unique_violation THEN
            NULL;
        END;
    END IF;
END
$$;

-- These helpers run in every statement a login makes (row-level security
-- policies, triggers), so they are PL/pgSQL: its plans are cached for the
-- session, while a LANGUAGE sql SECURITY DEFINER function called from another
-- is planned again at each call (measured: 115 µs a call against 18 µs).

-- The role that owns Docket's tables (and so its SECURITY DEFINER functions).
CREATE FUNCTION docket_owner() RETURNS oid
LANGUAGE plpgsql STABLE SECURITY DEFINER AS $$
BEGIN
    RETURN (SELECT c.relowner FROM pg_catalog.pg_class c WHERE c.oid = CAST('orders' AS regclass));
END
$$;

-- Superusers, the owner and service accounts, unless they are Docket logins.
CREATE FUNCTION docket_trusted() RETURNS boolean
LANGUAGE plpgsql STABLE SECURITY DEFINER AS $$
BEGIN
    RETURN COALESCE((SELECT r.rolsuper FROM pg_catalog.pg_roles r
                     WHERE r.rolname = session_user), false)
        OR (NOT pg_catalog.pg_has_role(session_user, 'docket_user', 'MEMBER')
            AND (pg_catalog.pg_has_role(session_user,
                                        (SELECT c.relowner FROM pg_catalog.pg_class c
                                         WHERE c.oid = CAST('orders' AS regclass)), 'MEMBER')
                 OR pg_catalog.pg_has_role(session_user, 'docket_service', 'MEMBER')));
END
$$;

-- "Held to a Docket account's rights": every session that is not trusted.
-- (The functions below replace 0005's LANGUAGE sql ones in place; the
-- policies that call them keep pointing at them.)
CREATE OR REPLACE FUNCTION docket_is_login() RETURNS boolean
LANGUAGE plpgsql STABLE SECURITY DEFINER AS $$
BEGIN
    RETURN NOT docket_trusted();
END
$$;

CREATE OR REPLACE FUNCTION docket_user_name() RETURNS text
LANGUAGE plpgsql STABLE SECURITY DEFINER AS $$
BEGIN
    IF docket_trusted() THEN
        RETURN NULL;
    END IF;
    RETURN (SELECT u.name FROM users u
            WHERE lower(u.name) = lower(session_user::text) AND u.disabled = 0);
END
$$;

CREATE OR REPLACE FUNCTION docket_can(perm text) RETURNS boolean
LANGUAGE plpgsql STABLE SECURITY DEFINER AS $$
BEGIN
    RETURN docket_trusted() OR EXISTS (
        SELECT 1 FROM users u JOIN role_permissions rp ON rp.role_id = u.role_id
        WHERE lower(u.name) = lower(session_user::text) AND u.disabled = 0
          AND rp.permission = perm);
END
$$;

CREATE OR REPLACE FUNCTION docket_scope_kind() RETURNS text
LANGUAGE plpgsql STABLE SECURITY DEFINER AS $$
BEGIN
    IF docket_trusted() THEN
        RETURN 'all';
    END IF;
    RETURN COALESCE((SELECT CASE WHEN u.scope = 'own' THEN 'own'
                                 WHEN u.scope LIKE 'channels:%' THEN 'channels'
                                 ELSE 'all' END
                     FROM users u
                     WHERE lower(u.name) = lower(session_user::text) AND u.disabled = 0),
                    'none');
END
$$;

CREATE OR REPLACE FUNCTION docket_scope_channels() RETURNS text[]
LANGUAGE plpgsql STABLE SECURITY DEFINER AS $$
BEGIN
    IF docket_trusted() THEN
        RETURN ARRAY[]::text[];
    END IF;
    RETURN COALESCE((SELECT string_to_array(substr(u.scope, 10), ',')
                     FROM users u
                     WHERE lower(u.name) = lower(session_user::text) AND u.disabled = 0
                       AND u.scope LIKE 'channels:%'),
                    ARRAY[]::text[]);
END
$$;

-- Who acts, when, and whether the trail is written, for the audit triggers:
-- one call (each of these is a few catalogue look-ups).
CREATE FUNCTION docket_audit_context(OUT audit boolean, OUT actor text, OUT at bigint)
LANGUAGE plpgsql STABLE SECURITY DEFINER AS $$
DECLARE
    v_trusted boolean := docket_trusted();
BEGIN
    audit := NOT v_trusted OR COALESCE(current_setting('docket.audit', true), '') <> 'off';
    IF v_trusted THEN
        actor := COALESCE(NULLIF(current_setting('docket.actor', true), ''), session_user::text);
        at := CASE WHEN NULLIF(current_setting('docket.now', true), '') IS NOT NULL
                   THEN CAST(current_setting('docket.now', true) AS bigint)
                   ELSE CAST(floor(extract(epoch FROM now())) AS bigint) END;
    ELSE
        actor := COALESCE((SELECT u.name FROM users u
                           WHERE lower(u.name) = lower(session_user::text) AND u.disabled = 0),
                          session_user::text);
        at := CAST(floor(extract(epoch FROM now())) AS bigint);
    END IF;
END
$$;

CREATE OR REPLACE FUNCTION docket_actor() RETURNS text
LANGUAGE plpgsql STABLE SECURITY DEFINER AS $$
BEGIN
    RETURN (SELECT c.actor FROM docket_audit_context() c);
END
$$;

CREATE OR REPLACE FUNCTION docket_now() RETURNS bigint
LANGUAGE plpgsql STABLE SECURITY DEFINER AS $$
BEGIN
    RETURN (SELECT c.at FROM docket_audit_context() c);
END
$$;

CREATE OR REPLACE FUNCTION docket_audit_on() RETURNS boolean
LANGUAGE plpgsql STABLE SECURITY DEFINER AS $$
BEGIN
    RETURN (SELECT c.audit FROM docket_audit_context() c);
END
$$;

-- The session's scope in one call, for functions that run as the owner
-- (row-level security does not hold the owner, so they apply it themselves):
-- kind 'all' | 'own' | 'channels' | 'none' (no active account, or no
-- "view_orders"), the acting user's name and its channels. A login's is its
-- account's; a trusted session acts for a Docket user it names (docket.actor)
-- in the scope it names (docket.scope, as users.scope; default all).
CREATE FUNCTION docket_session_scope(OUT kind text, OUT me text, OUT channels text[])
LANGUAGE plpgsql STABLE SECURITY DEFINER AS $$
DECLARE
    v_scope text;
BEGIN
    IF docket_trusted() THEN
        me := docket_actor();
        v_scope := COALESCE(NULLIF(current_setting('docket.scope', true), ''), 'all');
        kind := CASE WHEN v_scope = 'own' THEN 'own'
                     WHEN v_scope LIKE 'channels:%' THEN 'channels'
                     ELSE 'all' END;
        channels := CASE WHEN kind = 'channels' THEN string_to_array(substr(v_scope, 10), ',')
                         ELSE ARRAY[]::text[] END;
        RETURN;
    END IF;
    me := docket_user_name();
    channels := docket_scope_channels();
    IF NOT docket_can('view_orders') THEN
        kind := 'none';
    ELSE
        kind := docket_scope_kind();
    END IF;
END
$$;

-- Whether an order (its creator, assignee and channel) lies in a scope; the
-- policy orders_scope as a plain expression. Pure: inlined where it is used.
CREATE FUNCTION docket_scope_holds(kind text, me text, channels text[], created_by text,
                                   assigned_to text, channel text)
RETURNS boolean
LANGUAGE sql IMMUTABLE AS $$
    SELECT CASE kind WHEN 'all' THEN true
                     WHEN 'own' THEN created_by = me OR assigned_to = me
                     WHEN 'channels' THEN channel = ANY (channels)
                     ELSE false END
$$;

-- ---- the desk's rules as data ----

-- The workflow of models/domain/order.cpp (status::nextAllowed); test_pg_security
-- checks the two agree.
CREATE TABLE order_status_moves (
    from_status TEXT COLLATE "C" NOT NULL,
    to_status   TEXT COLLATE "C" NOT NULL,
    PRIMARY KEY (from_status, to_status)
);
INSERT INTO order_status_moves(from_status, to_status) VALUES
    ('pending', 'paid'), ('pending', 'cancelled'),
    ('paid', 'processing'), ('paid', 'cancelled'), ('paid', 'refunded'),
    ('processing', 'shipped'), ('processing', 'cancelled'), ('processing', 'refunded'),
    ('shipped', 'delivered'), ('shipped', 'refunded'),
    ('delivered', 'refunded');

-- The sales channels of models/domain/order.cpp (channel::codes).
CREATE TABLE sales_channels (
    code TEXT COLLATE "C" PRIMARY KEY
);
INSERT INTO sales_channels(code) VALUES ('web'), ('app'), ('marketplace'), ('retail'), ('phone');

CREATE FUNCTION docket_status_known(s text) RETURNS boolean
LANGUAGE sql STABLE SECURITY DEFINER AS $$
    SELECT EXISTS (SELECT 1 FROM order_status_moves m WHERE m.from_status = s OR m.to_status = s)
$$;

-- A refusal of a malformed value (SQLSTATE 22023), beside docket_refuse's
-- refusal of a right (42501).
CREATE FUNCTION docket_reject(message text) RETURNS void
LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION 'invalid order: %', message USING ERRCODE = '22023';
END
$$;

-- The checks of OrderStore::validate on an order's header and lines as JSON
-- (keys as the columns of orders and order_lines); `lines` NULL: the header
-- only.
CREATE FUNCTION docket_check_order(h jsonb, lines jsonb) RETURNS void
LANGUAGE plpgsql STABLE SECURITY DEFINER AS $$
BEGIN
    IF btrim(COALESCE(h->>'customer_name', '')) = '' THEN
        PERFORM docket_reject('the customer name is required');
    END IF;
    IF COALESCE(h->>'email', '') <> ''
       AND btrim(h->>'email') !~ '^[^@[:space:]]+@[^@[:space:]]+\.[^@[:space:]]+$' THEN
        PERFORM docket_reject('not an email address');
    END IF;
    IF NOT EXISTS (SELECT 1 FROM sales_channels c WHERE c.code = h->>'channel') THEN
        PERFORM docket_reject(format('unknown sales channel %L', h->>'channel'));
    END IF;
    IF NOT docket_status_known(h->>'status') THEN
        PERFORM docket_reject(format('unknown status %L', h->>'status'));
    END IF;
    IF COALESCE(h->>'currency', '') !~ '^[A-Z]{3}$' THEN
        PERFORM docket_reject('the currency must be a three-letter code');
    END IF;
    IF lines IS NULL THEN
        RETURN;
    END IF;
    IF jsonb_typeof(lines) <> 'array' OR jsonb_array_length(lines) = 0 THEN
        PERFORM docket_reject('an order needs at least one line');
    END IF;
    IF EXISTS (SELECT 1 FROM jsonb_array_elements(lines) e(v)
               WHERE jsonb_typeof(e.v) <> 'object'
                  OR btrim(COALESCE(e.v->>'sku', '')) = ''
                  OR btrim(COALESCE(e.v->>'name', '')) = ''
                  OR COALESCE(e.v->>'quantity', '') !~ '^[0-9]{1,7}$'
                  OR COALESCE(e.v->>'unit_price_cents', '') !~ '^[0-9]{1,12}$') THEN
        PERFORM docket_reject('every line needs a SKU, a name, a whole quantity and a price');
    END IF;
    IF EXISTS (SELECT 1 FROM jsonb_array_elements(lines) e(v)
               WHERE CAST(e.v->>'quantity' AS bigint) NOT BETWEEN 1 AND 1000000
                  OR CAST(e.v->>'unit_price_cents' AS bigint) > 100000000000) THEN
        PERFORM docket_reject('a line''s quantity or price is out of range');
    END IF;
END
$$;

-- Writes an order's lines (JSON as above, in line order), linked to the
-- catalogue by product id or else by SKU, as OrderStore::writeLines.
CREATE FUNCTION docket_write_lines(p_order bigint, lines jsonb) RETURNS void
LANGUAGE sql SECURITY DEFINER AS $$
    INSERT INTO order_lines(order_id, line_no, product_id, sku, name, quantity, unit_price_cents)
    SELECT p_order, e.n,
           COALESCE((SELECT p.id FROM products p
                     WHERE p.id = CAST(NULLIF(e.v->>'product_id', '') AS bigint)),
                    (SELECT p.id FROM products p WHERE p.sku = btrim(e.v->>'sku'))),
           btrim(e.v->>'sku'), btrim(e.v->>'name'), CAST(e.v->>'quantity' AS bigint),
           CAST(e.v->>'unit_price_cents' AS bigint)
    FROM jsonb_array_elements(lines) WITH ORDINALITY AS e(v, n)
    ORDER BY e.n
$$;

CREATE FUNCTION docket_lines_total(lines jsonb) RETURNS bigint
LANGUAGE sql IMMUTABLE AS $$
    SELECT COALESCE(sum(CAST(e.v->>'quantity' AS bigint) * CAST(e.v->>'unit_price_cents' AS bigint)),
                    0)
    FROM jsonb_array_elements(lines) e(v)
$$;

-- ---- the lines an update replaces, for its audit event ----

-- Kept by the statement that deletes an order's lines and used up by the
-- order's update in the same transaction (0005 kept them in a setting, which
-- a client could set too). Only the triggers write it.
CREATE UNLOGGED TABLE audit_lines_before (
    xid      BIGINT NOT NULL,
    order_id BIGINT NOT NULL,
    lines    TEXT   NOT NULL,
    PRIMARY KEY (xid, order_id)
);

-- Called only by the audit trigger below (as the owner).
ALTER FUNCTION docket_lines_text(bigint) SECURITY INVOKER;

CREATE OR REPLACE FUNCTION docket_lines_deleted_trigger() RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER AS $$
BEGIN
    IF NOT docket_audit_on() THEN
        RETURN NULL;
    END IF;
    -- The first text of a transaction is what the lines were before it.
    INSERT INTO audit_lines_before(xid, order_id, lines)
    SELECT txid_current(), d.order_id,
           string_agg(d.quantity || '× ' || d.sku || ' ' || d.name || ' @ '
                      || docket_money_text(d.unit_price_cents), '; ' ORDER BY d.line_no, d.id)
    FROM deleted_lines d
    WHERE EXISTS (SELECT 1 FROM orders o WHERE o.id = d.order_id)
    GROUP BY d.order_id
    ON CONFLICT (xid, order_id) DO NOTHING;
    RETURN NULL;
END
$$;

CREATE OR REPLACE FUNCTION docket_orders_changed_trigger() RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER AS $$
DECLARE
    ctx record;
    who text;
    ts bigint;
    v_note text := COALESCE(current_setting('docket.note', true), '');
    v_xid bigint := txid_current();
    v_lines boolean := EXISTS (SELECT 1 FROM audit_lines_before b WHERE b.xid = v_xid);
BEGIN
    SELECT * INTO ctx FROM docket_audit_context();
    IF NOT ctx.audit THEN
        RETURN NULL;
    END IF;
    who := ctx.actor;
    ts := ctx.at;
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
        SELECT b.order_id, 20, 'edited', 'lines', b.lines, docket_lines_text(b.order_id), ''
        FROM audit_lines_before b JOIN new_rows n ON n.id = b.order_id
        WHERE v_lines AND b.xid = v_xid AND b.lines IS DISTINCT FROM docket_lines_text(b.order_id)
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
    IF v_lines THEN
        DELETE FROM audit_lines_before b
        WHERE b.xid = v_xid AND b.order_id IN (SELECT n.id FROM new_rows n);
    END IF;
    RETURN NULL;
END
$$;

-- Nothing calls it any more: the server writes the trail from what it sees.
DROP FUNCTION docket_write_event(bigint, bigint, text, text, text, text, text, text);

-- ---- orders: the writes a login may make ----

-- Settings the audit triggers read, reset by every write function so that a
-- value a client set beforehand cannot leak into the trail (docket.restore
-- would copy an archived order's trail, docket.note would put words in a
-- status event).
CREATE FUNCTION docket_clear_context(p_note text DEFAULT '') RETURNS void
LANGUAGE plpgsql SECURITY DEFINER AS $$
BEGIN
    PERFORM set_config('docket.restore', '', true);
    PERFORM set_config('docket.note', COALESCE(p_note, ''), true);
END
$$;

-- A new order (OrderStore::create). `h` holds the columns of orders and
-- "lines" (see docket_check_order). The total is the lines'; a login's order
-- is its own (created_by), made now, with no customer record, and starts as
-- pending or one step from it. Trusted sessions (imports, the gateway) may
-- name the creator, the creation time and any known status. Returns the id.
CREATE FUNCTION docket_order_create(h jsonb) RETURNS bigint
LANGUAGE plpgsql SECURITY DEFINER AS $$
DECLARE
    s record;
    v_trusted boolean := docket_trusted();
    v_now bigint := docket_now();
    v_lines jsonb := h->'lines';
    v_status text := h->>'status';
    v_created_by text;
    v_created_at bigint;
    v_id bigint;
    v_number text := upper(btrim(COALESCE(h->>'number', '')));
BEGIN
    IF NOT docket_can('create_orders') THEN
        PERFORM docket_refuse('creating orders needs "create_orders"');
    END IF;
    SELECT * INTO s FROM docket_session_scope();
    PERFORM docket_check_order(h, COALESCE(v_lines, '[]'::jsonb));
    IF NOT v_trusted AND v_status <> 'pending'
       AND NOT EXISTS (SELECT 1 FROM order_status_moves m
                       WHERE m.from_status = 'pending' AND m.to_status = v_status) THEN
        PERFORM docket_reject(format('a new order starts as pending or one step from it, not %L',
                                     v_status));
    END IF;
    v_created_by := CASE WHEN v_trusted THEN COALESCE(NULLIF(h->>'created_by', ''), docket_actor())
                         ELSE s.me END;
    v_created_at := CASE WHEN v_trusted AND NULLIF(h->>'created_at', '') IS NOT NULL
                         THEN CAST(h->>'created_at' AS bigint) ELSE v_now END;
    IF NOT docket_scope_holds(s.kind, s.me, s.channels, v_created_by,
                              COALESCE(h->>'assigned_to', ''), h->>'channel') THEN
        PERFORM docket_refuse(format('the channel %L is outside your scope', h->>'channel'));
    END IF;
    v_id := nextval('orders_id_seq');
    IF v_number = '' THEN
        v_number := 'DK' || CASE WHEN v_id < 10000000 THEN lpad(v_id::text, 7, '0')
                                 ELSE v_id::text END;
    END IF;
    IF EXISTS (SELECT 1 FROM orders o WHERE o.number = v_number) THEN
        RAISE EXCEPTION 'An order with the number % already exists.', v_number
            USING ERRCODE = '23505';
    END IF;
    PERFORM docket_clear_context();
    INSERT INTO orders(id, number, customer_id, customer_name, email, phone, ship_street,
                       ship_city, ship_postcode, ship_region, ship_country, channel, status,
                       currency, total_cents, note, created_at, updated_at, created_by,
                       assigned_to, version)
    VALUES (v_id, v_number,
            CASE WHEN v_trusted THEN CAST(NULLIF(h->>'customer_id', '') AS bigint) END,
            btrim(h->>'customer_name'), btrim(COALESCE(h->>'email', '')),
            btrim(COALESCE(h->>'phone', '')), COALESCE(h->>'ship_street', ''),
            COALESCE(h->>'ship_city', ''), COALESCE(h->>'ship_postcode', ''),
            COALESCE(h->>'ship_region', ''), COALESCE(h->>'ship_country', ''), h->>'channel',
            v_status, h->>'currency', docket_lines_total(v_lines), COALESCE(h->>'note', ''),
            v_created_at, v_now, v_created_by, COALESCE(h->>'assigned_to', ''), 1);
    PERFORM docket_write_lines(v_id, v_lines);
    RETURN v_id;
END
$$;

-- Saves an order's header and, when `h` has "lines", its lines
-- (OrderStore::update). Returns 0 when the order is no longer at version
-- `p_version` (somebody changed it meanwhile), else 1.
CREATE FUNCTION docket_order_update(p_id bigint, p_version bigint, h jsonb) RETURNS integer
LANGUAGE plpgsql SECURITY DEFINER AS $$
DECLARE
    s record;
    o orders;
    n orders;
    v_lines jsonb := h->'lines';
    v_lines_changed boolean := false;
    v_edited boolean;
BEGIN
    SELECT * INTO s FROM docket_session_scope();
    SELECT * INTO o FROM orders WHERE id = p_id FOR UPDATE;
    IF NOT FOUND OR NOT docket_scope_holds(s.kind, s.me, s.channels, o.created_by, o.assigned_to,
                                           o.channel) THEN
        RAISE EXCEPTION 'There is no order with the id %.', p_id USING ERRCODE = 'P0002';
    END IF;
    IF o.version <> p_version THEN
        RETURN 0;
    END IF;
    n := o;
    n.customer_name := COALESCE(btrim(h->>'customer_name'), o.customer_name);
    n.email := COALESCE(btrim(h->>'email'), o.email);
    n.phone := COALESCE(btrim(h->>'phone'), o.phone);
    n.ship_street := COALESCE(h->>'ship_street', o.ship_street);
    n.ship_city := COALESCE(h->>'ship_city', o.ship_city);
    n.ship_postcode := COALESCE(h->>'ship_postcode', o.ship_postcode);
    n.ship_region := COALESCE(h->>'ship_region', o.ship_region);
    n.ship_country := COALESCE(h->>'ship_country', o.ship_country);
    n.channel := COALESCE(h->>'channel', o.channel);
    n.currency := COALESCE(h->>'currency', o.currency);
    n.note := COALESCE(h->>'note', o.note);
    n.assigned_to := COALESCE(h->>'assigned_to', o.assigned_to);
    n.status := COALESCE(h->>'status', o.status);
    IF v_lines IS NOT NULL THEN
        v_lines_changed :=
            (SELECT COALESCE(jsonb_agg(jsonb_build_array(btrim(e.v->>'sku'), btrim(e.v->>'name'),
                                                         e.v->>'quantity',
                                                         e.v->>'unit_price_cents')
                                       ORDER BY e.n), '[]'::jsonb)
             FROM jsonb_array_elements(v_lines) WITH ORDINALITY AS e(v, n))
            IS DISTINCT FROM
            (SELECT COALESCE(jsonb_agg(jsonb_build_array(l.sku, l.name, l.quantity::text,
                                                         l.unit_price_cents::text)
                                       ORDER BY l.line_no, l.id), '[]'::jsonb)
             FROM order_lines l WHERE l.order_id = p_id);
    END IF;
    v_edited := v_lines_changed
        OR (o.customer_name, o.email, o.phone, o.ship_street, o.ship_city, o.ship_postcode,
            o.ship_region, o.ship_country, o.channel, o.currency, o.note, o.assigned_to)
           IS DISTINCT FROM
           (n.customer_name, n.email, n.phone, n.ship_street, n.ship_city, n.ship_postcode,
            n.ship_region, n.ship_country, n.channel, n.currency, n.note, n.assigned_to);
    IF NOT v_edited AND o.status = n.status THEN
        RETURN 1;
    END IF;
    IF v_edited AND NOT docket_can('edit_orders') THEN
        PERFORM docket_refuse('editing orders needs "edit_orders"');
    END IF;
    IF o.status <> n.status THEN
        IF NOT docket_can('change_status') THEN
            PERFORM docket_refuse('changing the status needs "change_status"');
        END IF;
        IF NOT EXISTS (SELECT 1 FROM order_status_moves m
                       WHERE m.from_status = o.status AND m.to_status = n.status) THEN
            PERFORM docket_reject(format('an order cannot move from %L to %L', o.status,
                                         n.status));
        END IF;
    END IF;
    IF o.invalid_at IS NOT NULL THEN
        PERFORM docket_refuse('an order marked invalid is not edited; mark it valid first');
    END IF;
    PERFORM docket_check_order(to_jsonb(n), v_lines);
    IF NOT docket_scope_holds(s.kind, s.me, s.channels, o.created_by, n.assigned_to,
                              n.channel) THEN
        PERFORM docket_refuse('the change would move the order outside your scope');
    END IF;
    PERFORM docket_clear_context();
    IF v_lines_changed THEN
        DELETE FROM order_lines WHERE order_id = p_id;
        PERFORM docket_write_lines(p_id, v_lines);
    END IF;
    UPDATE orders SET customer_name = n.customer_name, email = n.email, phone = n.phone,
        ship_street = n.ship_street, ship_city = n.ship_city, ship_postcode = n.ship_postcode,
        ship_region = n.ship_region, ship_country = n.ship_country, channel = n.channel,
        currency = n.currency, note = n.note, assigned_to = n.assigned_to, status = n.status,
        total_cents = (SELECT COALESCE(sum(l.quantity * l.unit_price_cents), 0)
                       FROM order_lines l WHERE l.order_id = p_id),
        updated_at = docket_now(), version = o.version + 1
    WHERE id = p_id;
    RETURN 1;
END
$$;

-- Moves an order along the workflow (OrderStore::changeStatus), with the
-- note for its event. 0 when it is no longer at version `p_version`.
CREATE FUNCTION docket_order_set_status(p_id bigint, p_version bigint, p_status text,
                                        p_note text)
RETURNS integer
LANGUAGE plpgsql SECURITY DEFINER AS $$
DECLARE
    s record;
    o orders;
BEGIN
    IF NOT docket_can('change_status') THEN
        PERFORM docket_refuse('changing the status needs "change_status"');
    END IF;
    SELECT * INTO s FROM docket_session_scope();
    SELECT * INTO o FROM orders WHERE id = p_id FOR UPDATE;
    IF NOT FOUND OR NOT docket_scope_holds(s.kind, s.me, s.channels, o.created_by, o.assigned_to,
                                           o.channel) THEN
        RAISE EXCEPTION 'There is no order with the id %.', p_id USING ERRCODE = 'P0002';
    END IF;
    IF o.version <> p_version THEN
        RETURN 0;
    END IF;
    IF o.invalid_at IS NOT NULL THEN
        PERFORM docket_refuse('an order marked invalid does not change its status');
    END IF;
    IF o.status = p_status THEN
        RETURN 1;
    END IF;
    IF NOT EXISTS (SELECT 1 FROM order_status_moves m
                   WHERE m.from_status = o.status AND m.to_status = p_status) THEN
        PERFORM docket_reject(format('an order cannot move from %L to %L', o.status, p_status));
    END IF;
    PERFORM docket_clear_context(p_note);
    UPDATE orders SET status = p_status, updated_at = docket_now(), version = o.version + 1
    WHERE id = p_id;
    PERFORM docket_clear_context();
    RETURN 1;
END
$$;

-- Locks, in id order, the orders among `p_ids` the session may touch (and,
-- with `p_invalid_only`, that are marked invalid); returns how many. A batch
-- calls it for all its orders before it changes any (OrderStore::ensureInScope),
-- so two batches over the same orders queue instead of deadlocking.
CREATE FUNCTION docket_orders_lock(p_ids bigint[], p_invalid_only boolean) RETURNS bigint
LANGUAGE plpgsql SECURITY DEFINER AS $$
DECLARE
    s record;
    v_count bigint;
BEGIN
    SELECT * INTO s FROM docket_session_scope();
    SELECT count(*) INTO v_count FROM (
        SELECT o.id FROM orders o
        WHERE o.id = ANY (p_ids)
          AND docket_scope_holds(s.kind, s.me, s.channels, o.created_by, o.assigned_to, o.channel)
          AND (NOT COALESCE(p_invalid_only, false) OR o.invalid_at IS NOT NULL)
        ORDER BY o.id FOR UPDATE) x;
    RETURN v_count;
END
$$;

-- Marks the unseen orders among `p_ids` seen by the session's user, now.
CREATE FUNCTION docket_orders_mark_seen(p_ids bigint[]) RETURNS integer
LANGUAGE plpgsql SECURITY DEFINER AS $$
DECLARE
    s record;
    v_count integer;
    v_now bigint := docket_now();
    v_actor text := docket_actor();
BEGIN
    IF NOT docket_can('mark_seen') THEN
        PERFORM docket_refuse('marking orders seen needs "mark_seen"');
    END IF;
    SELECT * INTO s FROM docket_session_scope();
    PERFORM docket_clear_context();
    UPDATE orders o SET seen_at = v_now, seen_by = v_actor
    WHERE o.id = ANY (p_ids) AND o.seen_at IS NULL
      AND docket_scope_holds(s.kind, s.me, s.channels, o.created_by, o.assigned_to, o.channel);
    GET DIAGNOSTICS v_count = ROW_COUNT;
    RETURN v_count;
END
$$;

-- Marks every unseen order of the session's scope seen: those unseen when it
-- starts (an order that arrives meanwhile stays new).
CREATE FUNCTION docket_orders_mark_all_seen() RETURNS integer
LANGUAGE plpgsql SECURITY DEFINER AS $$
DECLARE
    s record;
    v_ids bigint[];
BEGIN
    IF NOT docket_can('mark_seen') THEN
        PERFORM docket_refuse('marking orders seen needs "mark_seen"');
    END IF;
    SELECT * INTO s FROM docket_session_scope();
    v_ids := ARRAY(SELECT o.id FROM orders o
                   WHERE o.seen_at IS NULL
                     AND docket_scope_holds(s.kind, s.me, s.channels, o.created_by,
                                            o.assigned_to, o.channel)
                   ORDER BY o.id FOR UPDATE);
    RETURN docket_orders_mark_seen(v_ids);
END
$$;

-- Marks the valid orders among `p_ids` invalid, with the reason.
CREATE FUNCTION docket_orders_invalidate(p_ids bigint[], p_reason text) RETURNS integer
LANGUAGE plpgsql SECURITY DEFINER AS $$
DECLARE
    s record;
    v_count integer;
    v_now bigint := docket_now();
    v_actor text := docket_actor();
BEGIN
    IF NOT docket_can('invalidate') THEN
        PERFORM docket_refuse('marking orders invalid needs "invalidate"');
    END IF;
    IF btrim(COALESCE(p_reason, '')) = '' THEN
        PERFORM docket_reject('give a reason for marking orders invalid');
    END IF;
    SELECT * INTO s FROM docket_session_scope();
    PERFORM docket_clear_context();
    UPDATE orders o SET invalid_at = v_now, invalid_by = v_actor, invalid_reason = btrim(p_reason),
                        updated_at = v_now, version = o.version + 1
    WHERE o.id = ANY (p_ids) AND o.invalid_at IS NULL
      AND docket_scope_holds(s.kind, s.me, s.channels, o.created_by, o.assigned_to, o.channel);
    GET DIAGNOSTICS v_count = ROW_COUNT;
    RETURN v_count;
END
$$;

-- Marks the invalid orders among `p_ids` valid again.
CREATE FUNCTION docket_orders_revalidate(p_ids bigint[]) RETURNS integer
LANGUAGE plpgsql SECURITY DEFINER AS $$
DECLARE
    s record;
    v_count integer;
    v_now bigint := docket_now();
BEGIN
    IF NOT docket_can('invalidate') THEN
        PERFORM docket_refuse('marking orders valid needs "invalidate"');
    END IF;
    SELECT * INTO s FROM docket_session_scope();
    PERFORM docket_clear_context();
    UPDATE orders o SET invalid_at = NULL, invalid_by = NULL, invalid_reason = NULL,
                        updated_at = v_now, version = o.version + 1
    WHERE o.id = ANY (p_ids) AND o.invalid_at IS NOT NULL
      AND docket_scope_holds(s.kind, s.me, s.channels, o.created_by, o.assigned_to, o.channel);
    GET DIAGNOSTICS v_count = ROW_COUNT;
    RETURN v_count;
END
$$;

-- The archive's snapshot of orders about to be deleted (header, lines,
-- trail: the JSON OrderStore writes on SQLite, dialect::orderSnapshotExpression),
-- set-based for a whole chunk.
CREATE FUNCTION docket_archive_orders(p_ids bigint[], p_at bigint, p_actor text) RETURNS void
LANGUAGE sql SECURITY DEFINER AS $$
    INSERT INTO order_archive(order_id, number, customer_name, total_cents, currency,
                              invalid_reason, deleted_at, deleted_by, snapshot)
    SELECT o.id, o.number, o.customer_name, o.total_cents, o.currency,
           COALESCE(o.invalid_reason, ''), p_at, p_actor,
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
    FROM orders o WHERE o.id = ANY (p_ids)
    ORDER BY o.id
$$;

-- 0005's archive trigger, for a DELETE that does not come through
-- docket_orders_delete_invalid (which archives its chunk set-based first):
-- only trusted sessions can make one, as logins hold no DELETE on orders.
CREATE OR REPLACE FUNCTION docket_orders_archive_trigger() RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER AS $$
DECLARE
    c record;
BEGIN
    IF COALESCE(current_setting('docket.archived', true), '') = txid_current()::text THEN
        RETURN OLD;
    END IF;
    SELECT * INTO c FROM docket_audit_context();
    IF c.audit THEN
        PERFORM docket_archive_orders(ARRAY[OLD.id], c.at, c.actor);
    END IF;
    RETURN OLD;
END
$$;

-- Deletes the invalid orders among `p_ids`, each archived with its snapshot.
CREATE FUNCTION docket_orders_delete_invalid(p_ids bigint[]) RETURNS integer
LANGUAGE plpgsql SECURITY DEFINER AS $$
DECLARE
    s record;
    c record;
    v_ids bigint[];
    v_count integer;
BEGIN
    IF NOT docket_can('delete_invalid') THEN
        PERFORM docket_refuse('only orders marked invalid are deleted, with "delete_invalid"');
    END IF;
    SELECT * INTO s FROM docket_session_scope();
    SELECT * INTO c FROM docket_audit_context();
    PERFORM docket_clear_context();
    v_ids := ARRAY(SELECT o.id FROM orders o
                   WHERE o.id = ANY (p_ids) AND o.invalid_at IS NOT NULL
                     AND docket_scope_holds(s.kind, s.me, s.channels, o.created_by,
                                            o.assigned_to, o.channel)
                   ORDER BY o.id FOR UPDATE);
    IF c.audit THEN
        PERFORM docket_archive_orders(v_ids, c.at, c.actor);
    END IF;
    -- The per-row archive trigger stands aside for this transaction's delete.
    PERFORM set_config('docket.archived', txid_current()::text, true);
    DELETE FROM orders o WHERE o.id = ANY (v_ids);
    GET DIAGNOSTICS v_count = ROW_COUNT;
    PERFORM set_config('docket.archived', '', true);
    RETURN v_count;
END
$$;

-- Puts an archived order back (OrderStore::restore): the archive's snapshot,
-- written by the server, is the only source; its trail comes back through
-- the created trigger (docket.restore). Returns the order's id.
CREATE FUNCTION docket_order_restore(p_archive bigint) RETURNS bigint
LANGUAGE plpgsql SECURITY DEFINER AS $$
DECLARE
    s record;
    a order_archive;
    o json;
    v_id bigint;
BEGIN
    IF NOT docket_can('restore_archived') THEN
        PERFORM docket_refuse('restoring orders needs "restore_archived"');
    END IF;
    SELECT * INTO s FROM docket_session_scope();
    SELECT * INTO a FROM order_archive WHERE id = p_archive FOR UPDATE;
    IF FOUND THEN
        o := CAST(a.snapshot AS json)->'order';
    END IF;
    IF NOT FOUND OR NOT docket_scope_holds(s.kind, s.me, s.channels, o->>'created_by',
                                           o->>'assigned_to', o->>'channel') THEN
        RAISE EXCEPTION 'There is no archived order with the id %.', p_archive
            USING ERRCODE = 'P0002';
    END IF;
    IF o IS NULL OR NULLIF(o->>'id', '') IS NULL THEN
        RAISE EXCEPTION 'The archived copy of % is damaged and cannot be restored.', a.number;
    END IF;
    IF EXISTS (SELECT 1 FROM orders x WHERE x.number = a.number) THEN
        RAISE EXCEPTION 'Order % cannot be restored: another order has that number now.',
            a.number USING ERRCODE = '23505';
    END IF;
    v_id := CAST(o->>'id' AS bigint);
    IF EXISTS (SELECT 1 FROM orders x WHERE x.id = v_id) THEN
        v_id := nextval('orders_id_seq');
    ELSE
        PERFORM setval('orders_id_seq', v_id) FROM orders_id_seq WHERE last_value < v_id;
    END IF;
    PERFORM docket_clear_context();
    PERFORM set_config('docket.restore', CAST(p_archive AS text), true);
    INSERT INTO orders(id, number, customer_id, customer_name, email, phone, ship_street,
                       ship_city, ship_postcode, ship_region, ship_country, channel, status,
                       currency, total_cents, note, created_at, updated_at, created_by,
                       assigned_to, seen_at, seen_by, invalid_at, invalid_by, invalid_reason,
                       version)
    VALUES (v_id, a.number,
            (SELECT c.id FROM customers c WHERE c.id = CAST(o->>'customer_id' AS bigint)),
            o->>'customer_name', COALESCE(o->>'email', ''), COALESCE(o->>'phone', ''),
            COALESCE(o->>'ship_street', ''), COALESCE(o->>'ship_city', ''),
            COALESCE(o->>'ship_postcode', ''), COALESCE(o->>'ship_region', ''),
            COALESCE(o->>'ship_country', ''), o->>'channel', o->>'status', o->>'currency',
            CAST(o->>'total_cents' AS bigint), COALESCE(o->>'note', ''),
            CAST(o->>'created_at' AS bigint), docket_now(), COALESCE(o->>'created_by', ''),
            COALESCE(o->>'assigned_to', ''), CAST(o->>'seen_at' AS bigint), o->>'seen_by',
            CAST(o->>'invalid_at' AS bigint), o->>'invalid_by', o->>'invalid_reason',
            CAST(o->>'version' AS bigint) + 1);
    PERFORM docket_clear_context();
    INSERT INTO order_lines(order_id, line_no, product_id, sku, name, quantity, unit_price_cents)
    SELECT v_id, CAST(l->>'line_no' AS integer),
           (SELECT p.id FROM products p WHERE p.id = CAST(l->>'product_id' AS bigint)),
           l->>'sku', l->>'name', CAST(l->>'quantity' AS bigint),
           CAST(l->>'unit_price_cents' AS bigint)
    FROM json_array_elements(CAST(a.snapshot AS json)->'lines') AS x(l);
    DELETE FROM order_archive WHERE id = p_archive;
    RETURN v_id;
END
$$;

-- ---- accounts ----

-- The security log (UserStore), written for a session: a login as itself at
-- the server's clock, a trusted session as docket.actor at docket.now (see
-- dialect::setAuditContext). A login without "manage_users" records only its
-- own failed password changes (a successful one is recorded by
-- docket_set_own_password).
CREATE FUNCTION docket_log_security(p_kind text, p_target text, p_old text, p_new text,
                                    p_note text)
RETURNS void
LANGUAGE plpgsql SECURITY DEFINER AS $$
DECLARE
    v_me text := docket_user_name();
BEGIN
    IF NOT docket_can('manage_users')
       AND (v_me IS NULL OR p_kind IS DISTINCT FROM 'password_change_failed'
            OR lower(COALESCE(p_target, '')) <> lower(v_me)) THEN
        PERFORM docket_refuse('a login records only its own failed password changes');
    END IF;
    INSERT INTO security_events(at, actor, kind, target, old_value, new_value, note)
    VALUES (docket_now(), docket_actor(), COALESCE(p_kind, ''), COALESCE(p_target, ''),
            COALESCE(p_old, ''), COALESCE(p_new, ''), COALESCE(p_note, ''));
END
$$;

-- A user's new password: the Docket hash (libsodium's Argon2id string,
-- checked against the old password by the client) and the PostgreSQL
-- login's. A login changes only its own; trusted sessions any user's.
CREATE FUNCTION docket_set_own_password(p_user bigint, p_hash text, p_password text)
RETURNS void
LANGUAGE plpgsql SECURITY DEFINER AS $$
DECLARE
    v_name text;
BEGIN
    SELECT u.name INTO v_name FROM users u WHERE u.id = p_user AND u.disabled = 0;
    IF v_name IS NULL OR (NOT docket_trusted() AND lower(v_name) <> lower(session_user::text)) THEN
        PERFORM docket_refuse('a login changes only its own password');
    END IF;
    IF COALESCE(p_hash, '') NOT LIKE '$argon2%' OR COALESCE(p_password, '') = '' THEN
        PERFORM docket_reject('the password hash or the password is missing');
    END IF;
    UPDATE users SET password_hash = p_hash, password_changed_at = docket_now()
    WHERE id = p_user;
    EXECUTE format('ALTER ROLE %I PASSWORD %L', lower(v_name), p_password);
    INSERT INTO security_events(at, actor, kind, target)
    VALUES (docket_now(), docket_actor(), 'password_changed', v_name);
END
$$;

-- Creates or updates the login of one users row (0005), now only for an
-- administrator (or a trusted session), and only for roles that are this
-- Docket's own: a new name, or a role that is a member of Docket's groups and
-- has no power of its own and no access to another database.
CREATE OR REPLACE FUNCTION docket_sync_login(p_name text, p_role_id bigint, p_disabled integer)
RETURNS void
LANGUAGE plpgsql SECURITY DEFINER AS $$
DECLARE
    r text := lower(p_name);
    grp text := docket_group_for(p_role_id);
    pw text := NULLIF(current_setting('docket.new_password', true), '');
    g text;
    existing pg_catalog.pg_roles;
BEGIN
    IF NOT docket_can('manage_users') THEN
        PERFORM docket_refuse('changing logins needs "manage_users"');
    END IF;
    IF r LIKE 'pg\_%' OR r IN ('docket_user', 'docket_clerk', 'docket_supervisor',
                              'docket_manager', 'docket_admin', 'docket_service', 'public') THEN
        RAISE EXCEPTION 'The user name % is reserved by PostgreSQL or Docket; choose another.', r
            USING ERRCODE = '42501';
    END IF;
    SELECT * INTO existing FROM pg_catalog.pg_roles WHERE rolname = r;
    IF FOUND THEN
        IF existing.rolsuper OR existing.rolcreaterole OR existing.rolcreatedb
           OR existing.rolreplication OR existing.rolbypassrls THEN
            RAISE EXCEPTION 'The PostgreSQL role % is an administrator of the server; choose '
                            'another user name.', r USING ERRCODE = '42501';
        END IF;
        IF existing.oid = docket_owner()
           OR NOT EXISTS (SELECT 1 FROM pg_catalog.pg_auth_members m
                          JOIN pg_catalog.pg_roles grole ON grole.oid = m.roleid
                          WHERE m.member = existing.oid
                            AND grole.rolname IN ('docket_clerk', 'docket_supervisor',
                                                  'docket_manager', 'docket_admin'))
           OR EXISTS (SELECT 1 FROM pg_catalog.pg_database d,
                                    pg_catalog.aclexplode(d.datacl) acl
                      WHERE d.datname <> current_database() AND acl.grantee = existing.oid
                        AND acl.privilege_type = 'CONNECT') THEN
            RAISE EXCEPTION 'The PostgreSQL role % already exists and is not a login of this '
                            'Docket database; choose another user name.', r
                USING ERRCODE = '42501';
        END IF;
    ELSE
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
        ELSIF pg_catalog.pg_has_role(r, g, 'MEMBER') THEN
            EXECUTE format('REVOKE %I FROM %I', g, r);
        END IF;
    END LOOP;
    EXECUTE format('GRANT CONNECT ON DATABASE %I TO %I', current_database(), r);
END
$$;

-- The users trigger of 0005; a password change through
-- docket_set_own_password (the only way a login without "manage_users"
-- reaches this table) sets the login's password itself.
CREATE OR REPLACE FUNCTION docket_users_trigger() RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER AS $$
BEGIN
    IF TG_OP = 'DELETE' THEN
        IF NOT docket_can('manage_users') THEN
            PERFORM docket_refuse('removing users needs "manage_users"');
        END IF;
        IF EXISTS (SELECT 1 FROM pg_catalog.pg_roles WHERE rolname = lower(OLD.name)) THEN
            EXECUTE format('ALTER ROLE %I NOLOGIN', lower(OLD.name));
        END IF;
        RETURN NULL;
    END IF;
    IF TG_OP = 'UPDATE' AND NOT docket_can('manage_users')
       AND (OLD.name, OLD.role_id, OLD.disabled) IS NOT DISTINCT FROM
           (NEW.name, NEW.role_id, NEW.disabled) THEN
        RETURN NULL;
    END IF;
    PERFORM docket_sync_login(NEW.name, NEW.role_id, NEW.disabled);
    RETURN NULL;
END
$$;

-- An administrator's direct writes to the accounts (logins only; a write
-- through a Docket function runs as the owner): built-in roles stay as
-- shipped, and an active account that can manage users remains.
CREATE FUNCTION docket_accounts_guard_trigger() RETURNS trigger
LANGUAGE plpgsql AS $$
DECLARE
    v_roles bigint[];
BEGIN
    IF docket_trusted() OR pg_catalog.pg_has_role(current_user, docket_owner(), 'MEMBER') THEN
        RETURN CASE WHEN TG_OP = 'DELETE' THEN OLD ELSE NEW END;
    END IF;
    IF NOT docket_can('manage_users') THEN
        PERFORM docket_refuse('changing accounts and roles needs "manage_users"');
    END IF;
    IF TG_TABLE_NAME = 'roles' THEN
        IF TG_OP <> 'INSERT' THEN
            IF OLD.builtin <> 0 THEN
                PERFORM docket_refuse('the built-in roles are read-only');
            END IF;
        END IF;
        IF TG_OP <> 'DELETE' THEN
            IF NEW.builtin <> 0 THEN
                PERFORM docket_refuse('the built-in roles are read-only');
            END IF;
        END IF;
    ELSIF TG_TABLE_NAME = 'role_permissions' THEN
        IF TG_OP <> 'INSERT' THEN
            v_roles := v_roles || OLD.role_id;
        END IF;
        IF TG_OP <> 'DELETE' THEN
            v_roles := v_roles || NEW.role_id;
        END IF;
        IF EXISTS (SELECT 1 FROM roles r WHERE r.builtin <> 0 AND r.id = ANY (v_roles)) THEN
            PERFORM docket_refuse('the built-in roles are read-only');
        END IF;
    END IF;
    RETURN CASE WHEN TG_OP = 'DELETE' THEN OLD ELSE NEW END;
END
$$;
CREATE TRIGGER users_guard BEFORE INSERT OR UPDATE OR DELETE ON users
    FOR EACH ROW EXECUTE FUNCTION docket_accounts_guard_trigger();
CREATE TRIGGER roles_guard BEFORE INSERT OR UPDATE OR DELETE ON roles
    FOR EACH ROW EXECUTE FUNCTION docket_accounts_guard_trigger();
CREATE TRIGGER role_permissions_guard BEFORE INSERT OR UPDATE OR DELETE ON role_permissions
    FOR EACH ROW EXECUTE FUNCTION docket_accounts_guard_trigger();

CREATE FUNCTION docket_admin_remains_trigger() RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER AS $$
BEGIN
    IF docket_trusted() THEN
        RETURN NULL;
    END IF;
    IF NOT EXISTS (SELECT 1 FROM users u JOIN role_permissions p ON p.role_id = u.role_id
                   WHERE u.disabled = 0 AND p.permission = 'manage_users') THEN
        PERFORM docket_refuse('the change would leave no active account that can manage users');
    END IF;
    RETURN NULL;
END
$$;
CREATE TRIGGER users_admin_remains AFTER UPDATE OR DELETE ON users
    FOR EACH STATEMENT EXECUTE FUNCTION docket_admin_remains_trigger();
CREATE TRIGGER role_permissions_admin_remains AFTER INSERT OR UPDATE OR DELETE ON role_permissions
    FOR EACH STATEMENT EXECUTE FUNCTION docket_admin_remains_trigger();

-- ---- privileges ----

-- Logins write through the functions above, not to the tables.
REVOKE INSERT, UPDATE, DELETE ON orders, order_lines FROM docket_clerk, docket_supervisor,
    docket_admin;
REVOKE DELETE ON order_archive FROM docket_supervisor, docket_admin;
REVOKE ALL ON SEQUENCE orders_id_seq, order_lines_id_seq FROM docket_clerk, docket_supervisor,
    docket_admin;
REVOKE UPDATE (password_hash, password_changed_at, failed_attempts, locked_until) ON users
    FROM docket_user;
REVOKE INSERT ON security_events FROM docket_user;
REVOKE USAGE ON SEQUENCE security_events_id_seq FROM docket_user;
DROP POLICY security_events_write ON security_events;
-- Customer records are read by no part of the desk, and are not scoped.
REVOKE SELECT ON customers FROM docket_user;

GRANT SELECT ON order_status_moves, sales_channels TO docket_user;

-- The analytics summaries follow a channel scope (an own scope reads the
-- orders themselves; see AnalyticsStore).
ALTER TABLE sales_orders ENABLE ROW LEVEL SECURITY;
ALTER TABLE sales_region ENABLE ROW LEVEL SECURITY;
ALTER TABLE sales_product ENABLE ROW LEVEL SECURITY;
CREATE POLICY sales_orders_scope ON sales_orders FOR SELECT TO docket_user
    USING ((SELECT docket_scope_kind()) = 'all'
           OR ((SELECT docket_scope_kind()) = 'channels'
               AND channel = ANY (CAST((SELECT docket_scope_channels()) AS text[]))));
CREATE POLICY sales_region_scope ON sales_region FOR SELECT TO docket_user
    USING ((SELECT docket_scope_kind()) = 'all'
           OR ((SELECT docket_scope_kind()) = 'channels'
               AND channel = ANY (CAST((SELECT docket_scope_channels()) AS text[]))));
CREATE POLICY sales_product_scope ON sales_product FOR SELECT TO docket_user
    USING ((SELECT docket_scope_kind()) = 'all'
           OR ((SELECT docket_scope_kind()) = 'channels'
               AND channel = ANY (CAST((SELECT docket_scope_channels()) AS text[]))));

-- Service accounts (docket_service: the gateway) read what the desk reads and
-- write through the same functions; they are trusted, so they see every
-- order (the service applies its API key's scope).
DO $$
BEGIN
    EXECUTE format('GRANT CONNECT ON DATABASE %I TO docket_service', current_database());
END
$$;
GRANT SELECT ON schema_version, customers, products, orders, order_lines, order_events,
    order_archive, roles, role_permissions, sales_orders, sales_region, sales_product,
    order_status_moves, sales_channels TO docket_service;
CREATE POLICY orders_service ON orders FOR SELECT TO docket_service USING (true);
CREATE POLICY order_lines_service ON order_lines FOR SELECT TO docket_service USING (true);
CREATE POLICY order_events_service ON order_events FOR SELECT TO docket_service USING (true);
CREATE POLICY order_archive_service ON order_archive FOR SELECT TO docket_service USING (true);
CREATE POLICY sales_orders_service ON sales_orders FOR SELECT TO docket_service USING (true);
CREATE POLICY sales_region_service ON sales_region FOR SELECT TO docket_service USING (true);
CREATE POLICY sales_product_service ON sales_product FOR SELECT TO docket_service USING (true);

-- ---- every function: a fixed search path, and no EXECUTE for PUBLIC ----

-- The functions logins (docket_user) and service accounts (docket_service)
-- may execute: each checks the caller's rights itself, or is pure. A later
-- migration that adds such a function inserts its name here before it calls
-- docket_harden(). Only the owner reads or writes this table.
CREATE TABLE docket_login_functions (
    name TEXT COLLATE "C" PRIMARY KEY,
    pure BOOLEAN NOT NULL DEFAULT false -- no table access, built-in names only: inlinable
);
INSERT INTO docket_login_functions(name, pure) VALUES
    ('docket_fold', true), ('docket_month_start', true), ('docket_sales_counts', true),
    ('docket_money_text', true), ('docket_scope_holds', true), ('docket_lines_total', true),
    -- who is acting (row-level security policies call them as the login)
    ('docket_owner', false), ('docket_trusted', false), ('docket_is_login', false),
    ('docket_user_name', false), ('docket_can', false), ('docket_scope_kind', false),
    ('docket_scope_channels', false), ('docket_status_known', false), ('docket_refuse', false),
    -- the writes a login may make
    ('docket_order_create', false), ('docket_order_update', false),
    ('docket_order_set_status', false), ('docket_orders_lock', false),
    ('docket_orders_mark_seen', false), ('docket_orders_mark_all_seen', false),
    ('docket_orders_invalidate', false), ('docket_orders_revalidate', false),
    ('docket_orders_delete_invalid', false), ('docket_order_restore', false),
    ('docket_log_security', false), ('docket_set_own_password', false);

-- Applies the house rules to every function of Docket's schema (not to an
-- extension's): names resolve in pg_catalog, then the schema, temporary
-- objects last; PUBLIC executes none; docket_user and docket_service execute
-- only those in docket_login_functions. Pure helpers keep no search path so
-- that PostgreSQL can inline them. Every migration that adds functions ends
-- with SELECT docket_harden();
CREATE FUNCTION docket_harden() RETURNS void
LANGUAGE plpgsql AS $$
DECLARE
    fn record;
    -- Docket's schema: where its orders table is. (Not current_schema(): once
    -- this function runs with its own fixed search path, that is pg_catalog.)
    v_schema oid := (SELECT c.relnamespace FROM pg_catalog.pg_class c
                     WHERE c.oid = CAST('orders' AS regclass));
    v_name text := (SELECT n.nspname FROM pg_catalog.pg_namespace n WHERE n.oid = v_schema);
BEGIN
    FOR fn IN
        SELECT p.oid::regprocedure AS sig, f.name IS NOT NULL AS callable,
               COALESCE(f.pure, false) AS pure
        FROM pg_catalog.pg_proc p
        LEFT JOIN docket_login_functions f ON f.name = p.proname
        WHERE p.pronamespace = v_schema
          AND p.prokind IN ('f', 'p')
          AND NOT EXISTS (SELECT 1 FROM pg_catalog.pg_depend d
                          WHERE d.classid = 'pg_catalog.pg_proc'::regclass AND d.objid = p.oid
                            AND d.deptype = 'e')
    LOOP
        IF NOT fn.pure THEN
            EXECUTE format('ALTER FUNCTION %s SET search_path = pg_catalog, %I, pg_temp', fn.sig,
                           v_name);
        END IF;
        EXECUTE format('REVOKE ALL ON FUNCTION %s FROM PUBLIC', fn.sig);
        IF fn.callable THEN
            EXECUTE format('GRANT EXECUTE ON FUNCTION %s TO docket_user, docket_service', fn.sig);
        ELSE
            EXECUTE format('REVOKE ALL ON FUNCTION %s FROM docket_user, docket_service', fn.sig);
        END IF;
    END LOOP;
END
$$;

-- Functions created later by the role that migrates are not PUBLIC's either.
ALTER DEFAULT PRIVILEGES REVOKE EXECUTE ON FUNCTIONS FROM PUBLIC;

SELECT docket_harden();
