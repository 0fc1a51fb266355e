// docketctl: Docket's administration command line. Every command goes through
// the same stores (and so the same rules) as the window.

#include "backup/backupservice.h"
#include "db/database.h"
#include "domain/errors.h"
#include "i18n.h"
#include "stores/analyticsstore.h"
#include "stores/databaselogin.h"
#include "stores/orderstore.h"
#include "stores/seeder.h"
#include "stores/userstore.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QTextStream>
#include <cstdio>
#include <optional>

#if defined(Q_OS_UNIX)
#include <termios.h>
#include <unistd.h>
#elif defined(Q_OS_WIN)
#include <windows.h>
#endif

using namespace docket;

namespace {

// Every message of docketctl: Ctl::tr("...") is translated in the context
// "docketctl", the context lupdate files it under.
struct Ctl
{
    Q_DECLARE_TR_FUNCTIONS(docketctl)
};

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

enum Exit { Ok = 0, Failure = 1, Usage = 2, NotFound = 3, Forbidden = 4, Conflict = 5 };

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

struct UsageError
{
    QString message;
};

QString usage()
{
    return Ctl::tr(
               "Usage: docketctl [--database PATH|URL] [--user NAME] [--lang CODE] COMMAND ...\n"
               "\n"
               "Commands:\n"
               "  db info                        schema version and counts\n"
               "  db init                        create the schema in a new SQLite file or an\n"
               "                                 empty PostgreSQL database\n"
               "  db migrate                     apply pending migrations\n"
               "  seed --orders N [--seed S]     add N realistic demo orders\n"
               "  orders list [FILTERS] [--limit N] [--sort COLUMN] [--asc|--desc] [--json]\n"
               "  orders count [FILTERS]\n"
               "  orders show NUMBER [--json]    one order with lines and its audit trail\n"
               "  orders mark-seen NUMBER... | --all\n"
               "  orders invalidate NUMBER... --reason TEXT\n"
               "  orders revalidate NUMBER...\n"
               "  orders delete NUMBER...        only invalid orders; moves them to the archive\n"
               "  orders delete --all-invalid    every invalid order in scope\n"
               "  archive list [--number PREFIX] [--limit N]\n"
               "  archive restore ID...          put archived orders back\n"
               "  backup PATH                    consistent copy of the live SQLite database\n"
               "  restore PATH                   check a backup, keep the database as .bak,\n"
               "                                 and replace it with the backup\n"
               "  report --from YYYY-MM-DD --to YYYY-MM-DD [--granularity day|week|month]\n"
               "         [--format csv|json] [--tz ZONE] [--compare previous|last-year|none]\n"
               "         [--channel CODE[,CODE]] [--status CODE[,CODE]] [--section NAME|all]\n"
               "                                 sales figures (the analytics page's)\n"
               "  analytics rebuild | verify     rebuild or check the analytics summaries\n"
               "  user add NAME --role ROLE [--scope all|own|channels:CODE,CODE]\n"
               "           [--display-name TEXT] add a user (password from DOCKET_NEW_PASSWORD\n"
               "                                 or a prompt)\n"
               "  user add NAME --admin          an administrator; on a database without users,\n"
               "                                 the first one (DOCKET_PASSWORD also works)\n"
               "  user list                      users with role, scope and state\n"
               "  user set NAME [--role ROLE] [--scope SCOPE]\n"
               "  user disable NAME | user enable NAME | user unlock NAME\n"
               "  user reset-password NAME       set a new password for someone else\n"
               "  user passwd                    change your own password\n"
               "  role list                      roles and their permissions\n"
               "  security-log [--about NAME] [--kind KIND] [--from DATE] [--to DATE] [--limit N]\n"
               "                                 sign-ins, lockouts and changes of rights\n"
               "\n"
               "Once the database has users, every command except \"db migrate\" signs in:\n"
               "--user NAME (or $DOCKET_USER), the password from $DOCKET_PASSWORD or a prompt.\n"
               "The command then may do only what that user's role and scope allow.\n"
               "\n"
               "FILTERS: --number PREFIX | --exact NUMBER, --from YYYY-MM-DD, --to YYYY-MM-DD,\n"
               "         --status CODE[,CODE], --channel CODE[,CODE], --keyword TEXT,\n"
               "         --region COUNTRY/REGION[,...], --sku SKU[,SKU], --new, --overdue,\n"
               "         --invalid, --all-validity\n"
               "COLUMN:  number, customer, amount, created, status, channel\n"
               "\n"
               "The database defaults to $DOCKET_DATABASE, else %1.\n"
               "Exit codes: 0 done, 1 failed, 2 bad usage or input, 3 not found, 4 not allowed,\n"
               "5 conflict.\n")
        .arg(defaultDatabasePath());
}

// A tiny argument reader: options may come anywhere after the command words.
class Args
{
public:
    explicit Args(QStringList a) : m_args(std::move(a)) {}

    bool flag(const QString& name)
    {
        const qsizetype i = m_args.indexOf(name);
        if (i < 0)
            return false;
        m_args.removeAt(i);
        return true;
    }
    std::optional<QString> value(const QString& name)
    {
        for (qsizetype i = 0; i < m_args.size(); ++i) {
            if (m_args[i] == name) {
                if (i + 1 >= m_args.size())
                    throw UsageError{Ctl::tr("%1 needs a value.").arg(name)};
                QString v = m_args[i + 1];
                m_args.remove(i, 2);
                return v;
            }
            if (m_args[i].startsWith(name + QLatin1Char('='))) {
                QString v = m_args[i].mid(name.size() + 1);
                m_args.removeAt(i);
                return v;
            }
        }
        return std::nullopt;
    }
    qint64 integer(const QString& name, qint64 fallback, qint64 min, qint64 max)
    {
        const auto v = value(name);
        if (!v)
            return fallback;
        bool ok = false;
        const qint64 n = QString(*v).remove(QLatin1Char('_')).toLongLong(&ok);
        if (!ok || n < min || n > max)
            throw UsageError{Ctl::tr("%1: \"%2\" is not a whole number from %3 to %4.")
                                 .arg(name, *v)
                                 .arg(min)
                                 .arg(max)};
        return n;
    }
    QDate date(const QString& name)
    {
        const auto v = value(name);
        if (!v)
            return {};
        const QDate d = QDate::fromString(*v, Qt::ISODate);
        if (!d.isValid())
            throw UsageError{
                Ctl::tr("%1: \"%2\" is not a date; write it as YYYY-MM-DD.").arg(name, *v)};
        return d;
    }
    QString takeWord()
    {
        for (qsizetype i = 0; i < m_args.size(); ++i)
            if (!m_args[i].startsWith(QLatin1String("--"))) {
                return m_args.takeAt(i);
            }
        return {};
    }
    QStringList rest()
    {
        QStringList r = m_args;
        m_args.clear();
        return r;
    }
    void expectEmpty()
    {
        if (!m_args.isEmpty())
            throw UsageError{Ctl::tr("Unexpected argument \"%1\".").arg(m_args.first())};
    }

private:
    QStringList m_args;
};

OrderFilter readFilter(Args& a)
{
    OrderFilter f;
    if (auto n = a.value(QStringLiteral("--number")))
        f.number = *n;
    if (auto n = a.value(QStringLiteral("--exact"))) {
        f.number = *n;
        f.exactNumber = true;
    }
    f.from = a.date(QStringLiteral("--from"));
    f.to = a.date(QStringLiteral("--to"));
    if (auto s = a.value(QStringLiteral("--status")))
        f.statuses = s->split(QLatin1Char(','), Qt::SkipEmptyParts);
    if (auto c = a.value(QStringLiteral("--channel")))
        f.channels = c->split(QLatin1Char(','), Qt::SkipEmptyParts);
    if (auto k = a.value(QStringLiteral("--keyword")))
        f.keyword = *k;
    if (auto r = a.value(QStringLiteral("--region")))
        f.regions = r->split(QLatin1Char(','), Qt::SkipEmptyParts);
    if (auto k = a.value(QStringLiteral("--sku")))
        f.skus = k->split(QLatin1Char(','), Qt::SkipEmptyParts);
    f.newOnly = a.flag(QStringLiteral("--new"));
    f.overdueOnly = a.flag(QStringLiteral("--overdue"));
    if (a.flag(QStringLiteral("--invalid")))
        f.validity = OrderFilter::Validity::Invalid;
    if (a.flag(QStringLiteral("--all-validity")))
        f.validity = OrderFilter::Validity::All;
    f.check();
    return f;
}

OrderSort readSort(Args& a)
{
    OrderSort s;
    if (auto c = a.value(QStringLiteral("--sort"))) {
        static const QHash<QString, OrderColumn> columns{
            {QStringLiteral("number"), OrderColumn::Number},
            {QStringLiteral("customer"), OrderColumn::Customer},
            {QStringLiteral("amount"), OrderColumn::Total},
            {QStringLiteral("created"), OrderColumn::Created},
            {QStringLiteral("status"), OrderColumn::Status},
            {QStringLiteral("channel"), OrderColumn::Channel}};
        if (!columns.contains(*c))
            throw UsageError{Ctl::tr("--sort: unknown column \"%1\".").arg(*c)};
        s.column = columns.value(*c);
        s.order = Qt::AscendingOrder;
    }
    if (a.flag(QStringLiteral("--asc")))
        s.order = Qt::AscendingOrder;
    if (a.flag(QStringLiteral("--desc")))
        s.order = Qt::DescendingOrder;
    return s;
}

QString localTime(qint64 secs)
{
    return QDateTime::fromSecsSinceEpoch(secs).toLocalTime().toString(Qt::ISODate);
}

QList<qint64> idsForNumbers(OrderStore& store, const QStringList& numbers)
{
    if (numbers.isEmpty())
        throw UsageError{Ctl::tr("Name at least one order number.")};
    QList<qint64> ids;
    for (const QString& n : numbers)
        ids << store.orderByNumber(n).id;
    return ids;
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

// `report`: the analytics page's figures for scripts and scheduled reports;
// `analytics rebuild|verify`: repairs and checks of the summary tables.
int analyticsCommand(const QString& command, const QString& sub, const Database& db,
                     const Session& session, Args& a)
{
    AnalyticsStore analytics(db.connection(), session);
    if (command == QLatin1String("analytics")) {
        a.expectEmpty();
        if (sub == QLatin1String("rebuild")) {
            QElapsedTimer timer;
            timer.start();
            const qint64 n = analytics.rebuildSummaries();
            out() << Ctl::tr("Rebuilt the analytics summaries from %L1 orders in %L2 s.")
                         .arg(n)
                         .arg(double(timer.elapsed()) / 1000.0, 0, 'f', 1)
                  << Qt::endl;
            return Ok;
        }
        if (sub == QLatin1String("verify")) {
            const QStringList problems = analytics.verifySummaries();
            for (const QString& p : problems)
                out() << p << '\n';
            if (problems.isEmpty())
                out() << Ctl::tr("The analytics summaries match the orders.") << '\n';
            else
                out() << Ctl::tr("Run \"docketctl analytics rebuild\" to repair them.") << '\n';
            out().flush();
            return problems.isEmpty() ? Ok : Failure;
        }
        throw UsageError{
            Ctl::tr("Unknown command \"analytics %1\"; use rebuild or verify.").arg(sub)};
    }
    AnalyticsQuery q;
    q.from = a.date(QStringLiteral("--from"));
    q.to = a.date(QStringLiteral("--to"));
    if (!q.from.isValid() || !q.to.isValid())
        throw UsageError{Ctl::tr("report needs --from and --to (YYYY-MM-DD).")};
    if (auto tz = a.value(QStringLiteral("--tz"))) {
        q.timeZone = QTimeZone(tz->toUtf8());
        if (!q.timeZone.isValid())
            throw UsageError{
                Ctl::tr(
                    "--tz: \"%1\" is not a time zone; use an IANA name such as Asia/Shanghai or "
                    "UTC.")
                    .arg(*tz)};
    }
    if (auto g = a.value(QStringLiteral("--granularity"))) {
        q.granularity = granularity::fromCode(*g);
        if (!q.granularity)
            throw UsageError{Ctl::tr("--granularity: use day, week or month, not \"%1\".").arg(*g)};
    }
    const QString compare =
        a.value(QStringLiteral("--compare")).value_or(QStringLiteral("previous"));
    if (compare == QLatin1String("previous"))
        q.comparison = Comparison::PreviousPeriod;
    else if (compare == QLatin1String("last-year"))
        q.comparison = Comparison::SamePeriodLastYear;
    else if (compare == QLatin1String("none"))
        q.comparison = Comparison::None;
    else
        throw UsageError{
            Ctl::tr("--compare: use previous, last-year or none, not \"%1\".").arg(compare)};
    if (auto c = a.value(QStringLiteral("--channel")))
        q.channels = c->split(QLatin1Char(','), Qt::SkipEmptyParts);
    if (auto s = a.value(QStringLiteral("--status")))
        q.statuses = s->split(QLatin1Char(','), Qt::SkipEmptyParts);
    q.topProducts = int(a.integer(QStringLiteral("--top"), 10, 1, 100));
    const QString format = a.value(QStringLiteral("--format")).value_or(QStringLiteral("csv"));
    if (format != QLatin1String("csv") && format != QLatin1String("json"))
        throw UsageError{Ctl::tr("--format: use csv or json, not \"%1\".").arg(format)};
    const QString section = a.value(QStringLiteral("--section")).value_or(QStringLiteral("all"));
    QList<ReportSection> sections = analytics::allSections();
    if (section != QLatin1String("all")) {
        const auto one = analytics::sectionFromCode(section);
        if (!one) {
            QStringList names;
            for (ReportSection s : analytics::allSections())
                names << analytics::sectionCode(s);
            throw UsageError{Ctl::tr("--section: \"%1\" is not one of all, %2.")
                                 .arg(section, names.join(QStringLiteral(", ")))};
        }
        sections = {*one};
    }
    a.expectEmpty();
    q.check();
    const AnalyticsResult r = analytics.load(q);
    if (format == QLatin1String("json")) {
        out() << QJsonDocument(analytics::toJson(r)).toJson(QJsonDocument::Indented);
    } else {
        for (qsizetype i = 0; i < sections.size(); ++i) {
            if (sections.size() > 1)
                out() << (i ? QStringLiteral("\r\n# ") : QStringLiteral("# "))
                      << analytics::sectionCode(sections[i]) << QStringLiteral("\r\n");
            out() << analytics::csv(r, sections[i]);
        }
    }
    out().flush();
    return Ok;
}

// ---------------------------------------------------------------- accounts

// A secret from the terminal without echo, or a line from a pipe.
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

// A new password: $DOCKET_NEW_PASSWORD, else typed twice. The first
// administrator may also take $DOCKET_PASSWORD (the one they will sign in with).
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

// The session a command runs as. With users in the database: --user NAME or
// $DOCKET_USER, signed in with $DOCKET_PASSWORD or a prompt (a wrong password
// exits 4; a locked account says until when). Without users: the local user,
// and only for `setup` commands.
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

QString userState(const UserInfo& u, qint64 now)
{
    if (u.disabled)
        return Ctl::tr("disabled");
    if (u.isLocked(QDateTime::fromSecsSinceEpoch(now, Qt::UTC)))
        return Ctl::tr("locked until %1").arg(localTime(u.lockedUntil.toSecsSinceEpoch()));
    return Ctl::tr("active");
}

// `user ...`, `role list`, `security-log`: through UserStore, which checks
// ManageUsers (again, against the database) and logs every change.
int accountCommand(const QString& command, const QString& sub, const Database& db,
                   const Session& session, const QString& signInPassword, bool adminFlag, Args& a)
{
    UserStore users(db.connection(), session, AccountPolicy::fromSettings());
    if (command == QLatin1String("role")) {
        if (sub != QLatin1String("list"))
            throw UsageError{Ctl::tr("Unknown command \"role %1\"; use \"role list\".").arg(sub)};
        a.expectEmpty();
        for (const RoleInfo& r : users.roles()) {
            QStringList codes;
            for (Permission p : permission::all())
                if (r.permissions.contains(p))
                    codes << permission::code(p);
            out() << QStringLiteral("%1\t%2\t%3\t%4\n")
                         .arg(r.name, r.builtIn ? Ctl::tr("built-in") : Ctl::tr("custom"),
                              QCoreApplication::translate("docketctl", "%n user(s)", nullptr,
                                                          r.userCount),
                              codes.join(QLatin1Char(',')));
        }
        out().flush();
        return Ok;
    }
    if (command == QLatin1String("security-log")) {
        SecurityEventFilter f;
        // --about NAME; a second --user (after the signing-in one) means the same.
        f.user = a.value(QStringLiteral("--about"))
                     .value_or(a.value(QStringLiteral("--user")).value_or(QString()));
        f.kind = a.value(QStringLiteral("--kind")).value_or(QString());
        if (!f.kind.isEmpty() && !securityevent::kinds().contains(f.kind))
            throw UsageError{Ctl::tr("--kind: \"%1\" is not one of %2.")
                                 .arg(f.kind, securityevent::kinds().join(QStringLiteral(", ")))};
        f.from = a.date(QStringLiteral("--from"));
        f.to = a.date(QStringLiteral("--to"));
        f.limit = int(a.integer(QStringLiteral("--limit"), 100, 1, 1'000'000));
        a.expectEmpty();
        for (const SecurityEvent& e : users.securityEvents(f))
            out() << QStringLiteral("%1\t%2\t%3\t%4\t%5\t%6\n")
                         .arg(localTime(e.at.toSecsSinceEpoch()), e.actor, e.kind, e.target,
                              e.oldValue.isEmpty() && e.newValue.isEmpty()
                                  ? QString()
                                  : e.oldValue + QStringLiteral(" → ") + e.newValue,
                              e.note);
        out().flush();
        return Ok;
    }

    // user ...
    if (sub == QLatin1String("add")) {
        const auto role = a.value(QStringLiteral("--role"));
        const auto scopeText = a.value(QStringLiteral("--scope"));
        const QString display = a.value(QStringLiteral("--display-name")).value_or(QString());
        const QString name = a.takeWord();
        a.expectEmpty();
        if (name.isEmpty())
            throw UsageError{Ctl::tr("Name the new user: docketctl user add NAME --role ROLE.")};
        if (adminFlag && role &&
            role->compare(QLatin1String("administrator"), Qt::CaseInsensitive) != 0)
            throw UsageError{Ctl::tr("--admin and --role %1 contradict each other.").arg(*role)};
        if (!users.hasUsers()) {
            if (!adminFlag)
                throw UsageError{Ctl::tr("The first user must be an administrator: add --admin.")};
            if (scopeText && UserStore::parseScope(*scopeText) != Scope::all())
                throw UsageError{
                    Ctl::tr("The first administrator sees all orders; leave out --scope.")};
            const Session first =
                users.createFirstAdministrator(name, display, newPassword(name, true));
            out() << Ctl::tr("Created the first administrator %1. Sign in with --user %1.")
                         .arg(first.userName())
                  << Qt::endl;
            return Ok;
        }
        if (!adminFlag && !role)
            throw UsageError{
                Ctl::tr("Give the new user a role with --role ROLE (see \"docketctl role "
                        "list\") or --admin.")};
        const Scope scope = scopeText ? UserStore::parseScope(*scopeText) : Scope::all();
        // Refuse early, before asking for a password nobody may set.
        session.require(Permission::ManageUsers);
        users.role(adminFlag ? QStringLiteral("administrator") : *role);
        users.addUser({name, display, newPassword(name, false),
                       adminFlag ? QStringLiteral("administrator") : *role, scope});
        const UserInfo u = users.user(name);
        out() << Ctl::tr("Added %1 with the role %2; sees: %3.")
                     .arg(u.name, u.roleName, u.scope.toString())
              << Qt::endl;
        return Ok;
    }
    if (sub == QLatin1String("list")) {
        a.expectEmpty();
        for (const UserInfo& u : users.users())
            out() << QStringLiteral("%1\t%2\t%3\t%4\t%5\n")
                         .arg(u.name, u.displayName, u.roleName, u.scope.toString(),
                              userState(u, users.now()));
        out().flush();
        return Ok;
    }
    if (sub == QLatin1String("passwd")) {
        a.expectEmpty();
        if (session.userId() <= 0)
            throw UsageError{Ctl::tr("Sign in with --user NAME to change your password.")};
        users.changeOwnPassword(signInPassword, newPassword(session.userName(), false));
        out() << Ctl::tr("Changed the password of %1.").arg(session.userName()) << Qt::endl;
        return Ok;
    }
    if (sub == QLatin1String("set") || sub == QLatin1String("disable") ||
        sub == QLatin1String("enable") || sub == QLatin1String("unlock") ||
        sub == QLatin1String("reset-password")) {
        const auto role = a.value(QStringLiteral("--role"));
        const auto scopeText = a.value(QStringLiteral("--scope"));
        const QString name = a.takeWord();
        a.expectEmpty();
        if (name.isEmpty())
            throw UsageError{Ctl::tr("Name the user: docketctl user %1 NAME.").arg(sub)};
        if (sub != QLatin1String("set") && (role || scopeText))
            throw UsageError{Ctl::tr("--role and --scope go with \"user set\".")};
        const UserInfo u = users.user(name);
        if (sub == QLatin1String("set")) {
            if (!role && !scopeText)
                throw UsageError{Ctl::tr("Say what to set: --role ROLE and/or --scope SCOPE.")};
            const std::optional<Scope> scope =
                scopeText ? std::optional<Scope>(UserStore::parseScope(*scopeText)) : std::nullopt;
            if (role)
                users.setRole(u.id, *role);
            if (scope)
                users.setScope(u.id, *scope);
            const UserInfo now = users.user(u.id);
            out() << Ctl::tr("%1 now has the role %2; sees: %3.")
                         .arg(now.name, now.roleName, now.scope.toString())
                  << Qt::endl;
        } else if (sub == QLatin1String("disable") || sub == QLatin1String("enable")) {
            const bool disable = sub == QLatin1String("disable");
            users.setDisabled(u.id, disable);
            out() << (disable ? Ctl::tr("Disabled %1; the account can no longer sign in.")
                              : Ctl::tr("Enabled %1."))
                         .arg(u.name)
                  << Qt::endl;
        } else if (sub == QLatin1String("unlock")) {
            users.unlock(u.id);
            out() << Ctl::tr("Unlocked %1.").arg(u.name) << Qt::endl;
        } else {
            users.resetPassword(u.id, newPassword(u.name, false));
            out() << Ctl::tr("Set a new password for %1.").arg(u.name) << Qt::endl;
        }
        return Ok;
    }
    throw UsageError{sub.isEmpty()
                         ? Ctl::tr("Name a user command: add, list, set, disable, enable, "
                                   "unlock, reset-password or passwd.")
                         : Ctl::tr("Unknown command \"user %1\".").arg(sub)};
}

// `backup PATH`: a consistent copy of the SQLite database while others keep
// working on it; `restore PATH`: checks the backup (integrity, schema version),
// keeps the current database as DATABASE.bak, then replaces it. Neither opens
// (and so migrates) the database first: a backup taken before an upgrade
// keeps the old schema.
int backupCommand(const QString& command, const QString& path, const QString& dbArg,
                  const std::optional<QString>& userArg, Args& a)
{
    a.expectEmpty();
    const bool isBackup = command == QLatin1String("backup");
    if (path.isEmpty())
        throw UsageError{isBackup ? Ctl::tr("Name the backup file: docketctl backup PATH.")
                                  : Ctl::tr("Name the backup to restore: docketctl restore PATH.")};
    auto db = std::make_shared<Database>(DatabaseConfig::fromString(dbArg));
    // Once the database has user accounts, sign in (Backup permission);
    // before that (or with no database file yet) the file's owner acts.
    Session session = Session::localUser();
    if (db->backend() == Backend::PostgreSQL || QFileInfo::exists(db->config().path)) {
        if (db->connection().tables().contains(QStringLiteral("users"))) {
            QString password;
            session = actingSession(*db, userArg, true, false, &password);
        }
        db->closeConnection();
    }
    const BackupService service(db, session);
    int shown = -1;
    const ProgressFn progress = [&shown, isBackup](qint64 done, qint64 total) {
        const int percent = total > 0 ? int(done * 10 / total) * 10 : 100;
        if (percent != shown) {
            shown = percent;
            err() << QStringLiteral("\r%1 %2%")
                         .arg(isBackup ? Ctl::tr("Backing up") : Ctl::tr("Restoring"))
                         .arg(percent)
                  << Qt::flush;
        }
        return true;
    };
    if (isBackup) {
        service.backup(path, progress);
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
    err() << Qt::endl;
    out() << Ctl::tr("Restored %1 into %2.")
                 .arg(QFileInfo(path).absoluteFilePath(), db->config().displayName());
    if (!previous.isEmpty())
        out() << ' ' << Ctl::tr("The previous database is kept as %1.").arg(previous);
    out() << Qt::endl;
    return Ok;
}

int run(QStringList argv)
{
    Args a(argv);
    if (a.flag(QStringLiteral("--help")) || a.flag(QStringLiteral("-h")) || argv.isEmpty()) {
        out() << usage();
        return argv.isEmpty() ? Usage : Ok;
    }
    if (a.flag(QStringLiteral("--version"))) {
        out() << QCoreApplication::applicationName() << ' '
              << QCoreApplication::applicationVersion() << Qt::endl;
        return Ok;
    }
    const QString dbArg = a.value(QStringLiteral("--database")).value_or(databaseFromEnvironment());
    a.value(QStringLiteral("--lang")); // handled before translators were installed
    const std::optional<QString> userArg = a.value(QStringLiteral("--user"));
    const QString command = a.takeWord();
    const QString sub = (command == QLatin1String("seed") || command == QLatin1String("report") ||
                         command == QLatin1String("security-log"))
                            ? QString()
                            : a.takeWord();

    if (command == QLatin1String("backup") || command == QLatin1String("restore"))
        return backupCommand(command, sub, dbArg, userArg, a);
    auto db = std::make_shared<Database>(DatabaseConfig::fromString(dbArg));
    if (command == QLatin1String("db") && sub == QLatin1String("init")) {
        a.expectEmpty();
        const bool created = db->initialize();
        const QString text =
            created ? Ctl::tr("Created the Docket schema (version %1) in %2.")
                    : Ctl::tr("%2 already holds a Docket database (schema version %1).");
        out() << text.arg(db->schemaVersion()).arg(db->config().displayName()) << Qt::endl;
        return Ok;
    }
    const bool creates = command == QLatin1String("seed") ||
                         (command == QLatin1String("db") && sub == QLatin1String("migrate"));
    db->open(creates);

    // Who acts: once the database has users, the signed-in --user; before
    // that, only setting the database up is allowed.
    const bool adminFlag = command == QLatin1String("user") && sub == QLatin1String("add") &&
                           a.flag(QStringLiteral("--admin"));
    const bool setup =
        command == QLatin1String("seed") || command == QLatin1String("db") || adminFlag;
    QString signInPassword;
    const Session session = actingSession(
        *db, userArg, setup, command == QLatin1String("db") && sub == QLatin1String("migrate"),
        &signInPassword);
    if (command == QLatin1String("user") || command == QLatin1String("role") ||
        command == QLatin1String("security-log"))
        return accountCommand(command, sub, *db, session, signInPassword, adminFlag, a);
    OrderStore store(db->connection(), session);

    if (command == QLatin1String("db") && sub == QLatin1String("info")) {
        a.expectEmpty();
        OrderFilter all;
        all.validity = OrderFilter::Validity::All;
        OrderFilter invalid;
        invalid.validity = OrderFilter::Validity::Invalid;
        out() << Ctl::tr("Database: %1").arg(db->config().displayName()) << '\n'
              << Ctl::tr("Schema version: %1 (latest %2)")
                     .arg(db->schemaVersion())
                     .arg(Database::latestSchemaVersion(db->backend()))
              << '\n'
              << Ctl::tr("Orders: %1 (%2 invalid, %3 new)")
                     .arg(store.count(all))
                     .arg(store.count(invalid))
                     .arg(store.countNew())
              << Qt::endl;
        return Ok;
    }
    if (command == QLatin1String("db") && sub == QLatin1String("migrate")) {
        a.expectEmpty();
        out() << Ctl::tr("Schema version %1.").arg(db->schemaVersion()) << Qt::endl;
        return Ok;
    }
    if (command == QLatin1String("seed")) {
        SeedOptions opt;
        opt.orders = a.integer(QStringLiteral("--orders"), 10000, 0, 100'000'000);
        opt.seed =
            quint64(a.integer(QStringLiteral("--seed"), 1, 0, std::numeric_limits<qint64>::max()));
        opt.days = int(a.integer(QStringLiteral("--days"), 730, 1, 36500));
        a.expectEmpty();
        QElapsedTimer t;
        t.start();
        const SeedResult r = seedOrders(store, opt, progressPrinter(Ctl::tr("Seeding")));
        out() << Ctl::tr("Added %1 orders with %2 lines, %3 customers and %4 products in %5 s.")
                     .arg(r.orders)
                     .arg(r.lines)
                     .arg(r.customers)
                     .arg(r.products)
                     .arg(double(t.elapsed()) / 1000.0, 0, 'f', 1)
              << Qt::endl;
        return Ok;
    }
    if (command == QLatin1String("orders")) {
        if (sub == QLatin1String("list") || sub == QLatin1String("count")) {
            const OrderFilter f = readFilter(a);
            if (sub == QLatin1String("count")) {
                a.expectEmpty();
                out() << store.count(f) << Qt::endl;
                return Ok;
            }
            const OrderSort s = readSort(a);
            const qint64 limit = a.integer(QStringLiteral("--limit"), 50, 1, 1'000'000);
            const bool json = a.flag(QStringLiteral("--json"));
            a.expectEmpty();
            const auto rows = store.page(f, s, int(limit));
            if (json) {
                QJsonArray arr;
                for (const auto& r : rows)
                    arr.append(QJsonObject{
                        {QStringLiteral("number"), r.number},
                        {QStringLiteral("customer"), r.customerName},
                        {QStringLiteral("total"), Money(r.totalCents, r.currency).toPlainString()},
                        {QStringLiteral("currency"), r.currency},
                        {QStringLiteral("created"), localTime(r.createdAt)},
                        {QStringLiteral("status"), r.status},
                        {QStringLiteral("channel"), r.channel},
                        {QStringLiteral("new"), r.isNew},
                        {QStringLiteral("invalid"), r.invalid}});
                out() << QJsonDocument(arr).toJson(QJsonDocument::Indented);
                return Ok;
            }
            for (const auto& r : rows)
                out() << QStringLiteral("%1\t%2\t%3\t%4\t%5\t%6%7%8\n")
                             .arg(r.number, localTime(r.createdAt),
                                  Money(r.totalCents, r.currency).toPlainString() +
                                      QLatin1Char(' ') + r.currency,
                                  r.status, r.channel, r.customerName,
                                  r.isNew ? QStringLiteral("\t[new]") : QString(),
                                  r.invalid ? QStringLiteral("\t[invalid]") : QString());
            out().flush();
            return Ok;
        }
        if (sub == QLatin1String("show")) {
            const bool json = a.flag(QStringLiteral("--json"));
            const QString number = a.takeWord();
            if (number.isEmpty())
                throw UsageError{Ctl::tr("Name the order number to show.")};
            a.expectEmpty();
            const Order o = store.orderByNumber(number);
            const auto events = store.events(o.id);
            if (json) {
                QJsonArray lines;
                for (const auto& l : o.lines)
                    lines.append(QJsonObject{
                        {QStringLiteral("sku"), l.sku},
                        {QStringLiteral("name"), l.name},
                        {QStringLiteral("quantity"), l.quantity},
                        {QStringLiteral("unit_price"), Money(l.unitPriceCents).toPlainString()}});
                QJsonArray evs;
                for (const auto& e : events)
                    evs.append(QJsonObject{{QStringLiteral("at"), e.at.toString(Qt::ISODate)},
                                           {QStringLiteral("actor"), e.actor},
                                           {QStringLiteral("kind"), e.kind},
                                           {QStringLiteral("field"), e.field},
                                           {QStringLiteral("old"), e.oldValue},
                                           {QStringLiteral("new"), e.newValue},
                                           {QStringLiteral("note"), e.note}});
                out() << QJsonDocument(
                             QJsonObject{
                                 {QStringLiteral("number"), o.number},
                                 {QStringLiteral("customer"), o.customerName},
                                 {QStringLiteral("email"), o.email},
                                 {QStringLiteral("status"), o.status},
                                 {QStringLiteral("channel"), o.channel},
                                 {QStringLiteral("total"), o.total().toPlainString()},
                                 {QStringLiteral("currency"), o.currency},
                                 {QStringLiteral("invalid"), o.isInvalid()},
                                 {QStringLiteral("invalid_reason"), o.invalidReason},
                                 {QStringLiteral("new"), o.isNew()},
                                 {QStringLiteral("ship_to"),
                                  QJsonObject{{QStringLiteral("street"), o.shipTo.street},
                                              {QStringLiteral("city"), o.shipTo.city},
                                              {QStringLiteral("postcode"), o.shipTo.postcode},
                                              {QStringLiteral("region"), o.shipTo.region},
                                              {QStringLiteral("country"), o.shipTo.country}}},
                                 {QStringLiteral("lines"), lines},
                                 {QStringLiteral("events"), evs}})
                             .toJson(QJsonDocument::Indented);
                return Ok;
            }
            out() << Ctl::tr("Order %1").arg(o.number) << '\n'
                  << Ctl::tr("Customer: %1 <%2> %3").arg(o.customerName, o.email, o.phone) << '\n'
                  << Ctl::tr("Ship to: %1, %2 %3, %4")
                         .arg(o.shipTo.street, o.shipTo.postcode, o.shipTo.city, o.shipTo.country)
                  << '\n'
                  << Ctl::tr("Status: %1   Channel: %2   Created: %3")
                         .arg(o.status, o.channel, o.createdAt.toLocalTime().toString(Qt::ISODate))
                  << '\n';
            if (o.isInvalid())
                out() << Ctl::tr("INVALID: %1 (by %2)").arg(o.invalidReason, o.invalidBy) << '\n';
            for (const auto& l : o.lines)
                out() << QStringLiteral("  %1 × %2 %3 @ %4\n")
                             .arg(l.quantity)
                             .arg(l.sku, l.name, Money(l.unitPriceCents).toPlainString());
            out() << Ctl::tr("Total: %1 %2").arg(o.total().toPlainString(), o.currency) << '\n'
                  << Ctl::tr("History:") << '\n';
            for (const auto& e : events)
                out() << QStringLiteral("  %1  %2  %3 %4 %5 %6\n")
                             .arg(e.at.toLocalTime().toString(Qt::ISODate), e.actor, e.kind,
                                  e.field,
                                  e.oldValue.isEmpty() && e.newValue.isEmpty()
                                      ? QString()
                                      : e.oldValue + QStringLiteral(" → ") + e.newValue,
                                  e.note);
            out().flush();
            return Ok;
        }
        if (sub == QLatin1String("mark-seen")) {
            const int n = a.flag(QStringLiteral("--all"))
                              ? store.markAllSeen()
                              : store.markSeen(idsForNumbers(store, a.rest()));
            out() << Ctl::tr("Marked %Ln order(s) seen.", nullptr, n) << Qt::endl;
            return Ok;
        }
        if (sub == QLatin1String("invalidate")) {
            const auto reason = a.value(QStringLiteral("--reason"));
            if (!reason)
                throw UsageError{Ctl::tr("Give the reason with --reason TEXT.")};
            const int n = store.invalidate(idsForNumbers(store, a.rest()), *reason,
                                           progressPrinter(Ctl::tr("Invalidating")));
            out() << Ctl::tr("Marked %Ln order(s) invalid.", nullptr, n) << Qt::endl;
            return Ok;
        }
        if (sub == QLatin1String("revalidate")) {
            const int n = store.revalidate(idsForNumbers(store, a.rest()));
            out() << Ctl::tr("Marked %Ln order(s) valid again.", nullptr, n) << Qt::endl;
            return Ok;
        }
        if (sub == QLatin1String("delete")) {
            QList<qint64> ids;
            if (a.flag(QStringLiteral("--all-invalid"))) {
                a.expectEmpty();
                OrderFilter f;
                f.validity = OrderFilter::Validity::Invalid;
                ids = store.idsInRange(f, {}, 0, std::numeric_limits<int>::max());
            } else {
                ids = idsForNumbers(store, a.rest());
            }
            const int n = store.deleteInvalid(ids, progressPrinter(Ctl::tr("Deleting")));
            out() << Ctl::tr("Moved %Ln invalid order(s) to the archive.", nullptr, n) << Qt::endl;
            return Ok;
        }
        throw UsageError{Ctl::tr("Unknown command \"orders %1\".").arg(sub)};
    }
    if (command == QLatin1String("report") || command == QLatin1String("analytics"))
        return analyticsCommand(command, sub, *db, store.session(), a);
    if (command == QLatin1String("archive")) {
        if (sub == QLatin1String("list")) {
            const QString prefix = a.value(QStringLiteral("--number")).value_or(QString());
            const qint64 limit = a.integer(QStringLiteral("--limit"), 100, 1, 1'000'000);
            a.expectEmpty();
            for (const auto& r : store.archived(prefix, int(limit)))
                out() << QStringLiteral("%1\t%2\t%3\t%4 %5\t%6\t%7\t%8\n")
                             .arg(r.id)
                             .arg(r.number, r.customerName,
                                  Money(r.totalCents, r.currency).toPlainString(), r.currency,
                                  r.deletedAt.toLocalTime().toString(Qt::ISODate), r.deletedBy,
                                  r.invalidReason);
            out().flush();
            return Ok;
        }
        if (sub == QLatin1String("restore")) {
            const QStringList ids = a.rest();
            if (ids.isEmpty())
                throw UsageError{Ctl::tr("Name at least one archive id (see \"archive list\").")};
            for (const QString& s : ids) {
                bool ok = false;
                const qint64 id = s.toLongLong(&ok);
                if (!ok)
                    throw UsageError{Ctl::tr("\"%1\" is not an archive id.").arg(s)};
                const qint64 orderId = store.restore(id);
                out() << Ctl::tr("Restored %1.").arg(store.order(orderId).number) << Qt::endl;
            }
            return Ok;
        }
        throw UsageError{Ctl::tr("Unknown command \"archive %1\".").arg(sub)};
    }
    throw UsageError{command.isEmpty() ? Ctl::tr("Name a command.")
                                       : Ctl::tr("Unknown command \"%1\".").arg(command)};
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("docketctl"));
    QCoreApplication::setOrganizationName(QStringLiteral("Docket"));
    QCoreApplication::setApplicationVersion(QStringLiteral(DOCKET_VERSION));
    QStringList args = app.arguments().mid(1);
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
