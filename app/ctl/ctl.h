#pragma once

// What every docketctl command shares: its messages' translation context,
// standard output and error, exit codes, the usage error.

#include "stores/orderstore.h"

#include <QCoreApplication>
#include <QString>
#include <QTextStream>

namespace docket {
class DocketError;
}

namespace docket::ctl {

// Every message of docketctl: Ctl::tr("...") is translated in the context
// "docketctl", the context lupdate files it under.
struct Ctl
{
    Q_DECLARE_TR_FUNCTIONS(docketctl)
};

QTextStream& out();
QTextStream& err();

enum Exit { Ok = 0, Failure = 1, Usage = 2, NotFound = 3, Forbidden = 4, Conflict = 5 };

// The exit code of an error the stores raised.
int exitFor(const DocketError& e);

// Bad usage or input: printed with a pointer to --help, exit code 2.
struct UsageError
{
    QString message;
};

// Seconds since the epoch as local ISO time.
QString localTime(qint64 secs);

// "old → new" of a change in an audit trail or the security log; empty when
// neither value is set.
QString transition(const QString& oldValue, const QString& newValue);

// Progress of a long batch on standard error ("\rSeeding 12000/200000"),
// shown only for more than 20,000 items.
ProgressFn progressPrinter(const QString& what);
// Whether standard error is a terminal (progress counts up on one line
// there; elsewhere, such as a log file, it is written as whole lines).
bool stderrIsTerminal();

} // namespace docket::ctl
