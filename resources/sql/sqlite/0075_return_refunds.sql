-- A return closed with a refund pays that refund back (issue 17): refunds
-- name the return they pay (return_id; ReturnStore::close writes them in the
-- close's transaction), and a refund return cannot be closed without refund
-- rows of its own that add up to its amount: the trigger below refuses any
-- path that tries. Refunds made by the previous release for a return name it
-- only in their reason ("Return N" or "Return N: note", also in zh_CN and
-- zh_TW): those are linked on the upgrade.

ALTER TABLE refunds ADD COLUMN return_id INTEGER REFERENCES returns(id);
CREATE INDEX refunds_return ON refunds(return_id) WHERE return_id IS NOT NULL;

UPDATE refunds SET return_id = (
    SELECT r.id FROM returns r
    WHERE r.order_id = refunds.order_id AND r.state = 'closed' AND r.resolution = 'refund'
      AND (refunds.reason IN ('Return ' || r.id, '退货 ' || r.id, '退貨 ' || r.id)
           OR substr(refunds.reason, 1, length('Return ' || r.id || ': '))
              = 'Return ' || r.id || ': '
           OR substr(refunds.reason, 1, length('退货 ' || r.id || '：')) = '退货 ' || r.id || '：'
           OR substr(refunds.reason, 1, length('退貨 ' || r.id || '：')) = '退貨 ' || r.id || '：')
    ORDER BY r.id LIMIT 1)
WHERE return_id IS NULL;

CREATE TRIGGER returns_refund_paid BEFORE UPDATE OF state ON returns
WHEN NEW.state = 'closed' AND OLD.state <> 'closed' AND NEW.resolution = 'refund'
 AND NEW.refund_cents <> (SELECT COALESCE(SUM(f.amount_cents), 0) FROM refunds f
                          WHERE f.return_id = NEW.id AND f.order_id = NEW.order_id)
BEGIN
    SELECT RAISE(ABORT, 'A return closes with a refund only when its refunds pay that back.');
END;
