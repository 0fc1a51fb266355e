#include "serverprobe.h"

#include "domain/errors.h"

#include <QSqlQuery>

namespace docket {

ServerProbe probeServer(const DatabaseConfig& config)
{
    Database db(config);
    const QString purpose = QStringLiteral("connection-test");
    ServerProbe p;
    try {
        QSqlDatabase c = db.connection(purpose);
        QSqlQuery q(c);
        if (q.exec(QStringLiteral("SHOW server_version")) && q.next())
            p.serverVersion = q.value(0).toString().section(QLatin1Char(' '), 0, 0);
        p.schema = db.schemaVersion();
        p.latestSchema = Database::latestSchemaVersion(config.backend);
        p.hasTables = !c.tables().isEmpty();
        p.connected = true;
    } catch (const DocketError& e) {
        p.error = e.message();
    }
    db.closeConnection(purpose);
    return p;
}

} // namespace docket
