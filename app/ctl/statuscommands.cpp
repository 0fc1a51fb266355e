// `db status`: what an administrator checks of a running database: primary or
// standby and how far behind, sizes, partitions, the last backup.

#include "args.h"
#include "backup/databasestatus.h"
#include "command.h"
#include "ctl.h"
#include "settings.h"

#include <QLocale>

namespace docket::ctl {

namespace {

QString size(qint64 bytes)
{
    return bytes < 0 ? Ctl::tr("unknown") : QLocale().formattedDataSize(bytes);
}

QString seconds(const std::optional<double>& s)
{
    return s ? Ctl::tr("%1 s").arg(*s, 0, 'f', 1) : Ctl::tr("unknown");
}

QString utc(const QDateTime& t)
{
    return t.toUTC().toString(Qt::ISODate);
}

int status(Context& c)
{
    Args& a = c.args;
    // SQLite: Docket's own backup folder unless another is named.
    const QString folder =
        a.value(QStringLiteral("--backups"))
            .value_or(c.db->backend() == Backend::SQLite ? settings::backupFolder.value()
                                                         : QString());
    const int limit = int(a.integer(QStringLiteral("--tables"), 10, 1, 1000));
    a.expectEmpty();
    const DatabaseStatus s = DatabaseStatus::read(*c.db, c.session, folder, limit);

    QTextStream& o = out();
    o << Ctl::tr("Database: %1").arg(s.database) << '\n'
      << Ctl::tr("Server: %1").arg(s.server) << '\n'
      << Ctl::tr("Schema version: %1 (latest %2)").arg(s.schemaVersion).arg(s.latestSchemaVersion)
      << '\n';
    if (s.backend == Backend::PostgreSQL) {
        if (s.standby) {
            o << Ctl::tr("Role: standby (read-only, in recovery)") << '\n'
              << Ctl::tr("Replay delay: %1 since the last replayed commit")
                     .arg(seconds(s.replayDelaySeconds))
              << '\n';
        } else {
            o << Ctl::tr("Role: primary") << '\n';
            if (s.standbys.isEmpty())
                o << Ctl::tr("Standbys: none streaming") << '\n';
            for (const auto& st : s.standbys)
                o << Ctl::tr("Standby %1 at %2: %3, replay lag %4, %5 behind")
                         .arg(st.name, st.address, st.state, seconds(st.replayLagSeconds),
                              st.replayLagBytes ? size(*st.replayLagBytes) : Ctl::tr("unknown"))
                  << '\n';
        }
        o << Ctl::tr("Database size: %1").arg(size(s.databaseBytes)) << '\n';
    } else {
        o << Ctl::tr("File size: %1 (%2 pages of %3 bytes, %4 free); write-ahead log %5")
                 .arg(size(s.databaseBytes))
                 .arg(s.pageCount)
                 .arg(s.pageSize)
                 .arg(s.freePages)
                 .arg(size(s.walBytes))
          << '\n';
    }
    o << Ctl::tr("Largest tables:") << '\n';
    for (const auto& t : s.tables) {
        if (t.bytes >= 0)
            o << Ctl::tr("  %1: %2 rows (estimated), %3").arg(t.name).arg(t.rows).arg(size(t.bytes))
              << '\n';
        else
            o << Ctl::tr("  %1: %2 rows").arg(t.name).arg(t.rows) << '\n';
    }
    if (s.backend == Backend::PostgreSQL) {
        if (s.partitioned.isEmpty())
            o << Ctl::tr("Partitions: none (no partitioned tables)") << '\n';
        for (const auto& p : s.partitioned)
            o << Ctl::tr("Partitions: %1 has %2").arg(p.name).arg(p.partitions) << '\n';
        o << Ctl::tr("WAL archiving: archive_mode %1").arg(s.archiveMode);
        if (s.lastArchivedAt.isValid())
            o << Ctl::tr(", last segment %1 at %2")
                     .arg(s.lastArchivedWal, utc(s.lastArchivedAt));
        o << Ctl::tr(", %1 failures").arg(s.archiveFailures) << '\n';
    }
    if (s.lastBackupFile.isEmpty())
        o << (folder.isEmpty()
                  ? Ctl::tr("Last backup: unknown (name the backup folder with --backups DIR)")
                  : Ctl::tr("Last backup: none in %1").arg(folder))
          << '\n';
    else
        o << Ctl::tr("Last backup: %1, %2").arg(utc(s.lastBackupAt), s.lastBackupFile) << '\n';
    o.flush();
    return Ok;
}

const Command commands[] = {
    {"db", "status",
     QT_TRANSLATE_NOOP("docketctl",
                       "  db status [--backups DIR] [--tables N]\n"
                       "                                 primary or standby, replication lag, "
                       "sizes,\n"
                       "                                 partitions, WAL archiving, last backup\n"),
     status, BeforeUsers},
};

} // namespace

Commands statusCommands()
{
    return commands;
}

} // namespace docket::ctl
