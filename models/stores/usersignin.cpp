// UserStore: signing in (without a session) and the own account.

#include "userstore.h"

#include "serverwrites.h"
#include "userstore_p.h"

#include "db/dialect.h"
#include "db/sql.h"
#include "domain/errors.h"

#include <QSqlQuery>

namespace docket {

using namespace userrows;

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

} // namespace docket
