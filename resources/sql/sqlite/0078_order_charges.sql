-- Shipping and tax on an order (issue 13 item 15), printed on the invoice.
-- shipping_cents: what shipping costs the customer, in the order's currency.
-- tax_rate_bp: one tax rate for the order in basis points (2000 = 20 %), on
-- the lines and shipping alike (TaxRate, models/domain/taxrate.h).
-- total_cents becomes what the customer pays: lines + shipping + tax, the tax
-- rounded to the cent half away from zero. Existing orders have neither, so
-- their totals stay the lines' as before.
ALTER TABLE orders ADD COLUMN shipping_cents INTEGER NOT NULL DEFAULT 0
    CHECK (shipping_cents >= 0);
ALTER TABLE orders ADD COLUMN tax_rate_bp INTEGER NOT NULL DEFAULT 0
    CHECK (tax_rate_bp BETWEEN 0 AND 10000);
