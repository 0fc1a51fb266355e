#include "userstore.h"

#include "userstore_p.h"

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

namespace userrows {

[[noreturn]] void fail(DocketError::Code code, const QString& message, const QString& field)
{
    throw DocketError(code, message, field);
}

void checkNamed(const QString& name, const QRegularExpression& pattern, const QString& required,
                const QString& refused, const QString& field)
{
    if (name.trimmed().isEmpty())
        fail(DocketError::Code::Invalid, required, field);
    if (!pattern.match(name).hasMatch())
        fail(DocketError::Code::Invalid, refused.arg(name), field);
}

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

} // namespace userrows

using namespace userrows;

namespace {

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

} // namespace

// ---- policy ----

AccountPolicy AccountPolicy::fromSettings()
{
    AccountPolicy p;
    p.maxFailedAttempts = std::clamp(settings::maxFailedSignIns.value(), 1, 100);
    p.lockoutSeconds = qint64(std::clamp(settings::lockoutMinutes.value(), 0, 60 * 24 * 30)) * 60;
    return p;
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

Session UserStore::sessionForUser(qint64 userId) const
{
    const UserInfo u = userWhere(QStringLiteral("u.id = ?"), userId);
    return Session(u.id, u.name, permissionsOf(m_db, u.roleId), u.scope, u.roleName);
}

// Signing in and the own account: usersignin.cpp. Roles: userroles.cpp.

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

} // namespace docket
