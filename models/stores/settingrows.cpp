#include "settingrows.h"

#include "securitylog.h"

#include "db/dialect.h"
#include "db/sql.h"

namespace docket::settingrows {

void remove(const QSqlDatabase& db, const Session& session, qint64 ts, const Removal& removal)
{
    session.require(Permission::ChangeSettings);
    sql::WriteTransaction tx(db);
    int removed = 0;
    if (sql::backendOf(db) == Backend::PostgreSQL) {
        dialect::setAuditContext(db, session.userName(), ts);
        removed = sql::scalar(db, removal.serverCall, {removal.key}).toInt();
    } else {
        const QString target = removal.onSQLite(ts);
        if (!target.isEmpty()) {
            securityevent::insert(db, ts, session.userName(), removal.logKind, target);
            removed = 1;
        }
    }
    if (removed == 0)
        throw removal.notFound;
    tx.commit();
}

} // namespace docket::settingrows
