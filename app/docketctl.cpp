// docketctl: Docket's administration command line. Every command goes through
// the same stores (and so the same rules) as the window. The commands live in
// ctl/, one file per group, listed in the table in ctl/commands.cpp.

#include "ctl/command.h"
#include "ctl/ctl.h"
#include "db/sql.h"
#include "domain/errors.h"
#include "i18n.h"

#include <QCoreApplication>

using namespace docket;
using namespace docket::ctl;

namespace {

bool g_verbose = false;

// The log (qWarning: failed statements with the driver's words, retries,
// ...) is for --verbose; without it only the message in words reaches the
// terminal.
void logHandler(QtMsgType type, const QMessageLogContext&, const QString& message)
{
    if (!g_verbose && (type == QtDebugMsg || type == QtInfoMsg || type == QtWarningMsg))
        return;
    err() << Ctl::tr("docketctl: log: %1").arg(message) << Qt::endl;
}

// A change that waits for another Docket's write lock says so, once per wait.
void reportLockWait(const sql::LockWait& wait)
{
    static thread_local bool told = false;
    if (wait.over) {
        told = false;
        return;
    }
    if (told)
        return;
    told = true;
    err() << Ctl::tr("docketctl: %1 (giving up after %L2 s)")
                 .arg(sql::lockWaitMessage(wait.database))
                 .arg(sql::lockWaitLimit() / 1000)
          << Qt::endl;
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("docketctl"));
    QCoreApplication::setOrganizationName(QStringLiteral("Docket"));
    QCoreApplication::setApplicationVersion(QStringLiteral(DOCKET_VERSION));
    const QStringList args = app.arguments().mid(1);
    QString lang;
    if (const qsizetype i = args.indexOf(QStringLiteral("--lang")); i >= 0 && i + 1 < args.size())
        lang = args[i + 1];
    g_verbose = args.contains(QStringLiteral("--verbose"));
    qInstallMessageHandler(logHandler);
    installTranslators(app, lang);
    sql::setLockWaitObserver(reportLockWait);
    sql::setServerChangeObserver([](const sql::ServerChange& change) {
        err() << Ctl::tr("docketctl: %1").arg(sql::serverChangeMessage(change)) << Qt::endl;
    });
    try {
        return run(args);
    } catch (const UsageError& e) {
        err() << Ctl::tr("docketctl: %1").arg(e.message) << '\n'
              << Ctl::tr("Run \"docketctl --help\" for usage.") << Qt::endl;
        return Usage;
    } catch (const DocketError& e) {
        err() << Ctl::tr("docketctl: %1").arg(e.message()) << Qt::endl;
        if (g_verbose && !e.detail().isEmpty())
            err() << Ctl::tr("docketctl: details: %1").arg(e.detail()) << Qt::endl;
        return exitFor(e);
    }
}
