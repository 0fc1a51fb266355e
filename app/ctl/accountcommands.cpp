// `user ...`, `role list`, `security-log`: through UserStore, which checks
// ManageUsers (again, against the database) and logs every change.

#include "args.h"
#include "command.h"
#include "ctl.h"
#include "signin.h"
#include "stores/userstore.h"

#include <QDateTime>

namespace docket::ctl {

namespace {

UserStore userStore(const Context& c)
{
    return UserStore(c.db->connection(), c.session, AccountPolicy::fromSettings());
}

QString userState(const UserInfo& u, qint64 now)
{
    if (u.disabled)
        return Ctl::tr("disabled");
    if (u.isLocked(QDateTime::fromSecsSinceEpoch(now, Qt::UTC)))
        return Ctl::tr("locked until %1").arg(localTime(u.lockedUntil.toSecsSinceEpoch()));
    return Ctl::tr("active");
}

int add(Context& c)
{
    Args& a = c.args;
    UserStore users = userStore(c);
    const bool adminFlag = c.setupOption;
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
        throw UsageError{Ctl::tr("Give the new user a role with --role ROLE (see \"docketctl role "
                                 "list\") or --admin.")};
    const Scope scope = scopeText ? UserStore::parseScope(*scopeText) : Scope::all();
    // Refuse early, before asking for a password nobody may set.
    c.session.require(Permission::ManageUsers);
    users.role(adminFlag ? QStringLiteral("administrator") : *role);
    users.addUser({name, display, newPassword(name, false),
                   adminFlag ? QStringLiteral("administrator") : *role, scope});
    const UserInfo u = users.user(name);
    out() << Ctl::tr("Added %1 with the role %2; sees: %3.")
                 .arg(u.name, u.roleName, u.scope.toString())
          << Qt::endl;
    return Ok;
}

int list(Context& c)
{
    UserStore users = userStore(c);
    c.args.expectEmpty();
    for (const UserInfo& u : users.users())
        out() << QStringLiteral("%1\t%2\t%3\t%4\t%5\n")
                     .arg(u.name, u.displayName, u.roleName, u.scope.toString(),
                          userState(u, users.now()));
    out().flush();
    return Ok;
}

int passwd(Context& c)
{
    UserStore users = userStore(c);
    c.args.expectEmpty();
    if (c.session.userId() <= 0)
        throw UsageError{Ctl::tr("Sign in with --user NAME to change your password.")};
    users.changeOwnPassword(c.signInPassword, newPassword(c.session.userName(), false));
    out() << Ctl::tr("Changed the password of %1.").arg(c.session.userName()) << Qt::endl;
    return Ok;
}

// `user set|disable|enable|unlock|reset-password NAME`: the user named, and
// --role and --scope, which go with `user set` only.
struct NamedUser
{
    UserInfo user;
    std::optional<QString> role;
    std::optional<QString> scope;
};

NamedUser namedUser(Context& c, UserStore& users)
{
    Args& a = c.args;
    const auto role = a.value(QStringLiteral("--role"));
    const auto scopeText = a.value(QStringLiteral("--scope"));
    const QString name = a.takeWord();
    a.expectEmpty();
    if (name.isEmpty())
        throw UsageError{Ctl::tr("Name the user: docketctl user %1 NAME.").arg(c.word)};
    if (c.word != QLatin1String("set") && (role || scopeText))
        throw UsageError{Ctl::tr("--role and --scope go with \"user set\".")};
    return {users.user(name), role, scopeText};
}

int set(Context& c)
{
    UserStore users = userStore(c);
    const auto [u, role, scopeText] = namedUser(c, users);
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
    return Ok;
}

// `user disable` and `user enable`.
int setDisabled(Context& c)
{
    UserStore users = userStore(c);
    const UserInfo u = namedUser(c, users).user;
    const bool disable = c.word == QLatin1String("disable");
    users.setDisabled(u.id, disable);
    out() << (disable ? Ctl::tr("Disabled %1; the account can no longer sign in.")
                      : Ctl::tr("Enabled %1."))
                 .arg(u.name)
          << Qt::endl;
    return Ok;
}

int unlock(Context& c)
{
    UserStore users = userStore(c);
    const UserInfo u = namedUser(c, users).user;
    users.unlock(u.id);
    out() << Ctl::tr("Unlocked %1.").arg(u.name) << Qt::endl;
    return Ok;
}

int resetPassword(Context& c)
{
    UserStore users = userStore(c);
    const UserInfo u = namedUser(c, users).user;
    users.resetPassword(u.id, newPassword(u.name, false));
    out() << Ctl::tr("Set a new password for %1.").arg(u.name) << Qt::endl;
    return Ok;
}

int unknownUserCommand(Context& c)
{
    throw UsageError{c.word.isEmpty()
                         ? Ctl::tr("Name a user command: add, list, set, disable, enable, "
                                   "unlock, reset-password or passwd.")
                         : Ctl::tr("Unknown command \"user %1\".").arg(c.word)};
}

int roles(Context& c)
{
    UserStore users = userStore(c);
    c.args.expectEmpty();
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

int unknownRoleCommand(Context& c)
{
    throw UsageError{Ctl::tr("Unknown command \"role %1\"; use \"role list\".").arg(c.word)};
}

int securityLog(Context& c)
{
    Args& a = c.args;
    UserStore users = userStore(c);
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
                          transition(e.oldValue, e.newValue), e.note);
    out().flush();
    return Ok;
}

const Command commands[] = {
    {"user", "add",
     QT_TRANSLATE_NOOP("docketctl",
                       "  user add NAME --role ROLE [--scope all|own|channels:CODE,CODE]\n"
                       "           [--display-name TEXT] add a user (password from "
                       "DOCKET_NEW_PASSWORD\n"
                       "                                 or a prompt)\n"
                       "  user add NAME --admin          an administrator; on a database without "
                       "users,\n"
                       "                                 the first one (DOCKET_PASSWORD also "
                       "works)\n"),
     add, SignedIn, "--admin"},
    {"user", "list",
     QT_TRANSLATE_NOOP("docketctl",
                       "  user list                      users with role, scope and state\n"),
     list},
    {"user", "set",
     QT_TRANSLATE_NOOP("docketctl", "  user set NAME [--role ROLE] [--scope SCOPE]\n"), set},
    {"user", "disable",
     QT_TRANSLATE_NOOP("docketctl", "  user disable NAME | user enable NAME | user unlock NAME\n"),
     setDisabled},
    {"user", "enable", nullptr, setDisabled},
    {"user", "unlock", nullptr, unlock},
    {"user", "reset-password",
     QT_TRANSLATE_NOOP("docketctl",
                       "  user reset-password NAME       set a new password for someone else\n"),
     resetPassword},
    {"user", "passwd",
     QT_TRANSLATE_NOOP("docketctl", "  user passwd                    change your own password\n"),
     passwd},
    {"user", "*", nullptr, unknownUserCommand},
    {"role", "list",
     QT_TRANSLATE_NOOP("docketctl",
                       "  role list                      roles and their permissions\n"),
     roles},
    {"role", "*", nullptr, unknownRoleCommand},
    {"security-log", nullptr,
     QT_TRANSLATE_NOOP("docketctl", "  security-log [--about NAME] [--kind KIND] [--from DATE] "
                                    "[--to DATE] [--limit N]\n"
                                    "                                 sign-ins, lockouts and "
                                    "changes of rights\n"),
     securityLog},
};

} // namespace

Commands accountCommands()
{
    return commands;
}

} // namespace docket::ctl
