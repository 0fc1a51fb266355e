-- The customer view and internal comments (issue 13, item 13).
--
-- A customer's orders are found by email (case-insensitive), else by phone
-- (its digits: the expression of orderquery's phoneDigitsSql, exactly), else
-- by name (orders_customer): each through an index, at any list size.
-- Comments need no table: a comment is an order event of kind 'commented'
-- (who, when, the text as its note), so it is in the history timeline and
-- the archive's snapshot, and is never edited or removed.

CREATE INDEX orders_email_ci ON orders(lower(email));
CREATE INDEX orders_phone_digits ON orders(
    replace(replace(replace(replace(replace(replace(phone, ' ', ''), '-', ''), '(', ''), ')', ''),
            '.', ''), '/', ''));
