#pragma once

// Shared by sql.cpp and sqlfailure.cpp only.

#include "domain/errors.h"

#include <QString>

class QSqlDriver;
class QSqlError;

namespace docket::sql::detail {

// Whether a WriteTransaction is open on the connection of `driver`.
bool inTransaction(const QSqlDriver* driver);
bool isPostgres(const QSqlDriver* driver);
// The driver's words, its code and the statement, for the log and detail().
QString technical(const QSqlError& e, const QString& statement);
// The DocketError in words for a failed statement `text`.
DocketError describe(const QSqlDriver* driver, const QString& databaseName, const QSqlError& e,
                     const QString& text);

} // namespace docket::sql::detail
