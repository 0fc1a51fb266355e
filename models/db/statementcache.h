#pragma once

// Prepared statements kept per connection for reuse (used by sql::run, see
// sql.h). Preparing is a large part of a short statement's cost on SQLite
// (parsing, planning, code generation) and two round trips on PostgreSQL
// (QPSQL sends PREPARE, then EXECUTE, then DEALLOCATE when the query dies),
// so a statement run again with other values reuses the one prepared before.
//
// - Per connection: the cache hangs on the connection's driver and dies with it.
// - Nesting-safe: a statement is taken out of the cache while its caller
//   holds the QSqlQuery (the query run() returns wraps it, and gives it back,
//   reset, when the caller lets it go). The same text run again meanwhile (a
//   loop over rows that runs its own statement, recursion) prepares a second
//   one: a statement is never reused underneath itself.
// - Forgotten when the connection closes or reopens (a PostgreSQL session's
//   prepared statements die with it), and after a schema change (DDL through
//   sql::run, migrations): PostgreSQL refuses to reuse a plan whose result
//   type changed.

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>
#include <initializer_list>
#include <optional>

namespace docket::sql::statementcache {

// Whether the first word of the statement `text` is one of `keywords`
// (compared without case; "SELECT" does not match "SELECTED").
bool firstWordIn(const QString& text, std::initializer_list<QLatin1String> keywords);
// Whether `text` may be kept: SELECT/INSERT/UPDATE/DELETE/WITH/REPLACE
// (not DDL, PRAGMA, SET, transaction control).
bool cacheable(const QString& text);
// Whether running `text` changes the schema (CREATE, ALTER, DROP, ATTACH, DETACH).
bool changesSchema(const QString& text);

// The connection's idle statement for `text`, taken out of the cache, or
// nothing when there is none; `db` must be open.
std::optional<QSqlQuery> take(const QSqlDatabase& db, const QString& text);
// Wraps `executed` (prepared for `text`, executed) in the QSqlQuery handed to
// the caller: it reads through to `executed`, and when the caller drops it
// the statement is reset and goes back to the cache, unless the cache was
// forgotten meanwhile.
QSqlQuery lend(const QSqlDatabase& db, const QString& text, QSqlQuery executed);
// Puts an idle statement back at once (one the caller does not hold).
void giveBack(const QSqlDriver* driver, const QString& text, QSqlQuery statement);
// Runs a statement without values and without rows (SQLite's SAVEPOINT,
// RELEASE) through the cache; false with `error` set when it failed.
bool execKept(const QSqlDatabase& db, const QString& text, QSqlError* error);
// Drops every idle statement of the connection; statements lent out are
// dropped when they come back.
void forget(const QSqlDriver* driver);

// Counters of a connection since it opened (for tests and benchmarks).
struct Stats
{
    qint64 prepared = 0; // statements prepared for the cache (misses)
    qint64 reused = 0;   // runs served by a statement prepared before (hits)
    int idle = 0;        // statements waiting in the cache now
};
Stats stats(const QSqlDatabase& db);
void notePrepared(const QSqlDatabase& db);

} // namespace docket::sql::statementcache
