#pragma once

#include "database.h"
#include "sqlclause.h"

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
// The same for texts, unpacked into rows of one column `value`:
// "(SELECT value FROM json_each(?))" on SQLite (a JSON array),
// "(SELECT unnest(CAST(? AS text[])) AS value)" on PostgreSQL (an array literal).
QString textListSubquery(Backend backend);
QVariant textListParam(Backend backend, const QStringList& texts);

// ---- order ids ----

// SQLite: the id for a new order, taken before the order is written (its
// number is derived from it): one more than any order or archived order ever
// had (call inside the write transaction). On PostgreSQL the server takes
// orders_id_seq's next value itself (docket_order_create).
qint64 nextOrderId(const QSqlDatabase& db);

// ---- the audit trail ----

// On PostgreSQL the database writes the audit trail (order_events) and the
// archive itself, from the changes it sees (0005_database_rights.sql,
// 0009_server_rules.sql), so that clients can neither skip nor rewrite them;
// the stores write through the server's functions (stores/serverwrites.h)
// and only describe the change with setAuditContext(). On SQLite the stores
// write both.
// For the rest of the current transaction: who acts, at what time (UTC
// seconds), with which note (a status change's) and in which scope (as
// Scope::toString()). The server honours actor, time and scope only from
// trusted connections (the owner, service accounts), which act for a Docket
// user; a Docket login is always itself, at the server's clock, in its own
// scope. No-op on SQLite.
void setAuditContext(const QSqlDatabase& db, const QString& actor, qint64 now,
                     const QString& note = {}, const QString& scope = QStringLiteral("all"));
// The password of the Docket user written next in this transaction becomes
// its PostgreSQL login's password (users trigger). No-op on SQLite.
void setLoginPassword(const QSqlDatabase& db, const QString& password);
// For a bulk load that writes its own trail (trusted connections only).
void suspendAudit(const QSqlDatabase& db);

// ---- archive ----

// The SQL expression (over `orders o`) that renders an order with its lines
// and events as the JSON text stored in order_archive.snapshot. Both dialects
// produce the same keys: {"order": {column: value...}, "lines": [...],
// "events": [...]}.
QString orderSnapshotExpression(Backend backend);
// The SQL expression (text) for field `key` of the order in an archived
// snapshot column `column` (see above): json_extract on SQLite, ->> on
// PostgreSQL. `key` is a column name of orders, never user input.
QString snapshotOrderField(Backend backend, const QString& column, const QString& key);

// ---- keyword search ----

// A condition over `orders o` that holds when the order's customer name,
// email or phone, or the SKU or name of a product on one of its lines,
// matches `token`, with its bound values. Both backends match words: case-
// and accent-insensitive, the token's last word as a prefix of a word, its
// words in a row ("kett" finds "Kettle", "sku-10005" finds "SKU-10005").
// SQLite: FTS5 (order_fts, product_fts); PostgreSQL: LIKE '% word%' on the
// folded search_text columns, served by pg_trgm GIN indexes.
SqlClause keywordCondition(Backend backend, const QString& token);
// keywordCondition() is "(orderWords OR productWords)": the order's own
// columns match `token`, or a product on one of its lines does. Apart for
// PostgreSQL's counts (OrderStore::count), which count each half on its own.
struct KeywordParts
{
    SqlClause orderWords;
    SqlClause productWords;
};
KeywordParts keywordParts(Backend backend, const QString& token);
// FTS5 query text for one token: "tok"* with quotes doubled.
QString ftsPrefixToken(const QString& token);

// ---- connections ----

// True when `error` (from a statement on `db`) means the connection itself
// failed: the server went away, restarted or the network dropped, as opposed
// to the statement being refused. Always false for SQLite.
bool isConnectionFailure(const QSqlDatabase& db, const QSqlError& error);

} // namespace docket::dialect
