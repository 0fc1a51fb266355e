#pragma once

#include "db/database.h"
#include "db/workerthread.h"
#include "domain/session.h"
#include "stores/orderstore.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QObject>
#include <functional>
#include <memory>

namespace docket {

// What a backup file holds, found by BackupService::inspect().
struct BackupInfo
{
    QString path;
    int schemaVersion = 0;
    qint64 orders = 0;
    qint64 sizeBytes = 0;
    QDateTime lastModified;
};

// Backups and restores of a SQLite database, safe while others keep working
// on it (the window's own connections, other desktops, docketctl).
//
// backup(): SQLite's online backup API, copying in steps of a few hundred
// pages with progress, all inside one read transaction on the source: the
// copy is one consistent snapshot even while orders are written, and writers
// are never blocked (WAL). It goes to a temporary file beside the target,
// becomes a self-contained rollback-journal file, passes a quick_check and
// only then is renamed over the target.
//
// restore(): the candidate is checked first (SQLite header, PRAGMA
// integrity_check, a schema_version this build knows, the orders table) and
// nothing is touched if it fails. Then the live database is backed up to
// "<database>.bak" (the previous file is kept), and the candidate's pages are
// copied into the live database with the same backup API as ONE write
// transaction: every connection sees either the old or the restored database,
// never a mixture, and a cancel or crash leaves the old one. (Renaming files
// would be atomic on disk but is wrong for a live WAL database: open
// connections keep the old inode and the -wal/-shm files belong to it.)
// An older schema is migrated afterwards.
//
// Both require Permission::Backup. PostgreSQL databases are backed up on the
// server (pg_dump); both functions refuse them with a message saying so.
class BackupService
{
    Q_DECLARE_TR_FUNCTIONS(BackupService)
public:
    BackupService(std::shared_ptr<const Database> db, Session session);

    // Writes a consistent copy of the database to `target` (replacing it).
    // Throws DocketError: Forbidden, Invalid (PostgreSQL, bad target),
    // Database, Cancelled (no file left behind).
    void backup(const QString& target, const ProgressFn& progress = {}) const;

    // Replaces the database's content with `candidate`. Returns the path of the
    // previous database's copy ("<database>.bak"; empty when there was no
    // database file yet). Throws DocketError: Forbidden, Invalid (the
    // candidate failed a check: nothing was changed), Database, Cancelled.
    QString restore(const QString& candidate, const ProgressFn& progress = {}) const;

    // Checks a backup file without changing anything (the integrity check
    // reads all of it: seconds per hundred MB). Throws DocketError (Invalid,
    // naming the problem) when it cannot be restored, Cancelled when
    // `keepGoing` returned false.
    static BackupInfo inspect(const QString& candidate,
                              const std::function<bool()>& keepGoing = {});

    // ---- scheduled backups ----
    // "docket-20240615-143000.db" for a local time.
    static QString scheduledFileName(const QDateTime& localTime);
    // Docket's scheduled backups in `folder` (by file name), newest first.
    static QStringList scheduledBackups(const QString& folder);
    // True when `folder` holds no scheduled backup made on `now`'s local day.
    static bool isDailyBackupDue(const QString& folder, const QDateTime& now);
    // Deletes the oldest scheduled backups beyond `keep`; returns those deleted.
    static QStringList rotate(const QString& folder, int keep);
    // Backs up into `folder` under scheduledFileName(now), then rotate(keep).
    // Returns the new file's path.
    QString backupToFolder(const QString& folder, int keep, const QDateTime& now,
                           const ProgressFn& progress = {}) const;

    // The path the previous database is kept under by restore().
    static QString previousCopyPath(const QString& databasePath);

private:
    void requireSqlite() const;

    std::shared_ptr<const Database> m_db;
    Session m_session;
};

// Runs one backup service call on a thread of its own, so the window stays
// responsive and can show progress; cancel() makes it stop and change nothing.
class BackupJob : public QObject
{
    Q_OBJECT
public:
    // Returns what to report on success (a path).
    using Work = std::function<QString(const BackupService& service, const ProgressFn& progress)>;

    BackupJob(std::shared_ptr<const Database> db, Session session, Work work,
              QObject* parent = nullptr);

    void start();
    void cancel() { m_worker.cancel(); }
    bool isRunning() const { return m_worker.isRunning(); }

signals:
    void progress(qint64 done, qint64 total);
    void succeeded(const QString& result);
    void failed(const QString& message, int code);

private:
    std::shared_ptr<const Database> m_db;
    Session m_session;
    Work m_work;
    WorkerThread m_worker; // last: stops the work before the members it uses go
};

} // namespace docket
