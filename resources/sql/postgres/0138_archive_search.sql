-- The archive page's search (issue 13: by the customer's name, email or
-- phone and by the order's date, OrderStore::archived) without reading each
-- archived order's JSON snapshot. Before, every search by customer or date
-- parsed the snapshot (header, lines and events) of each archived order in
-- scope.
--
-- created_at (the order's creation time) and search_text (the folded words of
-- the customer's name, email and phone, as orders.search_text holds them,
-- 0001) are computed by the server from the snapshot when an order is
-- archived (docket_delete_orders writes the archive as before) and here for
-- the orders already archived. order_archive_created serves a search by order
-- date. A customer's words are tested on search_text (LIKE '% word%', the
-- list's rule) in the archive's order, stopping at the page: no trigram index
-- of the archive, so a delete of 100,000 orders maintains no GIN index more.

ALTER TABLE order_archive
    ADD COLUMN created_at BIGINT GENERATED ALWAYS AS
        (CAST(CAST(snapshot AS json)->'order'->>'created_at' AS BIGINT)) STORED,
    ADD COLUMN search_text TEXT GENERATED ALWAYS AS
        (' ' || docket_fold(customer_name)
         || ' ~ ' || docket_fold(COALESCE(CAST(snapshot AS json)->'order'->>'email', ''))
         || ' ~ ' || docket_fold(COALESCE(CAST(snapshot AS json)->'order'->>'phone', ''))) STORED;

CREATE INDEX order_archive_created ON order_archive(created_at, id);
