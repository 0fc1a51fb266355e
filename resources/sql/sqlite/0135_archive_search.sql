-- The archive page's search (issue 13: by the customer's name, email or
-- phone and by the order's date, OrderStore::archived) without reading each
-- archived order's JSON snapshot. Before, a search by customer or date parsed
-- the snapshot (header, lines and events, about 1 kB) of each archived order
-- in scope: 1.5 s for a word nobody has among 100,000 archived orders.
--
-- The order's creation time, email and phone become columns of the archive,
-- written by the delete batch from the order row it archives
-- (OrderStore::deleteInvalid) and taken here from the snapshots already
-- archived. order_archive_search holds what the search tests, in the order the
-- page shows (most recently deleted first): the search walks this index alone,
-- testing the order's date and the customer's words (docket_fts_match, the
-- list's rules) on its entries, reads the table only for the rows it shows,
-- and stops at its page. It takes the place of order_archive_deleted (its
-- first column), so a delete of 100,000 orders maintains no index more: no
-- full-text index of the archive.

ALTER TABLE order_archive ADD COLUMN created_at INTEGER;
ALTER TABLE order_archive ADD COLUMN email TEXT NOT NULL DEFAULT '';
ALTER TABLE order_archive ADD COLUMN phone TEXT NOT NULL DEFAULT '';

UPDATE order_archive
SET created_at = CAST(json_extract(snapshot, '$.order.created_at') AS INTEGER),
    email = COALESCE(json_extract(snapshot, '$.order.email'), ''),
    phone = COALESCE(json_extract(snapshot, '$.order.phone'), '');

DROP INDEX order_archive_deleted;
CREATE INDEX order_archive_search
    ON order_archive(deleted_at, id, created_at, customer_name, email, phone);
