-- Review facts (issue 15's records::judge, factsFor) ask whether an earlier
-- order has the same email or phone and count the recent ones. `email = ?`
-- cannot use orders_email_ci (it indexes lower(email)), so every order
-- taken scanned the whole orders table: an import of 100,000 orders was
-- quadratic (issue 16 item 9), and intake slowed as the table grew. These
-- serve both questions: the equality first, then the time range.
CREATE INDEX orders_email_at ON orders(email, created_at);
CREATE INDEX orders_phone_at ON orders(phone, created_at);
