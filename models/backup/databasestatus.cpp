#include "databasestatus.h"

#include "backupservice.h"
#include "db/sql.h"

#include <QDir>
#include <QFileInfo>
#include <QSqlQuery>
#include <algorithm>

namespace docket {

namespace {

std::optional<double> optionalDouble(const QVariant& v)
{
    if (v.isNull())
        return std::nullopt;
    return v.toDouble();
}

// The newest file in `folder` (SQLite: Docket's scheduled backups only).
void findLastBackup(DatabaseStatus& s, const QString& folder)
{
    if (folder.isEmpty())
        return;
    if (s.backend == Backend::SQLite) {
        const QStringList scheduled = BackupService::scheduledBackups(folder);
        if (!scheduled.isEmpty()) {
            s.lastBackupFile = scheduled.first();
            s.lastBackupAt = QFileInfo(s.lastBackupFile).lastModified();
        }
        return;
    }
    const QFileInfoList files =
        QDir(folder).entryInfoList(QDir::Files | QDir::NoDotAndDotDot, QDir::Time);
    if (!files.isEmpty()) {
        s.lastBackupFile = files.first().absoluteFilePath();
        s.lastBackupAt = files.first().lastModified();
    }
}

void readSqlite(DatabaseStatus& s, const QSqlDatabase& db, const QString& path, int tableLimit)
{
    s.server = QStringLiteral("SQLite %1")
                   .arg(sql::scalar(db, QStringLiteral("SELECT "
                                                       "sqlite_version()"))
                            .toString());
    s.pageCount = sql::scalar(db, QStringLiteral("PRAGMA page_count")).toLongLong();
    s.pageSize = sql::scalar(db, QStringLiteral("PRAGMA page_size")).toLongLong();
    s.freePages = sql::scalar(db, QStringLiteral("PRAGMA freelist_count")).toLongLong();
    s.databaseBytes = QFileInfo(path).size();
    const QFileInfo wal(path + QStringLiteral("-wal"));
    s.walBytes = wal.exists() ? wal.size() : 0;
    QStringList names;
    {
        QSqlQuery q = sql::run(db, QStringLiteral("SELECT name FROM sqlite_master WHERE type = "
                                                  "'table' AND name NOT LIKE 'sqlite_%' AND sql "
                                                  "NOT LIKE 'CREATE VIRTUAL%' ORDER BY name"));
        while (q.next())
            names << q.value(0).toString();
    }
    for (const QString& name : std::as_const(names)) {
        // Names come from the catalogue; quoted as identifiers all the same.
        QString quoted = name;
        quoted.replace(QLatin1Char('"'), QStringLiteral("\"\""));
        const qint64 rows =
            sql::scalar(db, QStringLiteral("SELECT COUNT(*) FROM \"%1\"").arg(quoted)).toLongLong();
        s.tables.push_back({name, rows, -1});
    }
    std::stable_sort(s.tables.begin(), s.tables.end(),
                     [](const auto& a, const auto& b) { return a.rows > b.rows; });
    if (s.tables.size() > tableLimit)
        s.tables.resize(tableLimit);
}

void readPostgres(DatabaseStatus& s, const QSqlDatabase& db, int tableLimit)
{
    s.server = QStringLiteral("PostgreSQL %1")
                   .arg(sql::scalar(db, QStringLiteral("SHOW server_version")).toString());
    s.standby = sql::scalar(db, QStringLiteral("SELECT pg_is_in_recovery()")).toBool();
    if (s.standby) {
        s.replayDelaySeconds = optionalDouble(
            sql::scalar(db, QStringLiteral("SELECT EXTRACT(EPOCH FROM now() - "
                                           "pg_last_xact_replay_timestamp())::float8")));
    } else {
        // Columns other than the name and state are NULL for a role without
        // pg_read_all_stats: then the lag is simply not shown.
        QSqlQuery q = sql::run(
            db, QStringLiteral("SELECT application_name, COALESCE(host(client_addr), 'local'), "
                               "state, EXTRACT(EPOCH FROM replay_lag)::float8, "
                               "pg_wal_lsn_diff(pg_current_wal_lsn(), replay_lsn)::bigint "
                               "FROM pg_stat_replication ORDER BY application_name"));
        while (q.next()) {
            DatabaseStatus::Standby st;
            st.name = q.value(0).toString();
            st.address = q.value(1).toString();
            st.state = q.value(2).toString();
            st.replayLagSeconds = optionalDouble(q.value(3));
            if (!q.value(4).isNull())
                st.replayLagBytes = q.value(4).toLongLong();
            s.standbys.push_back(st);
        }
    }
    s.databaseBytes =
        sql::scalar(db, QStringLiteral("SELECT pg_database_size(current_database())")).toLongLong();
    {
        // Docket's schema is the one its orders table is in.
        QSqlQuery q = sql::run(
            db,
            QStringLiteral("SELECT c.relname, GREATEST(c.reltuples, 0)::bigint, "
                           "pg_total_relation_size(c.oid) FROM pg_class c WHERE c.relnamespace = "
                           "(SELECT relnamespace FROM pg_class WHERE oid = 'orders'::regclass) AND "
                           "c.relkind IN ('r', 'p') AND NOT c.relispartition "
                           "ORDER BY pg_total_relation_size(c.oid) DESC, c.relname LIMIT ?"),
            {tableLimit});
        while (q.next())
            s.tables.push_back(
                {q.value(0).toString(), q.value(1).toLongLong(), q.value(2).toLongLong()});
    }
    {
        QSqlQuery q = sql::run(
            db, QStringLiteral("SELECT p.relname, COUNT(i.inhrelid) FROM pg_class p LEFT JOIN "
                               "pg_inherits i ON i.inhparent = p.oid WHERE p.relkind = 'p' AND "
                               "p.relnamespace = (SELECT relnamespace FROM pg_class WHERE oid = "
                               "'orders'::regclass) GROUP BY p.relname ORDER BY p.relname"));
        while (q.next())
            s.partitioned.push_back({q.value(0).toString(), q.value(1).toInt()});
    }
    s.archiveMode = sql::scalar(db, QStringLiteral("SHOW archive_mode")).toString();
    QSqlQuery a = sql::run(db, QStringLiteral("SELECT last_archived_wal, EXTRACT(EPOCH FROM "
                                              "last_archived_time)::bigint, failed_count FROM "
                                              "pg_stat_archiver"));
    if (a.next()) {
        s.lastArchivedWal = a.value(0).toString();
        if (!a.value(1).isNull())
            s.lastArchivedAt = QDateTime::fromSecsSinceEpoch(a.value(1).toLongLong(), Qt::UTC);
        s.archiveFailures = a.value(2).toLongLong();
    }
}

} // namespace

DatabaseStatus DatabaseStatus::read(const Database& database, const Session& session,
                                    const QString& backupFolder, int tableLimit)
{
    session.require(Permission::Backup);
    DatabaseStatus s;
    s.backend = database.backend();
    s.database = database.config().displayName();
    s.schemaVersion = database.schemaVersion();
    s.latestSchemaVersion = Database::latestSchemaVersion(s.backend);
    const QSqlDatabase db = database.connection();
    if (s.backend == Backend::PostgreSQL)
        readPostgres(s, db, tableLimit);
    else
        readSqlite(s, db, database.config().path, tableLimit);
    findLastBackup(s, backupFolder);
    return s;
}

} // namespace docket
