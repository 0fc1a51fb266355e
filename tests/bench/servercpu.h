// The CPU a PostgreSQL connection's server process has used, for benchmarks
// that must say what the server spent, not only the wall time (which on a
// shared machine says more about the other processes than about Docket).
#pragma once

#include "db/sql.h"
#include "domain/errors.h"

#include <QSqlDatabase>
#include <QString>
#include <QStringList>

#include <unistd.h>

namespace docket::bench {

// The CPU time (user + system) the connection's server process has used so
// far, in milliseconds, from its /proc/self/stat (fields 14 and 15, clock
// ticks); -1 where it cannot be read (SQLite, not Linux, a login without
// pg_read_server_files).
inline double serverCpuMs(const QSqlDatabase& db)
{
    if (sql::backendOf(db) != Backend::PostgreSQL)
        return -1;
    try {
        const QString stat =
            sql::scalar(db, QStringLiteral("SELECT pg_read_file('/proc/self/stat')")).toString();
        const QStringList f =
            stat.mid(stat.lastIndexOf(QLatin1Char(')')) + 2).split(QLatin1Char(' '));
        if (f.size() < 13)
            return -1;
        // f[0] is field 3 (the state): utime is field 14, stime 15.
        const long ticks = sysconf(_SC_CLK_TCK);
        return (f[11].toDouble() + f[12].toDouble()) * 1000.0 / double(ticks > 0 ? ticks : 100);
    } catch (const DocketError&) {
        return -1;
    }
}

} // namespace docket::bench
