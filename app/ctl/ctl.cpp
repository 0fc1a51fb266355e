#include "ctl.h"

#include "domain/errors.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <memory>

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

ProgressFn progressPrinter(const QString& what)
{
    auto timer = std::make_shared<QElapsedTimer>();
    timer->start();
    return [what, timer](qint64 done, qint64 total) {
        if (total > 20000)
            err() << QStringLiteral("\r%1 %2/%3").arg(what).arg(done).arg(total) << Qt::flush;
        if (done == total && total > 20000)
            err() << Qt::endl;
        return true;
    };
}

} // namespace docket::ctl
