#pragma once

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QString>

// Service accounts (team mode): the PostgreSQL logins of headless services
// such as docket-gateway. A service account is a member of docket_service
// (resources/sql/postgres/0009_server_rules.sql, 0040_gateway.sql): trusted to
// name the actor of the audit trail, it writes orders through the same
// checked functions as every desk and holds only the few table rights the
// gateway needs. It is never a superuser, never the owner of Docket's tables
// and never a Docket user's login.
namespace docket::serviceaccount {

struct Texts
{
    Q_DECLARE_TR_FUNCTIONS(ServiceAccount)
};

// Why `db`'s session is not fit for a service (empty when it is): on
// PostgreSQL it must be a member of docket_service and neither a superuser,
// the owner of Docket's tables nor a Docket login. SQLite has no accounts:
// always fit.
QString whyUnfit(const QSqlDatabase& db);

// Creates the login `name` with `password` as a member of docket_service
// (run as the owner, which may create roles). Invalid for a bad name,
// Conflict when a role of that name exists.
void create(const QSqlDatabase& db, const QString& name, const QString& password);

} // namespace docket::serviceaccount
