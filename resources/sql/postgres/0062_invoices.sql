-- Invoice numbers, PostgreSQL dialect: as resources/sql/sqlite/0062. Every
-- login reads the invoices of the orders it sees; issuing needs "edit_orders"
-- and goes through docket_invoices_issue(), which takes the orders' row locks
-- and the counter's in turn, so two desks printing the same orders at once
-- get the same numbers, and numbers stay without gaps and are never reused
-- (no sequence: a rolled-back nextval would leave a hole).

CREATE TABLE invoice_counter (
    id   INTEGER PRIMARY KEY CHECK (id = 1),
    last BIGINT  NOT NULL CHECK (last >= 0)
);
INSERT INTO invoice_counter(id, last) VALUES (1, 0);

CREATE TABLE invoices (
    order_id  BIGINT PRIMARY KEY,
    seq       BIGINT NOT NULL UNIQUE,
    number    TEXT   COLLATE "C" NOT NULL UNIQUE,
    issued_at BIGINT NOT NULL,
    issued_by TEXT   NOT NULL
);
GRANT SELECT ON invoices TO docket_user, docket_service;
ALTER TABLE invoices ENABLE ROW LEVEL SECURITY;
-- The order's scope (orders_scope decides which orders a login sees).
CREATE POLICY invoices_scope ON invoices FOR SELECT TO docket_user
    USING (EXISTS (SELECT 1 FROM orders o WHERE o.id = order_id));
CREATE POLICY invoices_service ON invoices FOR SELECT TO docket_service USING (true);

-- Issues invoice numbers to the orders among `p_ids` the session may touch
-- that have none yet, in id order; returns how many it issued. Each with its
-- 'invoiced' event, under the login's name at the server's clock.
CREATE FUNCTION docket_invoices_issue(p_ids bigint[]) RETURNS integer
LANGUAGE plpgsql SECURITY DEFINER AS $$
DECLARE
    s record;
    ctx record;
    v_id bigint;
    v_seq bigint;
    v_number text;
    v_count integer := 0;
BEGIN
    IF NOT docket_can('edit_orders') THEN
        PERFORM docket_refuse('issuing invoice numbers needs "edit_orders"');
    END IF;
    SELECT * INTO s FROM docket_session_scope();
    SELECT * INTO ctx FROM docket_audit_context();
    FOR v_id IN
        SELECT o.id FROM orders o
        WHERE o.id = ANY (p_ids)
          AND docket_scope_holds(s.kind, s.me, s.channels, o.created_by, o.assigned_to, o.channel)
        ORDER BY o.id FOR UPDATE
    LOOP
        -- Under the order's lock: another desk may have issued it meanwhile.
        IF EXISTS (SELECT 1 FROM invoices i WHERE i.order_id = v_id) THEN
            CONTINUE;
        END IF;
        UPDATE invoice_counter SET last = last + 1 WHERE id = 1 RETURNING last INTO v_seq;
        v_number := 'INV-' || CASE WHEN v_seq < 1000000 THEN lpad(v_seq::text, 6, '0')
                                   ELSE v_seq::text END;
        INSERT INTO invoices(order_id, seq, number, issued_at, issued_by)
        VALUES (v_id, v_seq, v_number, ctx.at, ctx.actor);
        INSERT INTO order_events(order_id, at, actor, kind, field, old_value, new_value, note)
        VALUES (v_id, ctx.at, ctx.actor, 'invoiced', 'invoice', '', v_number, '');
        v_count := v_count + 1;
    END LOOP;
    RETURN v_count;
END
$$;

-- SKU completion in the order form (CatalogStore::completions) reads a range
-- of SKUs in code-point order.
CREATE INDEX products_sku_c ON products (sku COLLATE "C");

INSERT INTO docket_login_functions(name) VALUES ('docket_invoices_issue');
SELECT docket_harden();
