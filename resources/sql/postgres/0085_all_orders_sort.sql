-- The "all orders" list sorted by amount (issue 18).
--
-- 0083 left the amount's list index valid-only (orders_valid_total, from
-- 0006) and the customer's in two halves (orders_valid_customer,
-- orders_invalid_customer). The list's "all orders" view sorted by either
-- then read the whole table and sorted it: ~0.65 s a page at 1,000,000
-- orders. OrderStore now reads that view as a UNION ALL of the valid and the
-- invalid half, which PostgreSQL merges from one index per half (a Merge
-- Append stopped at the page's LIMIT); the invalid half of the amount needs
-- its index. Small (invalid orders only), and an invalidation batch adds one
-- entry per order to it.

CREATE INDEX orders_invalid_total ON orders (total_cents, id) WHERE invalid_at IS NOT NULL;

SELECT docket_harden();
