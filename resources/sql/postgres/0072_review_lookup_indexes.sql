-- Review facts, PostgreSQL dialect: as resources/sql/sqlite/0072 (the
-- server's judge, docket_order_judge of 0069, asks the same questions by
-- email and phone). Indexes only: no table, no function, no grant changes.
CREATE INDEX orders_email_at ON orders (email, created_at);
CREATE INDEX orders_phone_at ON orders (phone, created_at);
