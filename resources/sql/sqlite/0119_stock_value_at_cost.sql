-- One currency in the stock ledger (issue 12): every movement is valued at
-- cost, in the catalogue's currency.
--
-- stock_movements.value_cents held the quantity at the product's cost for
-- every kind but one: a backorder (demand that met no stock) was valued at
-- the order line's price, in the ORDER's currency. The ledger's values are
-- summed per product, day and kind (stock_daily) and by the analytics, so a
-- shop selling in two currencies added euros to dollars. Now a backorder is
-- valued at cost like everything else (models/stores/stockledger.cpp,
-- syncOrders): "lost to backorders" is lost sales at cost. What the orders
-- would have paid is on their lines, in their own currencies.
--
-- The backorders already in the ledger are valued again at the product's
-- cost price today (the cost on the day is not known), and their daily sums
-- with them (a day's sum is its units times that same cost).

UPDATE stock_movements
SET value_cents = quantity * COALESCE((SELECT p.cost_cents FROM products p
                                       WHERE p.id = stock_movements.product_id), 0)
WHERE kind = 'backorder';

UPDATE stock_daily
SET value_cents = quantity * COALESCE((SELECT p.cost_cents FROM products p
                                       WHERE p.id = stock_daily.product_id), 0)
WHERE kind = 'backorder';
