#include "backupservice.h"

#include "db/sql.h"
#include "domain/errors.h"
#include "export/partialfile.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>

#include <sqlite3.h>

namespace docket {

namespace {

constexpr int kStepPages = 256; // 1 MiB at the default page size
constexpr int kBusyTimeoutMs = 10000;

QString native(const QString& path)
{
    return QDir::toNativeSeparators(path);
}

// A plain SQLite connection (the backup API works on sqlite3 handles, which
// Qt's driver does not hand out safely).
class RawDb
{
public:
    RawDb(const QString& path, int flags) : m_path(path)
    {
        const int rc = sqlite3_open_v2(QFile::encodeName(path).constData(), &m_h, flags, nullptr);
        if (rc != SQLITE_OK) {
            const int code = m_h ? sqlite3_extended_errcode(m_h) : rc;
            const QString reason = m_h ? QString::fromUtf8(sqlite3_errmsg(m_h))
                                       : QString::fromUtf8(sqlite3_errstr(rc));
            sqlite3_close_v2(m_h);
            m_h = nullptr;
            throw sql::sqliteFailure(code, reason, path, false);
        }
        sqlite3_busy_timeout(m_h, kBusyTimeoutMs);
    }
    ~RawDb() { sqlite3_close_v2(m_h); }
    RawDb(const RawDb&) = delete;
    RawDb& operator=(const RawDb&) = delete;

    sqlite3* handle() const { return m_h; }
    QString error() const { return QString::fromUtf8(sqlite3_errmsg(m_h)); }

    // Runs `sql` (constant text, no parameters); returns the first column of
    // every row as text.
    QStringList rows(const char* sql) const
    {
        QStringList out;
        sqlite3_stmt* st = nullptr;
        if (sqlite3_prepare_v2(m_h, sql, -1, &st, nullptr) != SQLITE_OK)
            throw failure();
        int rc;
        while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
            const auto* text = reinterpret_cast<const char*>(sqlite3_column_text(st, 0));
            out << (text ? QString::fromUtf8(text) : QString());
        }
        sqlite3_finalize(st);
        if (rc != SQLITE_DONE)
            throw failure();
        return out;
    }
    QString scalar(const char* sql) const
    {
        const QStringList r = rows(sql);
        return r.isEmpty() ? QString() : r.first();
    }
    bool hasTable(const QString& name) const
    {
        sqlite3_stmt* st = nullptr;
        if (sqlite3_prepare_v2(m_h, "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?",
                               -1, &st, nullptr) != SQLITE_OK)
            throw failure();
        const QByteArray utf8 = name.toUtf8();
        sqlite3_bind_text(st, 1, utf8.constData(), int(utf8.size()), SQLITE_TRANSIENT);
        const int rc = sqlite3_step(st);
        sqlite3_finalize(st);
        if (rc != SQLITE_ROW && rc != SQLITE_DONE)
            throw failure();
        return rc == SQLITE_ROW;
    }

    // What went wrong, in words (sql::sqliteFailure): a full disk, a
    // read-only folder, a damaged file...
    DocketError failure() const
    {
        return sql::sqliteFailure(sqlite3_extended_errcode(m_h), error(), m_path, false);
    }

private:
    QString m_path;
    sqlite3* m_h = nullptr;
};

DocketError cancelled(const QString& what)
{
    return DocketError(DocketError::Code::Cancelled, what);
}

// Copies every page of `src` into `dst` in steps, reporting pages copied.
// `dst`'s write transaction spans all steps and commits at the end only.
void copyPages(const RawDb& src, const RawDb& dst, const ProgressFn& progress,
               const QString& cancelMessage)
{
    sqlite3_backup* b = sqlite3_backup_init(dst.handle(), "main", src.handle(), "main");
    if (!b)
        throw dst.failure();
    int waits = 0;
    for (;;) {
        const int rc = sqlite3_backup_step(b, kStepPages);
        const qint64 total = sqlite3_backup_pagecount(b);
        const qint64 done = total - sqlite3_backup_remaining(b);
        if (rc == SQLITE_DONE) {
            if (progress)
                progress(total, total);
            break;
        }
        if (rc == SQLITE_OK) {
            waits = 0;
            if (progress && !progress(done, total)) {
                sqlite3_backup_finish(b); // rolls the destination back
                throw cancelled(cancelMessage);
            }
            continue;
        }
        if ((rc == SQLITE_BUSY || rc == SQLITE_LOCKED) && ++waits < 200) {
            sqlite3_sleep(50);
            continue;
        }
        sqlite3_backup_finish(b);
        if (rc == SQLITE_READONLY)
            throw DocketError(DocketError::Code::Database,
                              BackupService::tr("The database cannot take the copy (its page "
                                                "size differs or it is read-only)."));
        throw sql::sqliteFailure(rc, QString::fromUtf8(sqlite3_errstr(rc)),
                                 QString::fromUtf8(sqlite3_db_filename(dst.handle(), "main")),
                                 false);
    }
    if (sqlite3_backup_finish(b) != SQLITE_OK)
        throw dst.failure();
}

void removeWithCompanions(const QString& path)
{
    for (const char* suffix : {"", "-journal", "-wal", "-shm"})
        QFile::remove(path + QLatin1String(suffix));
}

bool samePath(const QString& a, const QString& b)
{
    const QFileInfo fa(a), fb(b);
    if (fa.exists() && fb.exists())
        return fa.canonicalFilePath() == fb.canonicalFilePath();
    return QDir::cleanPath(fa.absoluteFilePath()) == QDir::cleanPath(fb.absoluteFilePath());
}

// Scales the progress of one phase of several into one 0..1000*phases range.
ProgressFn phase(const ProgressFn& progress, int index, int count)
{
    if (!progress)
        return {};
    return [progress, index, count](qint64 done, qint64 total) {
        const qint64 permille = total > 0 ? done * 1000 / total : 1000;
        return progress(qint64(index) * 1000 + permille, qint64(count) * 1000);
    };
}

const QRegularExpression& scheduledName()
{
    static const QRegularExpression re(QStringLiteral("^docket-(\\d{8}-\\d{6})\\.db$"));
    return re;
}

} // namespace

BackupService::BackupService(std::shared_ptr<const Database> db, Session session)
    : m_db(std::move(db)), m_session(std::move(session))
{
}

void BackupService::requireSqlite() const
{
    if (m_db->backend() != Backend::SQLite)
        throw DocketError(DocketError::Code::Invalid,
                          tr("%1 is a PostgreSQL database: back it up on the server "
                             "(pg_dump); Docket backs up SQLite database files.")
                              .arg(m_db->config().displayName()));
}

QString BackupService::previousCopyPath(const QString& databasePath)
{
    return databasePath + QStringLiteral(".bak");
}

void BackupService::backup(const QString& target, const ProgressFn& progress) const
{
    m_session.require(Permission::Backup);
    requireSqlite();
    const QString live = m_db->config().path;
    if (target.trimmed().isEmpty())
        throw DocketError(DocketError::Code::Invalid, tr("Choose a file to back up to."),
                          QStringLiteral("path"));
    const QFileInfo fi(target);
    if (fi.isDir())
        throw DocketError(
            DocketError::Code::Invalid,
            tr("%1 is a folder; choose a file name for the backup.").arg(native(target)),
            QStringLiteral("path"));
    if (!fi.absoluteDir().exists())
        throw DocketError(DocketError::Code::Invalid,
                          tr("Cannot back up to %1: the folder %2 does not exist.")
                              .arg(native(target), native(fi.absolutePath())),
                          QStringLiteral("path"));
    if (samePath(target, live))
        throw DocketError(DocketError::Code::Invalid,
                          tr("%1 is the database itself; choose another file for the backup.")
                              .arg(native(target)),
                          QStringLiteral("path"));
    if (!QFileInfo::exists(live))
        throw DocketError(DocketError::Code::NotFound,
                          tr("There is no database at %1 to back up.").arg(native(live)));

    const QString partial = partialfile::pathFor(target);
    struct Cleanup
    {
        QString path;
        ~Cleanup() { removeWithCompanions(path); }
    } cleanup{partial};
    {
        RawDb src(live, SQLITE_OPEN_READWRITE);
        // One read transaction for every step: a single consistent snapshot,
        // however much is written meanwhile (WAL lets writers carry on).
        src.rows("BEGIN");
        src.rows("SELECT COUNT(*) FROM sqlite_master");
        RawDb dst(partial, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE);
        copyPages(src, dst, progress, tr("The backup was cancelled; no file was written."));
        src.rows("COMMIT");
        // A self-contained single file: no -wal beside it.
        dst.rows("PRAGMA journal_mode = DELETE");
        const QStringList check = dst.rows("PRAGMA quick_check");
        if (check != QStringList{QStringLiteral("ok")})
            throw DocketError(DocketError::Code::Database,
                              tr("The backup copy failed its check: %1")
                                  .arg(check.mid(0, 3).join(QStringLiteral("; "))));
    }
    // A backup holds everything the database does: its owner's alone.
    QFile::setPermissions(partial, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    partialfile::moveInto(partial, target, tr("Cannot write %1: %2"));
}

BackupInfo BackupService::inspect(const QString& candidate, const std::function<bool()>& keepGoing)
{
    if (candidate.trimmed().isEmpty())
        throw DocketError(DocketError::Code::Invalid, tr("Choose a backup file to restore."),
                          QStringLiteral("path"));
    const QFileInfo fi(candidate);
    if (!fi.exists())
        throw DocketError(DocketError::Code::Invalid,
                          tr("There is no file at %1.").arg(native(candidate)),
                          QStringLiteral("path"));
    if (fi.isDir())
        throw DocketError(DocketError::Code::Invalid,
                          tr("%1 is a folder, not a backup file.").arg(native(candidate)),
                          QStringLiteral("path"));
    {
        QFile f(candidate);
        if (!f.open(QIODevice::ReadOnly))
            throw DocketError(DocketError::Code::Invalid,
                              tr("Cannot read %1: %2").arg(native(candidate), f.errorString()),
                              QStringLiteral("path"));
        if (!f.read(16).startsWith(QByteArrayLiteral("SQLite format 3")))
            throw DocketError(DocketError::Code::Invalid,
                              tr("%1 is not a Docket backup (it is not a SQLite database file).")
                                  .arg(native(candidate)),
                              QStringLiteral("path"));
    }
    BackupInfo info;
    info.path = candidate;
    info.sizeBytes = fi.size();
    info.lastModified = fi.lastModified();
    try {
        RawDb db(candidate, SQLITE_OPEN_READONLY);
        // Lets a long integrity check be cancelled (SQLITE_INTERRUPT).
        std::function<bool()> keep = keepGoing;
        if (keep)
            sqlite3_progress_handler(
                db.handle(), 100000,
                [](void* fn) { return (*static_cast<std::function<bool()>*>(fn))() ? 0 : 1; },
                &keep);
        QStringList integrity;
        try {
            integrity = db.rows("PRAGMA integrity_check");
        } catch (const DocketError&) {
            if (keep && !keep())
                throw cancelled(tr("The check was cancelled; nothing was changed."));
            throw;
        }
        sqlite3_progress_handler(db.handle(), 0, nullptr, nullptr);
        if (integrity != QStringList{QStringLiteral("ok")})
            throw DocketError(
                DocketError::Code::Invalid,
                tr("%1 is damaged and cannot be restored (integrity check: %2).")
                    .arg(native(candidate), integrity.mid(0, 3).join(QStringLiteral("; "))),
                QStringLiteral("path"));
        if (!db.hasTable(QStringLiteral("schema_version")) ||
            !db.hasTable(QStringLiteral("orders")))
            throw DocketError(
                DocketError::Code::Invalid,
                tr("%1 is not a Docket backup (it has no Docket tables).").arg(native(candidate)),
                QStringLiteral("path"));
        info.schemaVersion =
            db.scalar("SELECT COALESCE(MAX(version), 0) FROM schema_version").toInt();
        info.orders = db.scalar("SELECT COUNT(*) FROM orders").toLongLong();
    } catch (const DocketError& e) {
        if (e.code() == DocketError::Code::Invalid || e.code() == DocketError::Code::Cancelled)
            throw;
        // Not readable as a database at all: a damaged or foreign file.
        throw DocketError(DocketError::Code::Invalid,
                          tr("%1 cannot be restored: %2").arg(native(candidate), e.message()),
                          QStringLiteral("path"));
    }
    const int latest = Database::latestSchemaVersion(Backend::SQLite);
    if (info.schemaVersion < 1)
        throw DocketError(
            DocketError::Code::Invalid,
            tr("%1 is not a Docket backup (it records no schema version).").arg(native(candidate)),
            QStringLiteral("path"));
    if (info.schemaVersion > latest)
        throw DocketError(DocketError::Code::Invalid,
                          tr("%1 was made by a newer version of Docket (schema %2; this version "
                             "knows up to %3). Update Docket to restore it.")
                              .arg(native(candidate))
                              .arg(info.schemaVersion)
                              .arg(latest),
                          QStringLiteral("path"));
    return info;
}

QString BackupService::restore(const QString& candidate, const ProgressFn& progress) const
{
    m_session.require(Permission::Backup);
    requireSqlite();
    const QString live = m_db->config().path;
    const BackupInfo info =
        inspect(candidate, progress ? std::function<bool()>([&progress] { return progress(0, 1); })
                                    : std::function<bool()>());
    if (samePath(candidate, live))
        throw DocketError(DocketError::Code::Invalid,
                          tr("%1 is the database itself; choose a backup file to restore.")
                              .arg(native(candidate)),
                          QStringLiteral("path"));
    const QFileInfo liveInfo(live);
    if (!liveInfo.absoluteDir().exists())
        throw DocketError(DocketError::Code::Invalid,
                          tr("Cannot restore to %1: the folder %2 does not exist.")
                              .arg(native(live), native(liveInfo.absolutePath())));
    const QString cancelMessage = tr("The restore was cancelled; the database was not changed.");

    QString previous;
    const bool hadDatabase = liveInfo.exists() && liveInfo.size() > 0;
    if (hadDatabase) {
        previous = previousCopyPath(live);
        try {
            backup(previous, phase(progress, 0, 2));
        } catch (const DocketError& e) {
            if (e.code() == DocketError::Code::Cancelled)
                throw cancelled(cancelMessage);
            throw DocketError(e.code(), tr("Could not keep a copy of the current database, so "
                                           "nothing was restored: %1")
                                            .arg(e.message()));
        }
    }
    {
        RawDb src(candidate, SQLITE_OPEN_READONLY);
        RawDb dst(live, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE);
        copyPages(src, dst, phase(progress, hadDatabase ? 1 : 0, hadDatabase ? 2 : 1),
                  cancelMessage);
        if (!hadDatabase)
            dst.rows("PRAGMA journal_mode = WAL");
    }
    if (info.schemaVersion < Database::latestSchemaVersion(Backend::SQLite)) {
        // A Database of its own: its connections are this call's, not the caller's.
        Database migrator(m_db->config());
        migrator.migrate();
        migrator.closeConnection();
    }
    return previous;
}

QString BackupService::scheduledFileName(const QDateTime& localTime)
{
    return QStringLiteral("docket-%1.db")
        .arg(localTime.toString(QStringLiteral("yyyyMMdd-HHmmss")));
}

QStringList BackupService::scheduledBackups(const QString& folder)
{
    QStringList out;
    const QDir dir(folder);
    const auto names = dir.entryList({QStringLiteral("docket-*.db")}, QDir::Files, QDir::Name);
    for (const QString& name : names)
        if (scheduledName().match(name).hasMatch())
            out.prepend(dir.filePath(name));
    return out; // the names sort by time: newest first
}

bool BackupService::isDailyBackupDue(const QString& folder, const QDateTime& now)
{
    const QStringList existing = scheduledBackups(folder);
    if (existing.isEmpty())
        return true;
    const auto m = scheduledName().match(QFileInfo(existing.first()).fileName());
    const QDateTime newest =
        QDateTime::fromString(m.captured(1), QStringLiteral("yyyyMMdd-HHmmss"));
    return !newest.isValid() || newest.date() < now.toLocalTime().date();
}

QStringList BackupService::rotate(const QString& folder, int keep)
{
    const QStringList existing = scheduledBackups(folder);
    QStringList deleted;
    for (qsizetype i = std::max(keep, 1); i < existing.size(); ++i)
        if (QFile::remove(existing[i]))
            deleted << existing[i];
    return deleted;
}

QString BackupService::backupToFolder(const QString& folder, int keep, const QDateTime& now,
                                      const ProgressFn& progress) const
{
    if (folder.trimmed().isEmpty())
        throw DocketError(DocketError::Code::Invalid,
                          tr("Choose a backup folder in Settings for the daily backups."),
                          QStringLiteral("backupFolder"));
    if (!QDir().mkpath(folder))
        throw DocketError(DocketError::Code::Invalid,
                          tr("Cannot create the backup folder %1.").arg(native(folder)),
                          QStringLiteral("backupFolder"));
    const QString target = QDir(folder).filePath(scheduledFileName(now.toLocalTime()));
    backup(target, progress);
    rotate(folder, keep);
    return target;
}

// ---- BackupJob ------------------------------------------------------------------

BackupJob::BackupJob(std::shared_ptr<const Database> db, Session session, Work work,
                     QObject* parent)
    : QObject(parent), m_db(std::move(db)), m_session(std::move(session)), m_work(std::move(work))
{
}

void BackupJob::start()
{
    auto result = std::make_shared<QString>();
    m_worker.start(QStringLiteral("docket-backup"),
                   [this, result](const ProgressFn& progress) {
                       const BackupService service(m_db, m_session);
                       *result = m_work(service, progress);
                   },
                   {[this](qint64 done, qint64 total) { emit this->progress(done, total); },
                    [this, result] { emit succeeded(*result); },
                    [this](const QString& message, int code) {
                        emit failed(message, code);
                    }});
}

} // namespace docket
