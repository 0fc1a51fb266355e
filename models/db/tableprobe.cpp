#include "tableprobe.h"

#include "sql.h"

#include <sqlite3.h>

namespace docket::sql {

bool hasTable(const QSqlDatabase& db, const QString& name)
{
    if (sqlite3* handle = sqliteHandle(db)) {
        // With a null column it only checks that the table exists; it loads
        // the schema first if the connection has not yet.
        return sqlite3_table_column_metadata(handle, "main", name.toUtf8().constData(), nullptr,
                                             nullptr, nullptr, nullptr, nullptr,
                                             nullptr) == SQLITE_OK;
    }
    return !scalar(db, QStringLiteral("SELECT to_regclass(?)"), {name}).isNull();
}

} // namespace docket::sql
