#include "userstore.h"

#include "serverwrites.h"

#include "db/dialect.h"
#include "db/sql.h"
#include "domain/errors.h"
#include "domain/order.h"
#include "i18n.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QSqlQuery>
#include <algorithm>

namespace docket {

namespace {

[[noreturn]] void fail(DocketError::Code code, const QString& message, const QString& field = {})
{
    throw DocketError(code, message, field);
}

// Invalid (naming `field`) for an empty name (`required`) or one `pattern`
// refuses (`refused`, %1 the name).
void checkNamed(const QString& name, const QRegularExpression& pattern, const QString& required,
                const QString& refused, const QString& field)
{
    if (name.trimmed().isEmpty())
        fail(DocketError::Code::Invalid, required, field);
    if (!pattern.match(name).hasMatch())
        fail(DocketError::Code::Invalid, refused.arg(name), field);
}

// NotFound for a lookup by name (`key` a string: `byName`, %1 the name) or by
// id (`byId`, %1 the id).
[[noreturn]] void notFound(const QVariant& key, const QString& byName, const QString& byId,
                           const QString& field)
{
    fail(DocketError::Code::NotFound,
         key.metaType().id() == QMetaType::QString ? byName.arg(key.toString())
                                                   : byId.arg(key.toLongLong()),
         field);
}

QString localTimeText(qint64 secs)
{
    return formatDateTime(QDateTime::fromSecsSinceEpoch(secs).toLocalTime());
}

// A stored scope; anything unreadable fails closed (no orders at all).
Scope storedScope(const QString& text)
{
    if (text == QLatin1String("all"))
        return Scope::all();
    if (text == QLatin1String("own"))
        return Scope::own();
    if (text.startsWith(QLatin1String("channels:")))
        return Scope::ofChannels(text.mid(9).split(QLatin1Char(','), Qt::SkipEmptyParts));
    return Scope::ofChannels({});
}

QSet<Permission> permissionsOf(const QSqlDatabase& db, qint64 roleId)
{
    QSet<Permission> out;
    QSqlQuery q = sql::run(
        db, QStringLiteral("SELECT permission FROM role_permissions WHERE role_id = ?"), {roleId});
    while (q.next()) {
        Permission p{};
        if (permission::fromCode(q.value(0).toString(), &p))
            out.insert(p);
    }
    return out;
}

// "view_orders, create_orders" in the canonical order (for the log).
QString codesText(const QSet<Permission>& permissions)
{
    QStringList codes;
    for (Permission p : permission::all())
        if (permissions.contains(p))
            codes << permission::code(p);
    return codes.join(QStringLiteral(", "));
}

const char* const kUserColumns =
    "u.id, u.name, u.display_name, u.role_id, r.name, u.scope, u.disabled, u.failed_attempts, "
    "u.locked_until, u.created_at, u.password_changed_at";

UserInfo readUser(const QSqlQuery& q)
{
    UserInfo u;
    u.id = q.value(0).toLongLong();
    u.name = q.value(1).toString();
    u.displayName = q.value(2).toString();
    u.roleId = q.value(3).toLongLong();
    u.roleName = q.value(4).toString();
    u.scope = storedScope(q.value(5).toString());
    u.disabled = q.value(6).toInt() != 0;
    u.failedAttempts = q.value(7).toInt();
    u.lockedUntil = sql::utcTime(q.value(8));
    u.createdAt = sql::utcTime(q.value(9));
    u.passwordChangedAt = sql::utcTime(q.value(10));
    return u;
}

const char* const kRoleColumns = "r.id, r.name, r.description, r.builtin, (SELECT COUNT(*) "
                                 "FROM users u WHERE u.role_id = r.id)";

// A row of kRoleColumns, without the permissions.
RoleInfo readRole(const QSqlQuery& q)
{
    RoleInfo r;
    r.id = q.value(0).toLongLong();
    r.name = q.value(1).toString();
    r.description = q.value(2).toString();
    r.builtIn = q.value(3).toInt() != 0;
    r.userCount = q.value(4).toInt();
    return r;
}

struct BuiltInRole
{
    const char* name;
    const char* label;
    const char* description;
};
constexpr BuiltInRole kBuiltInRoles[] = {
    {"clerk", QT_TRANSLATE_NOOP("UserStore", "Clerk"),
     QT_TRANSLATE_NOOP("UserStore", "Works orders through their workflow")},
    {"supervisor", QT_TRANSLATE_NOOP("UserStore", "Supervisor"),
     QT_TRANSLATE_NOOP("UserStore", "Clerk, plus invalidates, deletes and restores orders")},
    {"manager", QT_TRANSLATE_NOOP("UserStore", "Manager"),
     QT_TRANSLATE_NOOP("UserStore", "Reads every order and the analytics; changes nothing")},
    {"administrator", QT_TRANSLATE_NOOP("UserStore", "Administrator"),
     QT_TRANSLATE_NOOP("UserStore", "Everything, including users, settings and backups")},
};

} // namespace

// ---- policy ----

AccountPolicy AccountPolicy::fromSettings()
{
    AccountPolicy p;
    p.maxFailedAttempts = std::clamp(settings::maxFailedSignIns.value(), 1, 100);
    p.lockoutSeconds = qint64(std::clamp(settings::lockoutMinutes.value(), 0, 60 * 24 * 30)) * 60;
    return p;
}

// ---- labels ----

QString roleLabel(const QString& roleName)
{
    for (const auto& r : kBuiltInRoles)
        if (roleName == QLatin1String(r.name))
            return UserStore::tr(r.label);
    return roleName;
}

QString RoleInfo::label() const
{
    return builtIn ? roleLabel(name) : name;
}

QString RoleInfo::descriptionText() const
{
    if (builtIn)
        for (const auto& r : kBuiltInRoles)
            if (name == QLatin1String(r.name))
                return UserStore::tr(r.description);
    return description;
}

Scope UserStore::parseScope(const QString& text)
{
    const QString t = text.trimmed().toLower();
    if (t == QLatin1String("all"))
        return Scope::all();
    if (t == QLatin1String("own"))
        return Scope::own();
    if (t.startsWith(QLatin1String("channels:"))) {
        QStringList channels;
        for (const QString& c : t.mid(9).split(QLatin1Char(','), Qt::SkipEmptyParts)) {
            const QString code = c.trimmed();
            if (!channel::codes().contains(code))
                fail(DocketError::Code::Invalid,
                     tr("Scope: \"%1\" is not a sales channel (known: %2).")
                         .arg(code, channel::codes().join(QStringLiteral(", "))),
                     QStringLiteral("scope"));
            if (!channels.contains(code))
                channels << code;
        }
        if (channels.isEmpty())
            fail(DocketError::Code::Invalid,
                 tr("Scope: name at least one sales channel after \"channels:\"."),
                 QStringLiteral("scope"));
        return Scope::ofChannels(channels);
    }
    fail(DocketError::Code::Invalid,
         tr("Scope: \"%1\" is not a scope; write all, own or channels:CODE,CODE.").arg(text),
         QStringLiteral("scope"));
}

QString UserStore::scopeLabel(const Scope& scope)
{
    switch (scope.kind) {
    case Scope::Kind::All:
        return tr("All orders");
    case Scope::Kind::Own:
        return tr("Own orders");
    case Scope::Kind::Channels: {
        QStringList labels;
        for (const QString& c : scope.channels)
            labels << channel::label(c);
        return tr("Channels: %1").arg(labels.join(tr(", ")));
    }
    }
    return {};
}

// ---- the store ----

UserStore::UserStore(QSqlDatabase db, Session session, AccountPolicy policy)
    : m_db(std::move(db)), m_session(std::move(session)), m_policy(policy),
      m_clock([] { return QDateTime::currentSecsSinceEpoch(); })
{
}

QString UserStore::hashPassword(const QString& pw) const
{
    return password::hash(pw, m_policy.strength);
}

// Spends the time a real check would, so a wrong user name answers as slowly
// as a wrong password.
void UserStore::verifyDummy(HashStrength strength, const QString& pw)
{
    static const QString interactive =
        password::hash(QStringLiteral("docket-no-such-user"), HashStrength::Interactive);
    static const QString minimum =
        password::hash(QStringLiteral("docket-no-such-user"), HashStrength::Minimum);
    password::verify(strength == HashStrength::Minimum ? minimum : interactive, pw);
}

void UserStore::checkName(const QString& name) const
{
    static const QRegularExpression re(QStringLiteral("^[\\p{L}\\p{N}._@-]{1,64}$"));
    checkNamed(name, re, tr("The user name is required."),
               tr("The user name \"%1\" may hold only letters, digits and . _ @ - (at most 64, "
                  "no spaces)."),
               QStringLiteral("name"));
}

void UserStore::checkPassword(const QString& pw, const QString& field) const
{
    if (pw.size() < m_policy.minPasswordLength)
        fail(DocketError::Code::Invalid,
             tr("The password is too short: use at least %n characters.", nullptr,
                m_policy.minPasswordLength),
             field);
    if (pw.size() > 1024)
        fail(DocketError::Code::Invalid, tr("The password is too long (at most 1024 characters)."),
             field);
}

void UserStore::checkScope(const Scope& scope) const
{
    if (scope.kind != Scope::Kind::Channels)
        return;
    if (scope.channels.isEmpty())
        fail(DocketError::Code::Invalid, tr("Scope: choose at least one sales channel."),
             QStringLiteral("scope"));
    for (const QString& c : scope.channels)
        if (!channel::codes().contains(c))
            fail(DocketError::Code::Invalid, tr("Scope: \"%1\" is not a sales channel.").arg(c),
                 QStringLiteral("scope"));
}

void UserStore::requireManageUsers() const
{
    m_session.require(Permission::ManageUsers);
    if (m_session.userId() <= 0)
        return; // the database owner's local session (no accounts involved)
    const QVariant ok = sql::scalar(
        m_db,
        QStringLiteral("SELECT 1 FROM users u JOIN role_permissions p ON p.role_id = u.role_id "
                       "AND p.permission = ? WHERE u.id = ? AND u.disabled = 0"),
        {permission::code(Permission::ManageUsers), m_session.userId()});
    if (ok.isNull())
        fail(DocketError::Code::Forbidden,
             tr("%1 may no longer manage users: the account was disabled or its role changed. "
                "Sign in again.")
                 .arg(m_session.userName()));
}

void UserStore::ensureAnAdministratorRemains() const
{
    const qint64 n =
        sql::scalar(m_db,
                    QStringLiteral("SELECT COUNT(*) FROM users u JOIN role_permissions p ON "
                                   "p.role_id = u.role_id AND p.permission = ? WHERE u.disabled "
                                   "= 0"),
                    {permission::code(Permission::ManageUsers)})
            .toLongLong();
    if (n == 0)
        fail(DocketError::Code::Conflict,
             tr("This change would leave no active account that can manage users. Give another "
                "account that right first."));
}

UserInfo UserStore::userWhere(const QString& condition, const QVariant& value) const
{
    QSqlQuery q = sql::run(m_db,
                           QStringLiteral("SELECT %1 FROM users u JOIN roles r ON r.id = u.role_id "
                                          "WHERE %2")
                               .arg(QLatin1String(kUserColumns), condition),
                           {value});
    if (!q.next())
        notFound(value, tr("There is no user named \"%1\"."), tr("User %1 was not found."),
                 QStringLiteral("user"));
    return readUser(q);
}

RoleInfo UserStore::roleWhere(const QString& condition, const QVariant& value) const
{
    QSqlQuery q = sql::run(m_db,
                           QStringLiteral("SELECT %1 FROM roles r WHERE %2")
                               .arg(QLatin1String(kRoleColumns), condition),
                           {value});
    if (!q.next())
        notFound(value, tr("There is no role named \"%1\"."), tr("Role %1 was not found."),
                 QStringLiteral("role"));
    RoleInfo r = readRole(q);
    r.permissions = permissionsOf(m_db, r.id);
    return r;
}

Session UserStore::sessionForUser(qint64 userId) const
{
    const UserInfo u = userWhere(QStringLiteral("u.id = ?"), userId);
    return Session(u.id, u.name, permissionsOf(m_db, u.roleId), u.scope, u.roleName);
}

// ---- without a session ----

bool UserStore::hasUsers() const
{
    return !sql::scalar(m_db, QStringLiteral("SELECT 1 FROM users LIMIT 1")).isNull();
}

Session UserStore::authenticate(const QString& name, const QString& pw)
{
    const SignInAttempt attempt = beginSignIn(name);
    return finishSignIn(attempt, judge(attempt, pw), pw);
}

UserStore::SignInAttempt UserStore::readAccount(const QString& nameIn) const
{
    SignInAttempt a;
    a.name = nameIn.trimmed();
    a.strength = m_policy.strength;
    if (a.name.isEmpty())
        return a;
    QSqlQuery q = sql::run(m_db,
                           QStringLiteral("SELECT id, name, password_hash, disabled, locked_until "
                                          "FROM users WHERE lower(name) = lower(?)"),
                           {a.name});
    if (!q.next())
        return a; // judged against a dummy hash, then refused like a wrong password
    a.userId = q.value(0).toLongLong();
    a.userName = q.value(1).toString();
    a.storedHash = q.value(2).toString();
    a.disabled = q.value(3).toInt() != 0;
    a.lockedUntil = q.value(4).isNull() ? 0 : q.value(4).toLongLong();
    return a;
}

UserStore::SignInAttempt UserStore::beginSignIn(const QString& name)
{
    if (name.trimmed().isEmpty())
        fail(DocketError::Code::Invalid, tr("Enter your user name."), QStringLiteral("name"));
    const SignInAttempt a = readAccount(name);
    if (a.lockedUntil > now()) {
        recordSignIn(a.userName, [&] {
            log(QStringLiteral("sign_in_failed"), a.userName, a.userName, {}, {},
                QStringLiteral("locked"));
        });
        fail(DocketError::Code::Forbidden,
             tr("The account %1 is locked after too many wrong passwords until %2. Try again "
                "then, or ask an administrator to unlock it.")
                 .arg(a.userName, localTimeText(a.lockedUntil)),
             QStringLiteral("name"));
    }
    return a;
}

bool UserStore::judge(const SignInAttempt& attempt, const QString& pw)
{
    if (attempt.userId == 0) {
        // As long as a real check, so that a wrong name cannot be told by its time.
        verifyDummy(attempt.strength, pw);
        return false;
    }
    return password::verify(attempt.storedHash, pw);
}

std::optional<Session> UserStore::prospectiveSession(const SignInAttempt& attempt) const
{
    if (attempt.userId == 0 || attempt.disabled)
        return std::nullopt;
    return sessionForUser(attempt.userId);
}

Session UserStore::finishSignIn(const SignInAttempt& attempt, bool right, const QString& pw)
{
    const QString wrong = tr("The user name or password is wrong.");
    if (attempt.userId == 0) {
        recordSignIn(attempt.name, [&] {
            log(QStringLiteral("sign_in_failed"), attempt.name, attempt.name, {}, {},
                QStringLiteral("unknown user"));
        });
        fail(DocketError::Code::Forbidden, wrong, QStringLiteral("password"));
    }
    const qint64 id = attempt.userId;
    const QString& userName = attempt.userName;
    if (!right) {
        qint64 until = 0;
        recordSignIn(userName, [&] {
            sql::run(m_db,
                     QStringLiteral("UPDATE users SET failed_attempts = failed_attempts + 1 "
                                    "WHERE id = ?"),
                     {id});
            const int failures =
                sql::scalar(m_db, QStringLiteral("SELECT failed_attempts FROM users WHERE id = ?"),
                            {id})
                    .toInt();
            log(QStringLiteral("sign_in_failed"), userName, userName, {}, {},
                QStringLiteral("wrong password (%1 in a row)").arg(failures));
            if (failures >= m_policy.maxFailedAttempts) {
                until = now() + m_policy.lockoutSeconds;
                sql::run(m_db,
                         QStringLiteral("UPDATE users SET failed_attempts = 0, locked_until = ? "
                                        "WHERE id = ?"),
                         {until, id});
                log(QStringLiteral("lockout"), userName, userName, {},
                    QDateTime::fromSecsSinceEpoch(until, Qt::UTC).toString(Qt::ISODate),
                    QStringLiteral("%1 wrong passwords in a row").arg(failures));
            }
        });
        if (until > 0)
            fail(DocketError::Code::Forbidden,
                 tr("Too many wrong passwords: the account %1 is locked until %2.")
                     .arg(userName, localTimeText(until)),
                 QStringLiteral("password"));
        fail(DocketError::Code::Forbidden, wrong, QStringLiteral("password"));
    }

    if (attempt.disabled) {
        recordSignIn(userName, [&] {
            log(QStringLiteral("sign_in_failed"), userName, userName, {}, {},
                QStringLiteral("disabled"));
        });
        fail(DocketError::Code::Forbidden,
             tr("The account %1 is disabled. Ask an administrator to enable it.").arg(userName),
             QStringLiteral("name"));
    }

    // Hash again when the costs changed since the password was set.
    QString rehashed;
    if (password::needsRehash(attempt.storedHash, m_policy.strength))
        rehashed = hashPassword(pw);
    recordSignIn(userName, [&] {
        sql::run(m_db,
                 QStringLiteral("UPDATE users SET failed_attempts = 0, locked_until = NULL WHERE "
                                "id = ?"),
                 {id});
        if (!rehashed.isEmpty())
            sql::run(m_db, QStringLiteral("UPDATE users SET password_hash = ? WHERE id = ?"),
                     {rehashed, id});
        log(QStringLiteral("sign_in"), userName, userName);
    });
    return sessionForUser(id);
}

// Signing in must not depend on being able to write: the record of an
// attempt (its security event, the failure count, a lockout) is written in a
// transaction of its own, after a short wait at most; on a database that
// cannot be written now (read-only, locked by another program, a full disk)
// the sign-in goes on unrecorded (the transaction rolls back whole, nothing
// is half-written) and the log says so.
void UserStore::recordSignIn(const QString& userName, const std::function<void()>& write) const
{
    try {
        sql::WriteTransaction tx(m_db, kSignInRecordWaitMs, /*announce=*/false);
        write();
        tx.commit();
    } catch (const DocketError& e) {
        if (!sql::isUnwritable(e))
            throw;
        qWarning("Sign-in attempt of %s could not be recorded in the security log: %s",
                 qUtf8Printable(userName), qUtf8Printable(e.message()));
    }
}

Session UserStore::createFirstAdministrator(const QString& nameIn, const QString& displayName,
                                            const QString& pw)
{
    const QString name = nameIn.trimmed();
    checkName(name);
    checkPassword(pw, QStringLiteral("password"));
    if (hasUsers())
        fail(DocketError::Code::Conflict,
             tr("This database already has users; an administrator adds new ones."));
    const QString h = hashPassword(pw);
    sql::WriteTransaction tx(m_db);
    dialect::setLoginPassword(m_db, pw); // PostgreSQL: the user's login role gets it too
    if (hasUsers())                      // someone else was quicker
        fail(DocketError::Code::Conflict,
             tr("This database already has users; an administrator adds new ones."));
    const QVariant roleId = sql::scalar(
        m_db, QStringLiteral("SELECT id FROM roles WHERE name = 'administrator' AND builtin = 1"));
    if (roleId.isNull())
        fail(DocketError::Code::Database,
             tr("The built-in role \"administrator\" is missing from this database."));
    sql::run(m_db,
             QStringLiteral(
                 "INSERT INTO users(name, display_name, password_hash, role_id, scope, "
                 "created_at, password_changed_at) VALUES (?, COALESCE(?, ''), ?, ?, 'all', ?, ?)"),
             {name, displayName.trimmed(), h, roleId, now(), now()});
    log(QStringLiteral("user_created"), name, name, {},
        QStringLiteral("role=administrator; scope=all"), QStringLiteral("first administrator"));
    tx.commit();
    return sessionForUser(userWhere(QStringLiteral("lower(u.name) = lower(?)"), name).id);
}

// ---- own account ----

void UserStore::changeOwnPassword(const QString& oldPassword, const QString& newPassword)
{
    if (m_session.userId() <= 0)
        fail(DocketError::Code::Forbidden,
             tr("%1 has no Docket account whose password could change.").arg(m_session.userName()));
    const QVariant h = sql::scalar(
        m_db, QStringLiteral("SELECT password_hash FROM users WHERE id = ? AND disabled = 0"),
        {m_session.userId()});
    if (h.isNull())
        fail(DocketError::Code::Forbidden,
             tr("The account %1 is disabled or was removed.").arg(m_session.userName()));
    if (!password::verify(h.toString(), oldPassword)) {
        sql::WriteTransaction tx(m_db);
        log(QStringLiteral("password_change_failed"), m_session.userName(), m_session.userName(),
            {}, {}, QStringLiteral("wrong current password"));
        tx.commit();
        fail(DocketError::Code::Forbidden, tr("The current password is wrong."),
             QStringLiteral("old_password"));
    }
    checkPassword(newPassword, QStringLiteral("new_password"));
    if (newPassword == oldPassword)
        fail(DocketError::Code::Invalid, tr("The new password must differ from the current one."),
             QStringLiteral("new_password"));
    const QString nh = hashPassword(newPassword);
    sql::WriteTransaction tx(m_db);
    if (sql::backendOf(m_db) == Backend::PostgreSQL) {
        // The server changes only the session's own account (and its login's
        // password) and records it.
        dialect::setAuditContext(m_db, m_session.userName(), now());
        serverwrites::setOwnPassword(m_db, m_session.userId(), nh, newPassword);
        tx.commit();
        return;
    }
    sql::run(m_db,
             QStringLiteral("UPDATE users SET password_hash = ?, password_changed_at = ? WHERE id "
                            "= ?"),
             {nh, now(), m_session.userId()});
    log(QStringLiteral("password_changed"), m_session.userName(), m_session.userName());
    tx.commit();
}

Session UserStore::refreshedSession() const
{
    if (m_session.userId() <= 0)
        return m_session;
    const QVariant disabled = sql::scalar(
        m_db, QStringLiteral("SELECT disabled FROM users WHERE id = ?"), {m_session.userId()});
    if (disabled.isNull() || disabled.toInt() != 0)
        fail(DocketError::Code::Forbidden,
             tr("The account %1 is disabled or was removed.").arg(m_session.userName()));
    return sessionForUser(m_session.userId());
}

// ---- administration ----

QList<UserInfo> UserStore::users() const
{
    requireManageUsers();
    QList<UserInfo> out;
    QSqlQuery q = sql::run(m_db, QStringLiteral("SELECT %1 FROM users u JOIN roles r ON r.id = "
                                                "u.role_id ORDER BY lower(u.name)")
                                     .arg(QLatin1String(kUserColumns)));
    while (q.next())
        out << readUser(q);
    return out;
}

UserInfo UserStore::user(qint64 id) const
{
    requireManageUsers();
    return userWhere(QStringLiteral("u.id = ?"), id);
}

UserInfo UserStore::user(const QString& name) const
{
    requireManageUsers();
    return userWhere(QStringLiteral("lower(u.name) = lower(?)"), name.trimmed());
}

qint64 UserStore::addUser(const NewUser& nu)
{
    requireManageUsers();
    const QString name = nu.name.trimmed();
    checkName(name);
    if (nu.displayName.size() > 200)
        fail(DocketError::Code::Invalid,
             tr("The display name is too long (at most 200 characters)."),
             QStringLiteral("display_name"));
    checkPassword(nu.password, QStringLiteral("password"));
    checkScope(nu.scope);
    const RoleInfo r = roleWhere(QStringLiteral("lower(r.name) = lower(?)"), nu.roleName.trimmed());
    const QString h = hashPassword(nu.password);
    sql::WriteTransaction tx(m_db);
    dialect::setLoginPassword(m_db, nu.password); // PostgreSQL: the login role gets it too
    if (!sql::scalar(m_db, QStringLiteral("SELECT 1 FROM users WHERE lower(name) = lower(?)"),
                     {name})
             .isNull())
        fail(DocketError::Code::Conflict, tr("A user named \"%1\" already exists.").arg(name),
             QStringLiteral("name"));
    sql::run(m_db,
             QStringLiteral(
                 "INSERT INTO users(name, display_name, password_hash, role_id, scope, "
                 "created_at, password_changed_at) VALUES (?, COALESCE(?, ''), ?, ?, ?, ?, ?)"),
             {name, nu.displayName.trimmed(), h, r.id, nu.scope.toString(), now(), now()});
    const qint64 id =
        sql::scalar(m_db, QStringLiteral("SELECT id FROM users WHERE lower(name) = lower(?)"),
                    {name})
            .toLongLong();
    log(QStringLiteral("user_created"), m_session.userName(), name, {},
        QStringLiteral("role=%1; scope=%2").arg(r.name, nu.scope.toString()));
    tx.commit();
    return id;
}

void UserStore::setRole(qint64 userId, const QString& roleName)
{
    requireManageUsers();
    const UserInfo u = userWhere(QStringLiteral("u.id = ?"), userId);
    const RoleInfo r = roleWhere(QStringLiteral("lower(r.name) = lower(?)"), roleName.trimmed());
    if (r.id == u.roleId)
        return;
    sql::WriteTransaction tx(m_db);
    sql::run(m_db, QStringLiteral("UPDATE users SET role_id = ? WHERE id = ?"), {r.id, userId});
    log(QStringLiteral("role_assigned"), m_session.userName(), u.name, u.roleName, r.name);
    ensureAnAdministratorRemains();
    tx.commit();
}

void UserStore::setScope(qint64 userId, const Scope& scope)
{
    requireManageUsers();
    checkScope(scope);
    const UserInfo u = userWhere(QStringLiteral("u.id = ?"), userId);
    if (u.scope == scope)
        return;
    sql::WriteTransaction tx(m_db);
    sql::run(m_db, QStringLiteral("UPDATE users SET scope = ? WHERE id = ?"),
             {scope.toString(), userId});
    log(QStringLiteral("scope_changed"), m_session.userName(), u.name, u.scope.toString(),
        scope.toString());
    tx.commit();
}

void UserStore::setDisabled(qint64 userId, bool disabled)
{
    requireManageUsers();
    const UserInfo u = userWhere(QStringLiteral("u.id = ?"), userId);
    if (disabled && userId == m_session.userId())
        fail(DocketError::Code::Invalid, tr("You cannot disable your own account."),
             QStringLiteral("user"));
    if (u.disabled == disabled)
        return;
    sql::WriteTransaction tx(m_db);
    sql::run(m_db, QStringLiteral("UPDATE users SET disabled = ? WHERE id = ?"),
             {disabled ? 1 : 0, userId});
    log(disabled ? QStringLiteral("user_disabled") : QStringLiteral("user_enabled"),
        m_session.userName(), u.name,
        disabled ? QStringLiteral("enabled") : QStringLiteral("disabled"),
        disabled ? QStringLiteral("disabled") : QStringLiteral("enabled"));
    if (disabled)
        ensureAnAdministratorRemains();
    tx.commit();
}

void UserStore::resetPassword(qint64 userId, const QString& newPassword)
{
    requireManageUsers();
    const UserInfo u = userWhere(QStringLiteral("u.id = ?"), userId);
    checkPassword(newPassword, QStringLiteral("password"));
    const QString h = hashPassword(newPassword);
    sql::WriteTransaction tx(m_db);
    dialect::setLoginPassword(m_db, newPassword); // PostgreSQL: and the login role's
    sql::run(m_db,
             QStringLiteral("UPDATE users SET password_hash = ?, password_changed_at = ?, "
                            "failed_attempts = 0, locked_until = NULL WHERE id = ?"),
             {h, now(), userId});
    log(QStringLiteral("password_reset"), m_session.userName(), u.name);
    tx.commit();
}

void UserStore::unlock(qint64 userId)
{
    requireManageUsers();
    const UserInfo u = userWhere(QStringLiteral("u.id = ?"), userId);
    sql::WriteTransaction tx(m_db);
    sql::run(m_db,
             QStringLiteral("UPDATE users SET failed_attempts = 0, locked_until = NULL WHERE id "
                            "= ?"),
             {userId});
    log(QStringLiteral("user_unlocked"), m_session.userName(), u.name,
        u.lockedUntil.isValid() ? u.lockedUntil.toString(Qt::ISODate) : QString());
    tx.commit();
}

QList<RoleInfo> UserStore::roles() const
{
    requireManageUsers();
    QList<RoleInfo> out;
    QSqlQuery q = sql::run(m_db, QStringLiteral("SELECT %1 FROM roles r ORDER BY r.builtin DESC, "
                                                "r.id")
                                     .arg(QLatin1String(kRoleColumns)));
    while (q.next())
        out << readRole(q);
    for (RoleInfo& r : out)
        r.permissions = permissionsOf(m_db, r.id);
    return out;
}

RoleInfo UserStore::role(const QString& name) const
{
    requireManageUsers();
    return roleWhere(QStringLiteral("lower(r.name) = lower(?)"), name.trimmed());
}

qint64 UserStore::createRole(const QString& nameIn, const QString& description,
                             const QSet<Permission>& permissions)
{
    requireManageUsers();
    const QString name = nameIn.trimmed();
    static const QRegularExpression re(QStringLiteral("^[\\p{L}\\p{N} ._-]{1,64}$"));
    checkNamed(name, re, tr("The role name is required."),
               tr("The role name \"%1\" may hold only letters, digits, spaces and . _ - (at "
                  "most 64)."),
               QStringLiteral("role"));
    sql::WriteTransaction tx(m_db);
    if (!sql::scalar(m_db, QStringLiteral("SELECT 1 FROM roles WHERE lower(name) = lower(?)"),
                     {name})
             .isNull())
        fail(DocketError::Code::Conflict, tr("A role named \"%1\" already exists.").arg(name),
             QStringLiteral("role"));
    sql::run(m_db,
             QStringLiteral("INSERT INTO roles(name, description, builtin, created_at) VALUES (?, "
                            "COALESCE(?, ''), 0, ?)"),
             {name, description.trimmed(), now()});
    const qint64 id =
        sql::scalar(m_db, QStringLiteral("SELECT id FROM roles WHERE lower(name) = lower(?)"),
                    {name})
            .toLongLong();
    for (Permission p : permission::all())
        if (permissions.contains(p))
            sql::run(m_db,
                     QStringLiteral("INSERT INTO role_permissions(role_id, permission) VALUES "
                                    "(?, ?)"),
                     {id, permission::code(p)});
    log(QStringLiteral("role_created"), m_session.userName(), name, {}, codesText(permissions));
    tx.commit();
    return id;
}

void UserStore::setRolePermissions(qint64 roleId, const QSet<Permission>& permissions)
{
    requireManageUsers();
    const RoleInfo r = roleWhere(QStringLiteral("r.id = ?"), roleId);
    if (r.builtIn)
        fail(DocketError::Code::Invalid,
             tr("The built-in role \"%1\" cannot be changed; make a custom role instead.")
                 .arg(r.label()),
             QStringLiteral("role"));
    if (r.permissions == permissions)
        return;
    sql::WriteTransaction tx(m_db);
    sql::run(m_db, QStringLiteral("DELETE FROM role_permissions WHERE role_id = ?"), {roleId});
    for (Permission p : permission::all())
        if (permissions.contains(p))
            sql::run(m_db,
                     QStringLiteral("INSERT INTO role_permissions(role_id, permission) VALUES "
                                    "(?, ?)"),
                     {roleId, permission::code(p)});
    log(QStringLiteral("role_permissions_changed"), m_session.userName(), r.name,
        codesText(r.permissions), codesText(permissions));
    ensureAnAdministratorRemains();
    tx.commit();
}

void UserStore::deleteRole(qint64 roleId)
{
    requireManageUsers();
    const RoleInfo r = roleWhere(QStringLiteral("r.id = ?"), roleId);
    if (r.builtIn)
        fail(DocketError::Code::Invalid,
             tr("The built-in role \"%1\" cannot be deleted.").arg(r.label()),
             QStringLiteral("role"));
    if (r.userCount > 0)
        fail(DocketError::Code::Conflict,
             tr("The role \"%1\" still belongs to %n user(s); give them another role first.",
                nullptr, r.userCount)
                 .arg(r.name),
             QStringLiteral("role"));
    sql::WriteTransaction tx(m_db);
    sql::run(m_db, QStringLiteral("DELETE FROM role_permissions WHERE role_id = ?"), {roleId});
    sql::run(m_db, QStringLiteral("DELETE FROM roles WHERE id = ?"), {roleId});
    log(QStringLiteral("role_deleted"), m_session.userName(), r.name, codesText(r.permissions), {});
    tx.commit();
}

} // namespace docket
