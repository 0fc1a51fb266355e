#pragma once

#include "db/database.h"
#include "domain/session.h"

#include <QDateTime>
#include <QList>
#include <QString>
#include <optional>

// What an administrator asks of a running database (`docketctl db status`):
// which server this is (primary or standby) and how far behind, how big the
// database and its largest tables are, its partitions, and when it was last
// backed up. Read-only; every figure comes from the server's own catalogue
// and statistics views (PostgreSQL) or from the file and its pragmas (SQLite).
namespace docket {

struct DatabaseStatus
{
    struct Table
    {
        QString name;
        qint64 rows = 0;  // PostgreSQL: the planner's estimate (reltuples); SQLite: COUNT(*)
        qint64 bytes = 0; // with indexes and TOAST (PostgreSQL); -1 when not known
    };
    struct Standby // a standby streaming from this primary (pg_stat_replication)
    {
        QString name; // application_name
        QString address;
        QString state;
        std::optional<double> replayLagSeconds;
        std::optional<qint64> replayLagBytes;
    };
    struct Partitioned // a partitioned table and how many partitions it has
    {
        QString name;
        int partitions = 0;
    };

    Backend backend = Backend::SQLite;
    QString server;   // "PostgreSQL 15.18" / "SQLite 3.40.1"
    QString database; // display name
    int schemaVersion = 0;
    int latestSchemaVersion = 0;
    // PostgreSQL: pg_is_in_recovery().
    bool standby = false;
    // On a standby: seconds since the last replayed transaction's commit
    // (pg_last_xact_replay_timestamp()); unset when nothing was replayed yet.
    std::optional<double> replayDelaySeconds;
    QList<Standby> standbys;
    qint64 databaseBytes = 0;
    // SQLite: PRAGMA page_count, page_size, freelist_count, and the -wal file.
    qint64 pageCount = 0;
    qint64 pageSize = 0;
    qint64 freePages = 0;
    qint64 walBytes = 0;
    QList<Table> tables; // largest first
    QList<Partitioned> partitioned;
    // PostgreSQL continuous archiving (pg_stat_archiver), for point-in-time
    // recovery: archive_mode, the last WAL segment archived and when, failures.
    QString archiveMode;
    QString lastArchivedWal;
    QDateTime lastArchivedAt;
    qint64 archiveFailures = 0;
    // The newest backup file found in the backup folder that was given (SQLite:
    // Docket's scheduled backups; PostgreSQL: any file there, e.g. a nightly
    // pg_dump), and its time. Empty when there is none or no folder was given.
    QString lastBackupFile;
    QDateTime lastBackupAt;

    // Reads the status of `db` (open). Needs Permission::Backup (throws
    // Forbidden). `backupFolder` may be empty. `tableLimit` caps `tables`.
    static DatabaseStatus read(const Database& db, const Session& session,
                               const QString& backupFolder, int tableLimit = 10);
};

} // namespace docket
