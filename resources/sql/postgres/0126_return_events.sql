-- return.created goes to the outbox (issue 16 item 6), PostgreSQL dialect:
-- as resources/sql/sqlite/0126. A subscription could ask for it since 0074,
-- but nothing wrote it. A new return now writes its event in the same
-- transaction as the return (a statement trigger, like the other records'),
-- whichever way it was recorded; the trigger function is nothing a login can
-- call (docket_harden revokes it).

CREATE FUNCTION docket_returns_outbox_trigger() RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER AS $$
BEGIN
    IF NOT EXISTS (SELECT 1 FROM webhook_subscriptions WHERE active = 1) THEN
        RETURN NULL;
    END IF;
    PERFORM docket_outbox_records('return.created',
        (SELECT jsonb_agg(jsonb_build_object(
                    'return_id', n.id, 'order_id', n.order_id, 'number', o.number,
                    'reason', n.reason, 'state', n.state, 'note', n.note,
                    'created_at', to_char(to_timestamp(n.created_at) AT TIME ZONE 'UTC',
                                          'YYYY-MM-DD"T"HH24:MI:SS"Z"'),
                    'at', n.created_at) ORDER BY n.id)
         FROM new_rows n JOIN orders o ON o.id = n.order_id));
    RETURN NULL;
END
$$;
CREATE TRIGGER returns_outbox_created AFTER INSERT ON returns
    REFERENCING NEW TABLE AS new_rows
    FOR EACH STATEMENT EXECUTE FUNCTION docket_returns_outbox_trigger();

SELECT docket_harden();
