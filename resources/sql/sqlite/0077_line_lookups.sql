-- What has shipped and been refunded of an order line (issue 15): the
-- shipment CSV's preview, FulfilmentStore::lineStates and records::settle
-- sum shipment_lines and refund_lines by line_id. Their primary keys start
-- with the parcel or refund, so SQLite scanned every parcel line for each
-- order line: a 10,000-row shipment file grew quadratically (11 ms a row at
-- 3,333 rows). PostgreSQL has had these two indexes since 0068, so this
-- migration is SQLite's only.

CREATE INDEX shipment_lines_line ON shipment_lines(line_id);
CREATE INDEX refund_lines_line ON refund_lines(line_id);
