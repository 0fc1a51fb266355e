#include "serviceaccount.h"

#include "db/sql.h"
#include "domain/errors.h"

#include <QRegularExpression>
#include <QSqlQuery>

namespace docket::serviceaccount {

QString whyUnfit(const QSqlDatabase& db)
{
    if (sql::backendOf(db) != Backend::PostgreSQL)
        return {};
    QSqlQuery q = sql::run(
        db, QStringLiteral("SELECT current_user::text, r.rolsuper, "
                           "pg_has_role(current_user, (SELECT c.relowner FROM pg_class c WHERE "
                           "c.oid = CAST('orders' AS regclass)), 'MEMBER'), "
                           "pg_has_role(current_user, 'docket_service', 'MEMBER'), "
                           "pg_has_role(current_user, 'docket_user', 'MEMBER') "
                           "FROM pg_roles r WHERE r.rolname = current_user"));
    if (!q.next())
        return Texts::tr("The database user is unknown to the server.");
    const QString user = q.value(0).toString();
    if (q.value(1).toBool())
        return Texts::tr("%1 is a superuser of the database server. The gateway runs as a "
                         "service account (docketctl service-account create NAME), never as a "
                         "superuser.")
            .arg(user);
    if (q.value(2).toBool())
        return Texts::tr("%1 owns Docket's tables. The gateway runs as a service account "
                         "(docketctl service-account create NAME), never as the owner.")
            .arg(user);
    if (q.value(4).toBool())
        return Texts::tr("%1 is a Docket user's login. The gateway runs as a service account "
                         "(docketctl service-account create NAME).")
            .arg(user);
    if (!q.value(3).toBool())
        return Texts::tr("%1 is not a service account (a member of docket_service): create one "
                         "with docketctl service-account create NAME.")
            .arg(user);
    return {};
}

void create(const QSqlDatabase& db, const QString& name, const QString& password)
{
    if (sql::backendOf(db) != Backend::PostgreSQL)
        throw DocketError(DocketError::Code::Invalid,
                          Texts::tr("Service accounts exist on a PostgreSQL server only; on "
                                    "SQLite the gateway opens the file itself."));
    static const QRegularExpression re(QStringLiteral("^[a-z][a-z0-9_]{2,62}$"));
    if (!re.match(name).hasMatch() || name.startsWith(QLatin1String("pg_")) ||
        name.startsWith(QLatin1String("docket_")))
        throw DocketError(DocketError::Code::Invalid,
                          Texts::tr("A service account's name is 3 to 63 lower-case letters, "
                                    "digits or underscores, starting with a letter, and does not "
                                    "start with pg_ or docket_: \"%1\" is not.")
                              .arg(name),
                          QStringLiteral("name"));
    if (password.size() < 12)
        throw DocketError(DocketError::Code::Invalid,
                          Texts::tr("A service account's password has at least 12 characters."),
                          QStringLiteral("password"));
    if (!sql::scalar(db, QStringLiteral("SELECT 1 FROM pg_roles WHERE rolname = ?"), {name})
             .isNull())
        throw DocketError(DocketError::Code::Conflict,
                          Texts::tr("The server has a role called %1 already.").arg(name),
                          QStringLiteral("name"));
    sql::WriteTransaction tx(db);
    const QString create =
        sql::scalar(db,
                    QStringLiteral("SELECT format('CREATE ROLE %I LOGIN PASSWORD %L IN ROLE "
                                   "docket_service', CAST(? AS text), CAST(? AS text))"),
                    {name, password})
            .toString();
    sql::run(db, create);
    sql::run(db, sql::scalar(db,
                             QStringLiteral("SELECT format('GRANT CONNECT ON DATABASE %I TO %I', "
                                            "current_database(), CAST(? AS text))"),
                             {name})
                     .toString());
    tx.commit();
}

} // namespace docket::serviceaccount
