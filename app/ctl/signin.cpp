#include "signin.h"

#include "ctl.h"
#include "domain/errors.h"
#include "stores/databaselogin.h"
#include "stores/userstore.h"

#include <QTextStream>

#if defined(Q_OS_UNIX)
#include <termios.h>
#include <unistd.h>
#elif defined(Q_OS_WIN)
#include <windows.h>
#endif

namespace docket::ctl {

QString readSecret(const QString& prompt)
{
    err() << prompt << Qt::flush;
#if defined(Q_OS_UNIX)
    const bool tty = ::isatty(STDIN_FILENO) != 0;
    termios saved{};
    if (tty && ::tcgetattr(STDIN_FILENO, &saved) == 0) {
        termios quiet = saved;
        quiet.c_lflag &= ~static_cast<tcflag_t>(ECHO);
        ::tcsetattr(STDIN_FILENO, TCSAFLUSH, &quiet);
    }
#elif defined(Q_OS_WIN)
    HANDLE console = GetStdHandle(STD_INPUT_HANDLE);
    DWORD mode = 0;
    const bool tty = GetConsoleMode(console, &mode) != 0;
    if (tty)
        SetConsoleMode(console, mode & ~DWORD(ENABLE_ECHO_INPUT));
#else
    const bool tty = false;
#endif
    static QTextStream in(stdin);
    const QString line = in.readLine();
#if defined(Q_OS_UNIX)
    if (tty)
        ::tcsetattr(STDIN_FILENO, TCSAFLUSH, &saved);
#elif defined(Q_OS_WIN)
    if (tty)
        SetConsoleMode(console, mode);
#endif
    if (tty)
        err() << Qt::endl;
    if (line.isNull())
        throw UsageError{Ctl::tr("No password was given: set DOCKET_PASSWORD or run docketctl on a "
                                 "terminal.")};
    return line;
}

QString newPassword(const QString& name, bool firstAdministrator)
{
    if (qEnvironmentVariableIsSet("DOCKET_NEW_PASSWORD"))
        return qEnvironmentVariable("DOCKET_NEW_PASSWORD");
    if (firstAdministrator && qEnvironmentVariableIsSet("DOCKET_PASSWORD"))
        return qEnvironmentVariable("DOCKET_PASSWORD");
    const QString first = readSecret(Ctl::tr("New password for %1: ").arg(name));
    const QString again = readSecret(Ctl::tr("Repeat the new password: "));
    if (first != again)
        throw UsageError{Ctl::tr("The two passwords differ; nothing was changed.")};
    return first;
}

Session actingSession(const Database& db, const std::optional<QString>& userArg, bool setup,
                      bool noSignIn, QString* password)
{
    // PostgreSQL team mode: connected with a Docket user's own login role, the
    // server has signed the user in already (and enforces their rights).
    if (auto login = sessionOfDatabaseLogin(db.connection()))
        return *login;
    UserStore accounts(db.connection(), Session(), AccountPolicy::fromSettings());
    if (!accounts.hasUsers()) {
        if (!setup)
            throw DocketError(
                DocketError::Code::Forbidden,
                Ctl::tr("The database %1 has no users yet, so nobody may read or change "
                        "its orders. Create the first administrator with: docketctl "
                        "user add NAME --admin")
                    .arg(db.config().displayName()));
        return Session::localUser();
    }
    if (noSignIn)
        return Session::localUser();
    const QString name = userArg.value_or(qEnvironmentVariable("DOCKET_USER")).trimmed();
    if (name.isEmpty())
        throw UsageError{Ctl::tr("This database has user accounts: sign in with --user NAME (the "
                                 "password comes from DOCKET_PASSWORD or a prompt).")};
    *password = qEnvironmentVariableIsSet("DOCKET_PASSWORD")
                    ? qEnvironmentVariable("DOCKET_PASSWORD")
                    : readSecret(Ctl::tr("Password for %1: ").arg(name));
    return accounts.authenticate(name, *password);
}

} // namespace docket::ctl
