// docketctl: Docket's administration command line. Every command goes through
// the same stores (and so the same rules) as the window. The commands live in
// ctl/, one file per group, listed in the table in ctl/commands.cpp.

#include "ctl/command.h"
#include "ctl/ctl.h"
#include "domain/errors.h"
#include "i18n.h"

#include <QCoreApplication>

using namespace docket;
using namespace docket::ctl;

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
    installTranslators(app, lang);
    try {
        return run(args);
    } catch (const UsageError& e) {
        err() << Ctl::tr("docketctl: %1").arg(e.message) << '\n'
              << Ctl::tr("Run \"docketctl --help\" for usage.") << Qt::endl;
        return Usage;
    } catch (const DocketError& e) {
        err() << Ctl::tr("docketctl: %1").arg(e.message()) << Qt::endl;
        return exitFor(e);
    }
}
