-- Batches on PostgreSQL, fourth pass (issue 18 item 1): the list's indexes
-- by channel, assignee and creator in two halves.
--
-- Invalidating an order is never a HOT update (0083): the new row version
-- gets an entry in every index of orders whose predicate it satisfies. In
-- the whole indexes led by a value many orders share (orders_status,
-- orders_channel: a handful of values; orders_assigned, orders_creator: a
-- few users), that entry is a duplicate of the old version's key, and a
-- leaf page that fills with them is first searched for old versions to
-- delete (bottom-up deletion), which it cannot while the batch's own
-- transaction holds them. Profiled on a copy of 1,000,000 orders,
-- invalidating 100,000 spent 54 % of its server CPU in B-tree inserts;
-- without those four indexes 22 % less CPU, with valid-only + invalid-only
-- twins built fresh 20 % less, the four rebuilt whole (the control) 9 %
-- less (docs/scaling.md, session 29).
--
-- So three of them become a valid-only index (no entry for an invalidated
-- order) and an invalid-only twin (an invalidated order's entry goes there,
-- among few invalid orders). The valid and the invalid views, which name
-- `invalid_at IS NULL` / `IS NOT NULL`, use their half as they used the
-- whole index. The "all orders" view filtered by channel, or read in a
-- login's own or channel scope, names both halves (`invalid_at IS NULL OR
-- invalid_at IS NOT NULL`, orderquery::where: the planner ORs the two
-- partial indexes) or reads the list as a union of the valid and the
-- invalid orders (orderreads.cpp: one ordered scan per half, merged), as
-- 0083 and 0085 did for the customer card and the amount.
--
-- orders_status stays whole. PostgreSQL never combines (BitmapAnd) two
-- partial indexes whose predicates are the same clause of the query, and
-- the keyword's trigram index of the valid orders (0083) says
-- `invalid_at IS NULL`: with the status in halves, a keyword with a rare
-- status ("Müller", pending, 1,000,000 orders) read the heap pages of the
-- keyword's 30,000 matches instead of the ~300 both select (counted in
-- 0.1 s before, 1.3-2.1 s in halves). A predicate spelled otherwise
-- (`invalid_at IS NULL OR invalid_at < 0`) lets the planner combine them
-- but it did not choose to (its estimate of the keyword's matches is 98).
-- Channel and user are never combined with the keyword there (too many
-- orders each), so their halves cost no plan.

CREATE INDEX orders_valid_channel ON orders (channel, created_at, id) WHERE invalid_at IS NULL;
CREATE INDEX orders_invalid_channel ON orders (channel, created_at, id)
    WHERE invalid_at IS NOT NULL;
CREATE INDEX orders_valid_assigned ON orders (assigned_to, id) WHERE invalid_at IS NULL;
CREATE INDEX orders_invalid_assigned ON orders (assigned_to, id) WHERE invalid_at IS NOT NULL;
CREATE INDEX orders_valid_creator ON orders (created_by, id) WHERE invalid_at IS NULL;
CREATE INDEX orders_invalid_creator ON orders (created_by, id) WHERE invalid_at IS NOT NULL;

DROP INDEX orders_channel;
DROP INDEX orders_assigned;
DROP INDEX orders_creator;

SELECT docket_harden();
