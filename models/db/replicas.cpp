// Read replicas (issue 18 item 2): lists, counts and charts read from a hot
// standby of a PostgreSQL primary when it is healthy, not too far behind and
// has replayed this process's own changes; everything else uses the primary.
// See Database::readConnection and docs/scaling.md.

#include "database.h"
#include "sql.h"
#include "statementcache.h"

#include <QDeadlineTimer>
#include <QElapsedTimer>
#include <QHash>
#include <QLocale>
#include <QMutex>
#include <QSqlDriver>
#include <QThread>
#include <atomic>
#include <cmath>
#include <optional>

namespace docket {

namespace {

constexpr char kTrackPosition[] = "docket_track_primary_position";
constexpr char kStandby[] = "docket_standby";
constexpr int kRetryStandbyMs = 30000; // an unreachable standby is asked again after this
constexpr int kRecheckMs = 1000;       // lag is asked at most this often
constexpr int kCatchUpWaitMs = 500;    // for the standby to replay our own last change

struct RouteState
{
    QMutex mutex;
    sql::ReadRouteObserver observer;
    QHash<QString, sql::ReadRoute> last;    // display name -> last route told
    QHash<QString, quint64> primaryAt;      // display name -> primary WAL position
    QHash<QString, qint64> standbyDownAt;   // connection name -> when it failed (ms)
    QHash<QString, QString> standbyDownWhy; // connection name -> why (translated)
};

RouteState& routeState()
{
    static RouteState state;
    return state;
}

qint64 nowMs()
{
    static QElapsedTimer clock = [] {
        QElapsedTimer t;
        t.start();
        return t;
    }();
    return clock.elapsed();
}

// What the standby says of itself in one round trip.
struct StandbyFacts
{
    bool inRecovery = false;
    quint64 replayed = 0;
    double lag = 0;
    QString server;
};

std::optional<StandbyFacts> askStandby(const QSqlDatabase& db)
{
    QSqlQuery q(db);
    // Lag: nothing received waits for replay -> 0; else how old the last
    // replayed transaction is.
    if (!q.exec(QStringLiteral(
            "SELECT pg_is_in_recovery(), CAST(pg_last_wal_replay_lsn() AS TEXT), "
            "CASE WHEN pg_last_wal_receive_lsn() IS NOT DISTINCT FROM pg_last_wal_replay_lsn() "
            "THEN 0 ELSE COALESCE(EXTRACT(EPOCH FROM clock_timestamp() - "
            "pg_last_xact_replay_timestamp()), 0) END, "
            "host(inet_server_addr()), inet_server_port()")) ||
        !q.next())
        return std::nullopt;
    StandbyFacts f;
    f.inRecovery = q.value(0).toBool();
    f.replayed = sql::parseLsn(q.value(1).toString());
    f.lag = std::max(0.0, q.value(2).toDouble());
    const QString host = q.value(3).toString();
    f.server =
        (host.contains(QLatin1Char(':')) ? QLatin1Char('[') + host + QLatin1Char(']') : host) +
        QLatin1Char(':') + q.value(4).toString();
    return f;
}

} // namespace

namespace sql {

void setReadRouteObserver(ReadRouteObserver observer)
{
    QMutexLocker lock(&routeState().mutex);
    routeState().observer = std::move(observer);
    routeState().last.clear();
}

void noteReadRoute(const ReadRoute& route)
{
    ReadRoute rounded = route;
    rounded.lagSeconds = std::round(route.lagSeconds * 10) / 10;
    ReadRouteObserver observer;
    {
        QMutexLocker lock(&routeState().mutex);
        auto it = routeState().last.find(route.database);
        if (it != routeState().last.end() && *it == rounded)
            return;
        routeState().last.insert(route.database, rounded);
        observer = routeState().observer;
    }
    if (observer)
        observer(rounded);
}

QString readRouteMessage(const ReadRoute& route)
{
    if (route.fromStandby)
        return Database::tr("Lists and charts read from the standby %1 (%2 s behind).")
            .arg(route.standby, QLocale().toString(route.lagSeconds, 'f', 1));
    return Database::tr("Lists and charts read from the primary: %1").arg(route.reason);
}

void trackPrimaryPosition(const QSqlDatabase& db)
{
    const_cast<QSqlDriver*>(db.driver())->setProperty(kTrackPosition, true);
}

void notePrimaryPosition(const QSqlDatabase& db)
{
    if (!db.driver() || !db.driver()->property(kTrackPosition).toBool() || !db.isOpen())
        return;
    // After COMMIT returned, the insert position is at or past its record.
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral("SELECT CAST(pg_current_wal_insert_lsn() AS TEXT)")) || !q.next())
        return; // the change is saved; only read-your-own-write is less sure
    const quint64 at = parseLsn(q.value(0).toString());
    QMutexLocker lock(&routeState().mutex);
    quint64& known = routeState().primaryAt[displayName(db)];
    known = std::max(known, at);
}

quint64 primaryPosition(const QString& database)
{
    QMutexLocker lock(&routeState().mutex);
    return routeState().primaryAt.value(database);
}

quint64 parseLsn(const QString& text)
{
    const qsizetype slash = text.indexOf(QLatin1Char('/'));
    if (slash <= 0)
        return 0;
    bool okHigh = false;
    bool okLow = false;
    const quint64 high = text.left(slash).toULongLong(&okHigh, 16);
    const quint64 low = text.mid(slash + 1).toULongLong(&okLow, 16);
    return okHigh && okLow ? (high << 32) | low : 0;
}

} // namespace sql

bool Database::readsFromStandby() const
{
    return m_config.backend == Backend::PostgreSQL && m_config.readFromStandby &&
           !m_config.otherServers.isEmpty();
}

bool Database::isStandbyConnection(const QSqlDatabase& db)
{
    return db.driver() && db.driver()->property(kStandby).toBool();
}

QSqlDatabase Database::openStandby(const QString& name) const
{
    if (QSqlDatabase::contains(name)) {
        QSqlDatabase db = QSqlDatabase::database(name, false);
        if (db.isOpen())
            return db;
        sql::statementcache::forget(db.driver());
        db = QSqlDatabase();
        QSqlDatabase::removeDatabase(name);
    }
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), name);
    setServerOptions(db, QStringLiteral("standby"));
    if (!db.open()) {
        const QString why = explainConnectFailure(m_config, db.lastError().text());
        db = QSqlDatabase();
        QSqlDatabase::removeDatabase(name);
        throw DocketError(DocketError::Code::Database, why);
    }
    sql::setDisplayName(db, m_config.displayName());
    const_cast<QSqlDriver*>(db.driver())->setProperty(kStandby, true);
    // Read-only by the server already; say so to the session as well, so a
    // write that slipped onto this connection fails in words at once.
    QSqlQuery(db).exec(QStringLiteral("SET default_transaction_read_only = on"));
    return db;
}

void Database::standbyFailed(const QString& purpose, const QString& why) const
{
    const QString name = connectionName(purpose + QStringLiteral("-standby"));
    closeConnection(purpose + QStringLiteral("-standby"));
    {
        QMutexLocker lock(&routeState().mutex);
        routeState().standbyDownAt.insert(name, nowMs());
        routeState().standbyDownWhy.insert(name, why);
    }
    sql::noteReadRoute({m_config.displayName(), m_config.otherServerList(), false, 0, why});
}

QSqlDatabase Database::readConnection(const QString& purpose) const
{
    if (!readsFromStandby())
        return connection(purpose);
    const QString name = connectionName(purpose + QStringLiteral("-standby"));
    const QString database = m_config.displayName();
    auto primary = [&](const QString& why, const QString& standby = QString(), double lag = 0) {
        sql::noteReadRoute(
            {database, standby.isEmpty() ? m_config.otherServerList() : standby, false, lag, why});
        return connection(purpose);
    };
    {
        QMutexLocker lock(&routeState().mutex);
        const auto down = routeState().standbyDownAt.constFind(name);
        if (down != routeState().standbyDownAt.cend()) {
            if (nowMs() - *down < kRetryStandbyMs) {
                const QString why = routeState().standbyDownWhy.value(name);
                lock.unlock();
                return primary(why);
            }
            routeState().standbyDownAt.remove(name);
            routeState().standbyDownWhy.remove(name);
        }
    }
    QSqlDatabase standby;
    try {
        standby = openStandby(name);
    } catch (const DocketError& e) {
        const QString why = tr("no standby answers (%1).").arg(e.message());
        standbyFailed(purpose, why);
        return connection(purpose);
    }

    // The last check is reused for a second unless our own changes moved on.
    QSqlDriver* driver = const_cast<QSqlDriver*>(standby.driver());
    const quint64 needed = sql::primaryPosition(database);
    const qint64 checkedAt = driver->property("docket_checked_at").toLongLong();
    const quint64 replayedAt = driver->property("docket_replayed").toULongLong();
    if (checkedAt > 0 && nowMs() - checkedAt < kRecheckMs && replayedAt >= needed) {
        if (driver->property("docket_usable").toBool())
            return standby;
        return primary(driver->property("docket_why").toString(),
                       driver->property("docket_server").toString(),
                       driver->property("docket_lag").toDouble());
    }

    QDeadlineTimer wait(kCatchUpWaitMs);
    for (;;) {
        const std::optional<StandbyFacts> facts = askStandby(standby);
        if (!facts) {
            standbyFailed(purpose, tr("the standby stopped answering."));
            return connection(purpose);
        }
        if (!facts->inRecovery) {
            // Promoted: it is a primary now, and the main connections find it.
            standbyFailed(purpose,
                          tr("the standby %1 was promoted to primary.").arg(facts->server));
            return connection(purpose);
        }
        driver->setProperty("docket_checked_at", nowMs());
        driver->setProperty("docket_replayed", facts->replayed);
        driver->setProperty("docket_server", facts->server);
        driver->setProperty("docket_lag", facts->lag);
        QString why;
        if (facts->lag > m_config.maxStandbyLag)
            why = tr("the standby %1 is %2 s behind (the limit is %3 s).")
                      .arg(facts->server, QLocale().toString(facts->lag, 'f', 1))
                      .arg(m_config.maxStandbyLag);
        else if (facts->replayed < needed && !wait.hasExpired()) {
            QThread::msleep(10);
            continue;
        } else if (facts->replayed < needed)
            why = tr("the standby %1 has not yet replayed the last change made here.")
                      .arg(facts->server);
        driver->setProperty("docket_usable", why.isEmpty());
        driver->setProperty("docket_why", why);
        if (!why.isEmpty())
            return primary(why, facts->server, facts->lag);
        sql::noteReadRoute({database, facts->server, true, facts->lag, {}});
        return standby;
    }
}

} // namespace docket
