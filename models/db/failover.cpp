// Failover to a promoted standby (DatabaseConfig::otherServers): which server
// a connection reached, the announcement when it changed, and waiting for a
// server that takes changes again. See sql.h and docs/scaling.md.

#include "sql.h"
#include "statementcache.h"

#include <QDeadlineTimer>
#include <QHash>
#include <QMutex>
#include <QSqlDriver>
#include <QThread>
#include <utility>

namespace docket::sql {

namespace {

constexpr char kServer[] = "docket_server";

struct ServerState
{
    QMutex mutex;
    ServerChangeObserver observer;
    QHash<QString, QString> lastServer; // display name -> "host:port"
};

ServerState& serverState()
{
    static ServerState state;
    return state;
}

} // namespace

void setServerChangeObserver(ServerChangeObserver observer)
{
    QMutexLocker lock(&serverState().mutex);
    serverState().observer = std::move(observer);
}

QString serverChangeMessage(const ServerChange& change)
{
    return Database::tr("The database server %1 stopped taking changes; Docket now works with "
                        "%2, the new primary. Nothing that was saved is lost.")
        .arg(change.from, change.to);
}

void noteServer(const QSqlDatabase& db)
{
    if (backendOf(db) != Backend::PostgreSQL || !db.hostName().contains(QLatin1Char(',')) ||
        !db.isOpen())
        return;
    QString now;
    {
        QSqlQuery q(db);
        if (!q.exec(QStringLiteral("SELECT host(inet_server_addr()), inet_server_port()")) ||
            !q.next())
            return;
        const QString host = q.value(0).toString();
        now =
            (host.contains(QLatin1Char(':')) ? QLatin1Char('[') + host + QLatin1Char(']') : host) +
            QLatin1Char(':') + q.value(1).toString();
    }
    db.driver()->setProperty(kServer, now);
    ServerChange change{displayName(db), {}, now};
    ServerChangeObserver observer;
    {
        QMutexLocker lock(&serverState().mutex);
        QString& last = serverState().lastServer[change.database];
        if (last == now)
            return;
        change.from = std::exchange(last, now);
        if (change.from.isEmpty())
            return; // the first server this process reached
        observer = serverState().observer;
    }
    qWarning("Database server changed for %s: %s -> %s", qUtf8Printable(change.database),
             qUtf8Printable(change.from), qUtf8Printable(change.to));
    if (observer)
        observer(change);
}

QString currentServer(const QSqlDatabase& db)
{
    return db.driver() ? db.driver()->property(kServer).toString() : QString();
}

bool awaitServer(const QSqlDatabase& db, int waitMs)
{
    QDeadlineTimer deadline(waitMs);
    for (;;) {
        try {
            ensureOpen(db);
            QSqlQuery q(db);
            if (q.exec(QStringLiteral("SELECT 1")))
                return true;
            statementcache::forget(db.driver());
            if (db.driver()->isOpen())
                const_cast<QSqlDriver*>(db.driver())->close();
        } catch (const DocketError& e) {
            if (!isConnectionLost(e))
                return false;
        }
        if (deadline.hasExpired())
            return false;
        QThread::msleep(250);
    }
}

} // namespace docket::sql
