// `backup PATH`: a consistent copy of the SQLite database while others keep
// working on it; `restore PATH`: checks the backup (integrity, schema version),
// keeps the current database as DATABASE.bak, then replaces it. Neither opens
// (and so migrates) the database first: a backup taken before an upgrade
// keeps the old schema.

#include "args.h"
#include "backup/backupservice.h"
#include "command.h"
#include "ctl.h"
#include "signin.h"

#include <QFileInfo>
#include <QLocale>

namespace docket::ctl {

namespace {

int backupOrRestore(Context& c)
{
    const QString path = c.args.takeWord();
    c.args.expectEmpty();
    const bool isBackup = c.group == QLatin1String("backup");
    if (path.isEmpty())
        throw UsageError{isBackup ? Ctl::tr("Name the backup file: docketctl backup PATH.")
                                  : Ctl::tr("Name the backup to restore: docketctl restore PATH.")};
    auto db = std::make_shared<Database>(DatabaseConfig::fromString(c.databaseArg));
    // Once the database has user accounts, sign in (Backup permission);
    // before that (or with no database file yet) the file's owner acts.
    Session session = Session::localUser();
    if (db->backend() == Backend::PostgreSQL || QFileInfo::exists(db->config().path)) {
        if (db->connection().tables().contains(QStringLiteral("users"))) {
            QString password;
            session = actingSession(*db, c.userArg, true, false, &password);
        }
        db->closeConnection();
    }
    const BackupService service(db, session);
    int shown = -1;
    const bool terminal = stderrIsTerminal();
    const ProgressFn progress = [&shown, isBackup, terminal](qint64 done, qint64 total) {
        const int percent = total > 0 ? int(done * 10 / total) * 10 : 100;
        if (percent != shown) {
            shown = percent;
            // One line counting up on a terminal, whole lines into a log.
            err() << (terminal ? QStringLiteral("\r%1 %2%") : QStringLiteral("%1 %2%\n"))
                         .arg(isBackup ? Ctl::tr("Backing up") : Ctl::tr("Restoring"))
                         .arg(percent)
                  << Qt::flush;
        }
        return true;
    };
    if (isBackup) {
        service.backup(path, progress);
        if (terminal)
            err() << Qt::endl;
        const BackupInfo info = BackupService::inspect(path);
        out() << Ctl::tr("Backed up %1 to %2 (%3 orders, schema version %4, %5).")
                     .arg(db->config().displayName(), QFileInfo(path).absoluteFilePath())
                     .arg(info.orders)
                     .arg(info.schemaVersion)
                     .arg(QLocale().formattedDataSize(info.sizeBytes))
              << Qt::endl;
        return Ok;
    }
    const QString previous = service.restore(path, progress);
    if (terminal)
        err() << Qt::endl;
    out() << Ctl::tr("Restored %1 into %2.")
                 .arg(QFileInfo(path).absoluteFilePath(), db->config().displayName());
    if (!previous.isEmpty())
        out() << ' ' << Ctl::tr("The previous database is kept as %1.").arg(previous);
    out() << Qt::endl;
    return Ok;
}

const Command commands[] = {
    {"backup", nullptr,
     QT_TRANSLATE_NOOP("docketctl",
                       "  backup PATH                    consistent copy of the live SQLite "
                       "database\n"),
     backupOrRestore, OwnDatabase},
    {"restore", nullptr,
     QT_TRANSLATE_NOOP("docketctl",
                       "  restore PATH                   check a backup, keep the database as "
                       ".bak,\n"
                       "                                 and replace it with the backup\n"),
     backupOrRestore, OwnDatabase},
};

} // namespace

Commands backupCommands()
{
    return commands;
}

} // namespace docket::ctl
