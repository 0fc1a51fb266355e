#pragma once

// Shared by sql.cpp, sqlfailure.cpp and sqlitewrite.cpp only.

#include "domain/errors.h"

#include <QString>
#include <QVariantList>

class QSqlDatabase;
class QSqlDriver;
class QSqlError;
class QSqlQuery;

namespace docket::sql::detail {

// Whether a WriteTransaction is open on the connection of `driver`.
bool inTransaction(const QSqlDriver* driver);
bool isPostgres(const QSqlDriver* driver);
// The driver's words, its code and the statement, for the log and detail().
QString technical(const QSqlError& e, const QString& statement);
// The DocketError in words for a failed statement `text`.
DocketError describe(const QSqlDriver* driver, const QString& databaseName, const QSqlError& e,
                     const QString& text);

enum class DirectWrite {
    NotTaken, // not a write this path runs: run it through QSqlQuery
    Done,     // `done` holds the result (rows changed, last insert id)
    Failed,   // `error` says why, as the driver would
};
// SQLite: a write with values (INSERT/UPDATE/DELETE/REPLACE without
// RETURNING) bound and stepped on its kept statement directly.
DirectWrite runSqliteWrite(const QSqlDatabase& db, const QString& text, const QVariantList& values,
                           QSqlQuery* done, QSqlError* error);

} // namespace docket::sql::detail
