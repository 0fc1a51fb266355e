#pragma once

#include "db/database.h"
#include "domain/session.h"
#include "passwords.h"
#include "securitylog.h"
#include "settings.h"

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QSqlDatabase>
#include <QTimeZone>
#include <functional>
#include <optional>

namespace docket {

namespace settings {
// Sign-in policy (central defaults; AccountPolicy::fromSettings reads them).
inline const Setting<int> maxFailedSignIns{"accounts/maxFailedSignIns", 5};
inline const Setting<int> lockoutMinutes{"accounts/lockoutMinutes", 15};
} // namespace settings

struct AccountPolicy
{
    int maxFailedAttempts = 5;       // wrong passwords in a row before a lockout
    qint64 lockoutSeconds = 15 * 60; // how long a lockout lasts
    int minPasswordLength = 8;
    HashStrength strength = HashStrength::Interactive;

    // The sign-in settings of this desktop, else the defaults above.
    static AccountPolicy fromSettings();
};

struct UserInfo
{
    qint64 id = 0;
    QString name;
    QString displayName;
    qint64 roleId = 0;
    QString roleName;
    Scope scope;
    bool disabled = false;
    int failedAttempts = 0;
    QDateTime lockedUntil; // UTC; invalid when not locked
    QDateTime createdAt;
    QDateTime passwordChangedAt;

    bool isLocked(const QDateTime& now) const { return lockedUntil.isValid() && lockedUntil > now; }
};

struct RoleInfo
{
    qint64 id = 0;
    QString name;
    QString description;
    bool builtIn = false;
    QSet<Permission> permissions;
    int userCount = 0;

    // Translated name and description of built-in roles; custom ones as stored.
    QString label() const;
    QString descriptionText() const;
};

// The translated name of a built-in role ("clerk" -> "Clerk"); a custom
// role's name as it is.
QString roleLabel(const QString& roleName);

struct NewUser
{
    QString name;
    QString displayName;
    QString password;
    QString roleName; // e.g. "clerk"
    Scope scope;
};

// Accounts, roles and the security log. authenticate(), hasUsers() and
// createFirstAdministrator() need no session; changeOwnPassword() needs the
// account's own session; everything else needs ManageUsers, re-checked
// against the database (a disabled or demoted administrator's old session is
// refused). Every change is one transaction with its security event. Use one
// store per connection (and so per thread).
class UserStore
{
    Q_DECLARE_TR_FUNCTIONS(UserStore)

public:
    explicit UserStore(QSqlDatabase db, Session session = {}, AccountPolicy policy = {});

    const Session& session() const { return m_session; }
    const AccountPolicy& policy() const { return m_policy; }
    // Clock for tests (UTC seconds); defaults to the system clock.
    void setClock(std::function<qint64()> clock) { m_clock = std::move(clock); }
    qint64 now() const { return m_clock(); }

    // ---- without a session ----
    bool hasUsers() const;
    // How long a sign-in waits to record itself on a database another
    // program is writing (then it goes on unrecorded; see authenticate()).
    static constexpr int kSignInRecordWaitMs = 500;
    // The session of `name` when `password` is right. Throws Forbidden for a
    // wrong name or password (one message for both), a locked account (says
    // until when) and a disabled one; Invalid for an empty name. Every attempt
    // is logged; maxFailedAttempts wrong passwords in a row lock the account.
    // Needs no write: on a database that cannot be written (read-only, busy,
    // full) the attempt is judged the same, only not recorded (the log says
    // so; a lockout cannot start there).
    Session authenticate(const QString& name, const QString& password);
    // authenticate() in three steps, so that its slow middle one (the
    // password's hash) can run on a thread of its own while the window is
    // built (the sign-in dialog): beginSignIn() reads the account (Invalid
    // for an empty name; a locked account is refused and recorded here);
    // judge() checks the password (no database: any thread; an unknown name
    // is checked against a dummy hash, as long); finishSignIn() records the
    // outcome and gives the session or refuses, as authenticate() does.
    struct SignInAttempt
    {
        QString name;      // as typed, trimmed
        qint64 userId = 0; // 0: no such account
        QString userName;  // as stored
        QString storedHash;
        bool disabled = false;
        qint64 lockedUntil = 0; // UTC seconds; 0: not locked
        HashStrength strength = HashStrength::Interactive;
    };
    SignInAttempt beginSignIn(const QString& name);
    // The account as beginSignIn() reads it, without refusing or recording
    // anything (the sign-in dialog judges a typed password ahead of Return).
    SignInAttempt readAccount(const QString& name) const;
    static bool judge(const SignInAttempt& attempt, const QString& password);
    Session finishSignIn(const SignInAttempt& attempt, bool passwordRight, const QString& password);
    // The session the attempt's account gets if its password is right
    // (nullopt for an unknown or disabled account); reads only.
    std::optional<Session> prospectiveSession(const SignInAttempt& attempt) const;
    // Only while there are no users at all (Conflict otherwise).
    Session createFirstAdministrator(const QString& name, const QString& displayName,
                                     const QString& password);

    // ---- the session's own account ----
    void changeOwnPassword(const QString& oldPassword, const QString& newPassword);
    // The session's account as it is now (role, permissions, scope); Forbidden
    // when it was disabled or removed meanwhile.
    Session refreshedSession() const;

    // ---- administration (ManageUsers) ----
    QList<UserInfo> users() const;
    UserInfo user(qint64 id) const;           // NotFound
    UserInfo user(const QString& name) const; // NotFound
    qint64 addUser(const NewUser& user);
    void setRole(qint64 userId, const QString& roleName);
    void setScope(qint64 userId, const Scope& scope);
    void setDisabled(qint64 userId, bool disabled);
    void resetPassword(qint64 userId, const QString& newPassword);
    void unlock(qint64 userId);

    QList<RoleInfo> roles() const;
    RoleInfo role(const QString& name) const; // NotFound
    qint64 createRole(const QString& name, const QString& description,
                      const QSet<Permission>& permissions);
    // Custom roles only (built-in roles are read-only: Invalid).
    void setRolePermissions(qint64 roleId, const QSet<Permission>& permissions);
    void deleteRole(qint64 roleId); // custom and unused only

    QList<SecurityEvent> securityEvents(const SecurityEventFilter& filter = {}) const;

    // "all", "own", "channels:web,retail" with known channel codes; Invalid
    // (naming the problem) otherwise.
    static Scope parseScope(const QString& text);
    // A scope for people: "All orders", "Own orders", "Channels: Web shop, …".
    static QString scopeLabel(const Scope& scope);

private:
    void requireManageUsers() const;
    void checkName(const QString& name) const;
    void checkPassword(const QString& password, const QString& field) const;
    void checkScope(const Scope& scope) const;
    void recordSignIn(const QString& userName, const std::function<void()>& write) const;
    void log(const QString& kind, const QString& actor, const QString& target = {},
             const QString& oldValue = {}, const QString& newValue = {},
             const QString& note = {}) const;
    void ensureAnAdministratorRemains() const;
    Session sessionForUser(qint64 userId) const;
    UserInfo userWhere(const QString& condition, const QVariant& value) const;
    RoleInfo roleWhere(const QString& condition, const QVariant& value) const;
    QString hashPassword(const QString& password) const;
    static void verifyDummy(HashStrength strength, const QString& password);

    QSqlDatabase m_db;
    Session m_session;
    AccountPolicy m_policy;
    std::function<qint64()> m_clock;
};

} // namespace docket
