#pragma once

#include "domain/session.h"

#include <QSqlDatabase>
#include <optional>

namespace docket {

// Team mode: on PostgreSQL every Docket user is a login role of the server
// (see resources/sql/postgres/0005_database_rights.sql). A connection opened
// with a user's own login *is* that user: the server checked the password,
// and it enforces the same rights (GRANTs, row-level security, triggers).
//
// The session of that user, with their role's permissions and their scope as
// stored now. nullopt when the connection is not a Docket login: SQLite, or
// PostgreSQL as the database owner or a service account (trusted; they sign
// in to Docket as before). Throws DocketError(Forbidden) when the login's
// Docket account is disabled or gone.
std::optional<Session> sessionOfDatabaseLogin(const QSqlDatabase& db);

} // namespace docket
