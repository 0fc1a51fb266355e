#pragma once

#include <QSqlDatabase>
#include <QString>

namespace docket::sql {

// Whether the database has a table of that name. On SQLite it asks the
// connection's loaded schema (a hash look-up, no statement): cheap enough for
// a write that runs once per order, where SELECT ... FROM sqlite_master walked
// the whole schema each time (6 % of a file import). On PostgreSQL it asks
// to_regclass in the session's search path.
bool hasTable(const QSqlDatabase& db, const QString& name);

} // namespace docket::sql
