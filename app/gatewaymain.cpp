// docket-gateway: the HTTP door to Docket (issue 16). Thin: options, signals
// and the event loop; the service is gateway/ (Gateway), its rules models/.

#include "gateway.h"
#include "operatorlanguage.h"

#include "domain/errors.h"
#include "i18n.h"

#include <QCoreApplication>
#include <QSocketNotifier>
#include <QTextStream>
#include <csignal>
#include <cstdio>

#if defined(Q_OS_UNIX)
#include <fcntl.h>
#include <unistd.h>
#endif

using namespace docket;
using namespace docket::gateway;

namespace {

struct Texts
{
    Q_DECLARE_TR_FUNCTIONS(Gateway)
};

#if defined(Q_OS_UNIX)
int g_signalPipe[2] = {-1, -1};

void onSignal(int)
{
    const char c = 1;
    [[maybe_unused]] const auto n = ::write(g_signalPipe[1], &c, 1);
}
#endif

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("docket-gateway"));
    QCoreApplication::setOrganizationName(QStringLiteral("Docket"));
    QCoreApplication::setApplicationVersion(QStringLiteral(DOCKET_VERSION));
    QTextStream err(stderr);
    // Messages to the operator in the process's language (LANG, LC_MESSAGES);
    // until the gateway listens, every tr() of the process answers in it.
    OperatorLanguage language;
    language.install();
    const QStringList args = app.arguments();
    if (args.contains(QStringLiteral("--help")) || args.contains(QStringLiteral("-h"))) {
        QTextStream(stdout) << GatewayConfig::usage();
        return 0;
    }
    if (args.contains(QStringLiteral("--version"))) {
        QTextStream(stdout) << "docket-gateway " << DOCKET_VERSION << Qt::endl;
        return 0;
    }
    GatewayConfig config;
    try {
        config = GatewayConfig::fromArguments(args);
    } catch (const DocketError& e) {
        err << Texts::tr("docket-gateway: %1").arg(e.message()) << Qt::endl;
        return 2;
    }
    Gateway gateway(config);
    QString error;
    const bool started = gateway.start(&error);
    // From here on requests are answered: nothing more through this
    // translator, the operator's messages below ask for their language themselves.
    language.remove();
    if (!started) {
        err << language.text("Gateway", QT_TRANSLATE_NOOP("Gateway", "docket-gateway: %1"))
                   .arg(error)
            << Qt::endl;
        return 1;
    }
    err << language
               .text("Gateway", QT_TRANSLATE_NOOP("Gateway", "docket-gateway %1: listening on "
                                                             "%2:%3 (%4), database %5"))
               .arg(QStringLiteral(DOCKET_VERSION), config.address.toString())
               .arg(gateway.port())
               .arg(config.tls.enabled() ? QStringLiteral("https") : QStringLiteral("http"),
                    config.database.displayName())
        << Qt::endl;

#if defined(Q_OS_UNIX)
    if (::pipe(g_signalPipe) == 0) {
        ::fcntl(g_signalPipe[1], F_SETFL, O_NONBLOCK);
        auto* notifier = new QSocketNotifier(g_signalPipe[0], QSocketNotifier::Read, &app);
        QObject::connect(notifier, &QSocketNotifier::activated, &app, [&] {
            char c;
            [[maybe_unused]] const auto n = ::read(g_signalPipe[0], &c, 1);
            err << language.text("Gateway",
                                 QT_TRANSLATE_N_NOOP("Gateway",
                                                     "docket-gateway: stopping; %n "
                                                     "request(s) in flight finish first."),
                                 gateway.server()->inFlight())
                << Qt::endl;
            gateway.shutdown();
        });
        struct sigaction sa = {};
        sa.sa_handler = onSignal;
        sigemptyset(&sa.sa_mask);
        sa.sa_flags = SA_RESTART;
        sigaction(SIGTERM, &sa, nullptr);
        sigaction(SIGINT, &sa, nullptr);
    }
    std::signal(SIGPIPE, SIG_IGN);
#endif
    QObject::connect(&gateway, &Gateway::stopped, &app, [&] {
        err << language.text("Gateway", QT_TRANSLATE_NOOP("Gateway", "docket-gateway: stopped."))
            << Qt::endl;
        app.quit();
    });
    return app.exec();
}
