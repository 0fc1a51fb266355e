-- A reserving order create writes fewer pages (issue 17): the partial index
-- stock_reservations_held goes.
--
-- Every reserving line put an entry into stock_reservations_held (product,
-- warehouse, order WHERE held > 0), on a page of its own product: 2.3 of the
-- 18 pages a reserving create of three lines adds to the 48 of a create
-- (measured on a copy of a database of 1M orders and 100,000 products x 5
-- warehouses, each create committed alone). Its one reader was the trim
-- (models/stores/stockledger.cpp, trimTo: release the newest reservations at
-- an item when its on hand falls below what is reserved), which now walks
-- the product's order lines newest first (order_lines_product, written by
-- the create anyway) and reads each order's reservation by its key; an
-- order holds a reservation only while it has a line of that product.
--
-- PostgreSQL keeps its index: the server trims there (docket_stock_trim) and
-- its create adds little (README, Performance).

DROP INDEX IF EXISTS stock_reservations_held;
