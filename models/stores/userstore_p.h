#pragma once

// Helpers the UserStore files share (userstore.cpp, usersignin.cpp,
// userroles.cpp); not for other code.

#include "domain/errors.h"
#include "domain/session.h"

#include <QSet>
#include <QSqlDatabase>
#include <QString>
#include <QVariant>

class QRegularExpression;

namespace docket::userrows {

[[noreturn]] void fail(DocketError::Code code, const QString& message, const QString& field = {});

// Invalid (naming `field`) for an empty name (`required`) or one `pattern`
// refuses (`refused`, %1 the name).
void checkNamed(const QString& name, const QRegularExpression& pattern, const QString& required,
                const QString& refused, const QString& field);

// NotFound for a lookup by name (`key` a string: `byName`, %1 the name) or by
// id (`byId`, %1 the id).
[[noreturn]] void notFound(const QVariant& key, const QString& byName, const QString& byId,
                           const QString& field);

// A time of the security log in the user's locale and zone.
QString localTimeText(qint64 secs);

// The rights a role holds.
QSet<Permission> permissionsOf(const QSqlDatabase& db, qint64 roleId);

} // namespace docket::userrows
