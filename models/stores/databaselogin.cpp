#include "databaselogin.h"

#include "db/sql.h"
#include "domain/errors.h"

#include <QCoreApplication>
#include <QSqlQuery>

namespace docket {

std::optional<Session> sessionOfDatabaseLogin(const QSqlDatabase& db)
{
    if (sql::backendOf(db) != Backend::PostgreSQL)
        return std::nullopt;
    if (!sql::scalar(db, QStringLiteral("SELECT docket_is_login()")).toBool())
        return std::nullopt;
    QSqlQuery u = sql::run(db, QStringLiteral("SELECT u.id, u.name, u.scope, r.name, u.role_id "
                                              "FROM users u JOIN roles r ON r.id = u.role_id "
                                              "WHERE lower(u.name) = lower(session_user::text) "
                                              "AND u.disabled = 0"));
    if (!u.next())
        throw DocketError(
            DocketError::Code::Forbidden,
            QCoreApplication::translate("DatabaseLogin",
                                        "The database user %1 has no active Docket account: it "
                                        "was disabled or removed. Ask an administrator.")
                .arg(sql::scalar(db, QStringLiteral("SELECT session_user")).toString()));
    const qint64 id = u.value(0).toLongLong();
    const QString name = u.value(1).toString();
    const Scope scope = Scope::fromString(u.value(2).toString());
    const QString roleName = u.value(3).toString();
    QSet<Permission> permissions;
    QSqlQuery p =
        sql::run(db, QStringLiteral("SELECT permission FROM role_permissions WHERE role_id = ?"),
                 {u.value(4)});
    while (p.next()) {
        Permission perm;
        if (permission::fromCode(p.value(0).toString(), &perm))
            permissions.insert(perm);
    }
    return Session(id, name, permissions, scope, roleName);
}

} // namespace docket
