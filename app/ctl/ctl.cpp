#include "ctl.h"

#include "domain/errors.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <memory>
#include <unistd.h>

namespace docket::ctl {

QTextStream& out()
{
    static QTextStream s(stdout);
    return s;
}

QTextStream& err()
{
    static QTextStream s(stderr);
    return s;
}

int exitFor(const DocketError& e)
{
    switch (e.code()) {
    case DocketError::Code::NotFound:
        return NotFound;
    case DocketError::Code::Forbidden:
        return Forbidden;
    case DocketError::Code::Conflict:
        return Conflict;
    case DocketError::Code::Invalid:
        return Usage;
    default:
        return Failure;
    }
}

QString localTime(qint64 secs)
{
    return QDateTime::fromSecsSinceEpoch(secs).toLocalTime().toString(Qt::ISODate);
}

QString transition(const QString& oldValue, const QString& newValue)
{
    return oldValue.isEmpty() && newValue.isEmpty() ? QString()
                                                    : oldValue + QStringLiteral(" → ") + newValue;
}

bool stderrIsTerminal()
{
    return ::isatty(STDERR_FILENO) != 0;
}

ProgressFn progressPrinter(const QString& what)
{
    auto timer = std::make_shared<QElapsedTimer>();
    timer->start();
    // On a terminal, one line that counts up ("\r"); into a log or a pipe,
    // a line at each tenth, so the log reads as lines.
    const bool terminal = stderrIsTerminal();
    auto lastTenth = std::make_shared<qint64>(-1);
    return [what, timer, terminal, lastTenth](qint64 done, qint64 total) {
        if (total <= 20000)
            return true;
        if (terminal) {
            err() << QStringLiteral("\r%1 %2/%3").arg(what).arg(done).arg(total) << Qt::flush;
            if (done == total)
                err() << Qt::endl;
            return true;
        }
        const qint64 tenth = done * 10 / total;
        if (tenth != *lastTenth) {
            *lastTenth = tenth;
            err() << QStringLiteral("%1 %2/%3").arg(what).arg(done).arg(total) << Qt::endl;
        }
        return true;
    };
}

} // namespace docket::ctl
