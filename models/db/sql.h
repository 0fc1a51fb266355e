#pragma once

#include "database.h"
#include "domain/errors.h"

#include <QDateTime>
#include <QSqlQuery>
#include <QVariant>
#include <initializer_list>

namespace docket::sql {

// Prepares `text`; throws DocketError(Database) with the driver's message.
QSqlQuery prepare(const QSqlDatabase& db, const QString& text, bool forwardOnly = true);
// Executes a prepared query; throws DocketError(Database) on failure.
void exec(QSqlQuery& q);
// Prepare, bind positionally, execute.
QSqlQuery run(const QSqlDatabase& db, const QString& text,
              std::initializer_list<QVariant> values = {});
QSqlQuery run(const QSqlDatabase& db, const QString& text, const QVariantList& values);
// First column of the first row, or `fallback` when there is no row.
QVariant scalar(const QSqlDatabase& db, const QString& text,
                std::initializer_list<QVariant> values = {}, const QVariant& fallback = {});
QVariant scalar(const QSqlDatabase& db, const QString& text, const QVariantList& values,
                const QVariant& fallback = {});

Backend backendOf(const QSqlDatabase& db);

// A column of UTC seconds as a date and time in UTC; invalid for NULL.
QDateTime utcTime(const QVariant& seconds);

// Lost connections (PostgreSQL). A statement that fails because the session
// to the server is gone throws DocketError(Database) with field()
// kConnectionLostField and a message saying what became of the work: inside a
// WriteTransaction nothing was changed (the server rolls back an open
// transaction whose session ends); a drop during COMMIT is resolved by asking
// the server afterwards (see WriteTransaction::commit). The next statement
// outside a transaction reopens the same QSqlDatabase, so stores holding it
// carry on; a read that met a dropped connection is retried once.
inline constexpr const char* kConnectionLostField = "connection";
bool isConnectionLost(const DocketError& e);
// Reopens a PostgreSQL connection that dropped (not inside a transaction).
// Throws DocketError(Database, kConnectionLostField) when the server is still
// unreachable.
void ensureOpen(const QSqlDatabase& db);

// A write transaction: BEGIN IMMEDIATE on SQLite (no writer upgrade
// deadlocks), BEGIN on PostgreSQL. Rolls back unless commit() was called.
//
// On PostgreSQL, commit() notes the transaction id first; when the connection
// drops while COMMIT is under way it reconnects and asks the server
// (pg_xact_status) whether the transaction committed: if it did, commit()
// returns normally (the work was done exactly once); if not, it throws saying
// nothing was changed; if the server stays unreachable (about 15 s) it throws
// saying the outcome is not known yet.
class WriteTransaction
{
public:
    explicit WriteTransaction(const QSqlDatabase& db);
    ~WriteTransaction();
    WriteTransaction(const WriteTransaction&) = delete;
    WriteTransaction& operator=(const WriteTransaction&) = delete;
    void commit();

private:
    QSqlDatabase m_db;
    bool m_done = false;
};

enum class Outcome { Committed, NotCommitted, Unknown };
// Whether PostgreSQL transaction `xid` committed, reconnecting `db` as needed
// for up to `waitMs`.
Outcome transactionOutcome(const QSqlDatabase& db, const QString& xid, int waitMs = 15000);

} // namespace docket::sql
