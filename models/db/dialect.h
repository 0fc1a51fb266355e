#pragma once

#include "database.h"

#include <QList>
#include <QSqlDatabase>
#include <QSqlError>
#include <QString>
#include <QVariant>

// Where SQLite and PostgreSQL differ. The stores write one SQL text for both
// backends wherever the two agree (almost everywhere); what they cannot share
// is asked of this namespace, so the differences live in one place.
namespace docket::dialect {

// ---- id lists: many ids as one bound parameter ----

// The SQL that unpacks idListParam(): "(SELECT value FROM json_each(?))" on
// SQLite, "(SELECT unnest(?::bigint[]))" on PostgreSQL.
QString idListSubquery(Backend backend);
QVariant idListParam(Backend backend, const QList<qint64>& ids);

// ---- order ids ----

// The id for a new order, taken before the order is written (its number is
// derived from it). SQLite: one more than any order or archived order ever
// had (call inside the write transaction); PostgreSQL: nextval of
// orders_id_seq, so concurrent clerks never collide and ids are never reused.
qint64 nextOrderId(const QSqlDatabase& db);
// After an order was written with an explicit id (restore from the archive):
// keeps PostgreSQL's sequence beyond it. No-op on SQLite.
void orderIdUsed(const QSqlDatabase& db, qint64 id);

// ---- row locks ----

// Appended to "SELECT o.id FROM orders o WHERE ..." to lock the rows it finds
// until the transaction ends: " ORDER BY o.id FOR UPDATE" on PostgreSQL (in id
// order, so two batches over overlapping orders queue instead of
// deadlocking, and each then sees the other's committed result); nothing on
// SQLite, whose write transactions already exclude each other.
QString lockOrderRows(Backend backend);

// ---- archive ----

// The SQL expression (over `orders o`) that renders an order with its lines
// and events as the JSON text stored in order_archive.snapshot. Both dialects
// produce the same keys: {"order": {column: value...}, "lines": [...],
// "events": [...]}.
QString orderSnapshotExpression(Backend backend);

// ---- keyword search ----

// A condition over `orders o` that holds when the order's customer name,
// email or phone, or the SKU or name of a product on one of its lines,
// matches `token`, with its bound values. Both backends match words: case-
// and accent-insensitive, the token's last word as a prefix of a word, its
// words in a row ("kett" finds "Kettle", "sku-10005" finds "SKU-10005").
// SQLite: FTS5 (order_fts, product_fts); PostgreSQL: LIKE '% word%' on the
// folded search_text columns, served by pg_trgm GIN indexes.
struct Condition
{
    QString sql;
    QVariantList binds;
};
Condition keywordCondition(Backend backend, const QString& token);
// FTS5 query text for one token: "tok"* with quotes doubled.
QString ftsPrefixToken(const QString& token);

// ---- connections ----

// True when `error` (from a statement on `db`) means the connection itself
// failed: the server went away, restarted or the network dropped, as opposed
// to the statement being refused. Always false for SQLite.
bool isConnectionFailure(const QSqlDatabase& db, const QSqlError& error);

} // namespace docket::dialect
