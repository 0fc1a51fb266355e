#pragma once

#include "domain/errors.h"
#include "domain/session.h"

#include <QSqlDatabase>
#include <QString>
#include <QVariant>
#include <functional>

// The audited frame of removing one settings row (an intake channel, a
// webhook subscription): the session needs ChangeSettings; in one
// sql::WriteTransaction, on PostgreSQL the server's SECURITY DEFINER function
// removes the row and writes the security log (after
// dialect::setAuditContext), on SQLite the store's own statements remove it
// and the frame writes the log line.
// When nothing was removed, `notFound` is thrown and nothing is written.
namespace docket::settingrows {

struct Removal
{
    // "SELECT docket_x_remove(CAST(? AS …))": one bound value, `key`;
    // returns how many rows it removed and logs it.
    QString serverCall;
    QVariant key;
    // SQLite: removes the row (at `ts`) in the caller's transaction and
    // returns what the security log names as its target, or an empty string
    // when there was no such row.
    std::function<QString(qint64 ts)> onSQLite;
    QString logKind; // the security log's kind for it (SQLite)
    DocketError notFound;
};

void remove(const QSqlDatabase& db, const Session& session, qint64 ts, const Removal& removal);

} // namespace docket::settingrows
