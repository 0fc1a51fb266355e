-- Deleting invalid orders without per-row foreign-key triggers (issue 18).
--
-- PostgreSQL checks a foreign key with a trigger per row of the referenced
-- table: deleting a chunk of 5,000 orders fired nine of them per order (one
-- per table that refers to orders, whether it holds rows for them or not),
-- and deleting their ~12,000 lines two per line. At 1,000,000 orders that
-- was ~1.7 s of a 2.85 s chunk (docs/scaling.md), about 60 % of deleting
-- 100,000 invalid orders.
--
-- The references of the tables that hold few rows per order (payments,
-- refunds, shipments, returns, feedback, review findings; refund and shipment
-- lines to order lines) are kept by triggers that work a statement at a
-- time instead, with the same rules:
--
--   * a row written there must name an order (line) that exists: after each
--     INSERT, and after an UPDATE of the column, the rows are checked with
--     one query, the orders (lines) they name locked FOR KEY SHARE first, as
--     PostgreSQL's own check does, so that a delete running at the same time
--     waits for the writer and then sees its row;
--   * deleting orders (lines) deletes what cascaded before (returns, feedback,
--     review findings), sets an exchange order to NULL (returns), and refuses
--     when a payment, refund, shipment, refund line or shipment line still
--     names one of them: one query per table over the statement's deleted
--     rows (a transition table), after the statement;
--   * an order's or a line's id never changes (refused).
--
-- order_lines and order_events keep their foreign keys: they are written one
-- row per line and event by every write, and docket_orders_delete_invalid
-- deletes them itself before the orders (0083), so their cascades find
-- nothing.

-- The foreign keys these replace (child table, column, parent table).
DO $$
DECLARE
    r record;
BEGIN
    FOR r IN
        SELECT c.conname, c.conrelid::regclass AS child
        FROM pg_constraint c
        JOIN pg_attribute a ON a.attrelid = c.conrelid AND a.attnum = c.conkey[1]
        JOIN (VALUES ('payments', 'order_id', 'orders'), ('refunds', 'order_id', 'orders'),
                     ('shipments', 'order_id', 'orders'), ('returns', 'order_id', 'orders'),
                     ('returns', 'exchange_order_id', 'orders'),
                     ('order_feedback', 'order_id', 'orders'),
                     ('review_findings', 'order_id', 'orders'),
                     ('refund_lines', 'line_id', 'order_lines'),
                     ('shipment_lines', 'line_id', 'order_lines')) AS d(child, col, parent)
          ON CAST(d.child AS regclass) = c.conrelid AND d.col = a.attname
         AND CAST(d.parent AS regclass) = c.confrelid
        WHERE c.contype = 'f'
    LOOP
        EXECUTE format('ALTER TABLE %s DROP CONSTRAINT %I', r.child, r.conname);
    END LOOP;
END
$$;

-- Child side: every row a statement wrote names an existing parent.
-- TG_ARGV: the column, the parent table.
CREATE FUNCTION docket_reference_check() RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER SET jit = off AS $$
DECLARE
    v_missing bigint;
BEGIN
    -- Lock the parents as PostgreSQL's check does (a concurrent delete waits
    -- for this transaction), then look for a row whose parent is gone.
    EXECUTE format('SELECT count(*) FROM (SELECT 1 FROM %2$I p WHERE p.id IN '
                   '(SELECT n.%1$I FROM new_rows n) ORDER BY p.id FOR KEY SHARE) locked',
                   TG_ARGV[0], TG_ARGV[1]);
    EXECUTE format('SELECT n.%1$I FROM new_rows n WHERE n.%1$I IS NOT NULL AND NOT EXISTS '
                   '(SELECT 1 FROM %2$I p WHERE p.id = n.%1$I) LIMIT 1',
                   TG_ARGV[0], TG_ARGV[1])
        INTO v_missing;
    IF v_missing IS NOT NULL THEN
        RAISE EXCEPTION 'insert or update on table "%" violates the reference of "%" to "%"',
                        TG_TABLE_NAME, TG_ARGV[0], TG_ARGV[1]
            USING ERRCODE = '23503',
                  DETAIL = format('Key (%s)=(%s) is not present in table "%s".', TG_ARGV[0],
                                  v_missing, TG_ARGV[1]);
    END IF;
    RETURN NULL;
END
$$;

-- Parent side, after a DELETE statement on orders or order_lines: what
-- cascaded, what was set to NULL and what refused, one query per reference
-- over the statement's deleted rows. (It also runs, with no rows, for each
-- cascade of order_lines' own foreign key: it returns at once then.)
CREATE FUNCTION docket_reference_deleted() RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER SET jit = off AS $$
DECLARE
    v_table text;
    v_found bigint;
BEGIN
    PERFORM 1 FROM old_rows LIMIT 1;
    IF NOT FOUND THEN
        RETURN NULL;
    END IF;
    IF TG_TABLE_NAME = 'orders' THEN
        DELETE FROM returns c WHERE c.order_id IN (SELECT o.id FROM old_rows o);
        DELETE FROM order_feedback c WHERE c.order_id IN (SELECT o.id FROM old_rows o);
        DELETE FROM review_findings c WHERE c.order_id IN (SELECT o.id FROM old_rows o);
        UPDATE returns c SET exchange_order_id = NULL
        WHERE c.exchange_order_id IN (SELECT o.id FROM old_rows o);
        SELECT 'payments', c.order_id INTO v_table, v_found FROM payments c
        WHERE c.order_id IN (SELECT o.id FROM old_rows o) LIMIT 1;
        IF v_found IS NULL THEN
            SELECT 'refunds', c.order_id INTO v_table, v_found FROM refunds c
            WHERE c.order_id IN (SELECT o.id FROM old_rows o) LIMIT 1;
        END IF;
        IF v_found IS NULL THEN
            SELECT 'shipments', c.order_id INTO v_table, v_found FROM shipments c
            WHERE c.order_id IN (SELECT o.id FROM old_rows o) LIMIT 1;
        END IF;
    ELSE
        SELECT 'refund_lines', c.line_id INTO v_table, v_found FROM refund_lines c
        WHERE c.line_id IN (SELECT o.id FROM old_rows o) LIMIT 1;
        IF v_found IS NULL THEN
            SELECT 'shipment_lines', c.line_id INTO v_table, v_found FROM shipment_lines c
            WHERE c.line_id IN (SELECT o.id FROM old_rows o) LIMIT 1;
        END IF;
    END IF;
    IF v_found IS NOT NULL THEN
        RAISE EXCEPTION 'update or delete on table "%" violates the reference of "%" to it',
                        TG_TABLE_NAME, v_table
            USING ERRCODE = '23503',
                  DETAIL = format('Key (id)=(%s) is still referenced from table "%s".', v_found,
                                  v_table);
    END IF;
    RETURN NULL;
END
$$;

-- An order's or a line's id is its identity: never changed.
CREATE FUNCTION docket_reference_key_kept() RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER AS $$
BEGIN
    IF NEW.id IS DISTINCT FROM OLD.id THEN
        RAISE EXCEPTION 'the id of a row of "%" is never changed', TG_TABLE_NAME
            USING ERRCODE = '23503';
    END IF;
    RETURN NEW;
END
$$;

DO $$
DECLARE
    r record;
BEGIN
    FOR r IN SELECT * FROM (VALUES ('payments', 'order_id', 'orders'),
                                   ('refunds', 'order_id', 'orders'),
                                   ('shipments', 'order_id', 'orders'),
                                   ('returns', 'order_id', 'orders'),
                                   ('returns', 'exchange_order_id', 'orders'),
                                   ('order_feedback', 'order_id', 'orders'),
                                   ('review_findings', 'order_id', 'orders'),
                                   ('refund_lines', 'line_id', 'order_lines'),
                                   ('shipment_lines', 'line_id', 'order_lines'))
                           AS d(child, col, parent)
    LOOP
        EXECUTE format('CREATE TRIGGER %1$I AFTER INSERT ON %2$I REFERENCING NEW TABLE AS '
                       'new_rows FOR EACH STATEMENT EXECUTE FUNCTION '
                       'docket_reference_check(%3$L, %4$L)',
                       r.child || '_' || r.col || '_ref_ins', r.child, r.col, r.parent);
        EXECUTE format('CREATE TRIGGER %1$I AFTER UPDATE ON %2$I REFERENCING NEW TABLE AS '
                       'new_rows FOR EACH STATEMENT EXECUTE FUNCTION '
                       'docket_reference_check(%3$L, %4$L)',
                       r.child || '_' || r.col || '_ref_upd', r.child, r.col, r.parent);
    END LOOP;
END
$$;

CREATE TRIGGER orders_references_deleted AFTER DELETE ON orders REFERENCING OLD TABLE AS old_rows
    FOR EACH STATEMENT EXECUTE FUNCTION docket_reference_deleted();
CREATE TRIGGER order_lines_references_deleted AFTER DELETE ON order_lines
    REFERENCING OLD TABLE AS old_rows
    FOR EACH STATEMENT EXECUTE FUNCTION docket_reference_deleted();
CREATE TRIGGER orders_id_kept BEFORE UPDATE OF id ON orders
    FOR EACH ROW EXECUTE FUNCTION docket_reference_key_kept();
CREATE TRIGGER order_lines_id_kept BEFORE UPDATE OF id ON order_lines
    FOR EACH ROW EXECUTE FUNCTION docket_reference_key_kept();

SELECT docket_harden();
