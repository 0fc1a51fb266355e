#pragma once

#include "database.h"

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

// A write transaction: BEGIN IMMEDIATE on SQLite (no writer upgrade
// deadlocks), BEGIN on PostgreSQL. Rolls back unless commit() was called.
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

// A list of ids as one bound parameter, and the SQL that unpacks it:
// json_each on SQLite, unnest of a bigint[] on PostgreSQL.
QString idListSubquery(Backend backend); // "(SELECT value FROM json_each(?))"
QVariant idListParam(Backend backend, const QList<qint64>& ids);

} // namespace docket::sql
