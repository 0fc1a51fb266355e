#include "changewatcher.h"

#include "db/sql.h"
#include "domain/errors.h"

#include <QSqlDriver>
#include <QSqlError>
#include <QThread>

namespace docket {

namespace {
const QString kPurpose = QStringLiteral("watch");
const QString kChannel = QStringLiteral("docket_orders");
} // namespace

ChangeWatcher::ChangeWatcher(std::shared_ptr<const Database> db, QObject* parent)
    : QObject(parent), m_db(std::move(db))
{
    // PostgreSQL pushes changes (LISTEN/NOTIFY); the timer there only checks
    // that the connection is alive and brings it back when it dropped.
    m_timer.setInterval(m_db->backend() == Backend::SQLite ? 750 : 2000);
    connect(&m_timer, &QTimer::timeout, this, [this] {
        if (poll())
            emit changed();
    });
    if (m_db->backend() == Backend::PostgreSQL) {
        try {
            subscribe();
        } catch (const DocketError& e) {
            m_db->closeConnection(kPurpose);
            m_ok = false;
            m_lastError = e.message();
        }
    }
    if (m_ok)
        poll();
    m_timer.start();
}

void ChangeWatcher::subscribe()
{
    QSqlDatabase c = m_db->connection(kPurpose);
    QSqlDriver* driver = c.driver();
    if (driver == m_subscribed)
        return;
    if (!driver->subscribeToNotification(kChannel))
        throw DocketError(DocketError::Code::Database,
                          tr("Cannot listen for changes on %1: %2")
                              .arg(m_db->config().displayName(), driver->lastError().text()));
    m_listenPid = sql::scalar(c, QStringLiteral("SELECT pg_backend_pid()")).toLongLong();
    connect(driver, &QSqlDriver::notification, this, [this](const QString& name) {
        if (name != kChannel)
            return;
        // Read replicas: what changed is read once a standby replayed it.
        sql::notePrimaryPosition(m_db->connection(kPurpose));
        emit changed();
    });
    // The driver goes with its connection; a reconnect makes a new one.
    connect(driver, &QObject::destroyed, this, [this, driver] {
        if (m_subscribed == driver)
            m_subscribed = nullptr;
    });
    m_subscribed = driver;
}

ChangeWatcher::~ChangeWatcher()
{
    m_db->closeConnection(kPurpose);
}

// While the server is unreachable, whether it is back is asked on a thread
// of its own: a connection attempt into a dropped network waits for its
// timeout, and the window must not.
void ChangeWatcher::startProbe()
{
    if (m_probe->running.exchange(true))
        return;
    auto state = m_probe;
    const DatabaseConfig config = m_db->config();
    QThread* thread = QThread::create([state, config] {
        Database db(config);
        const QString purpose = QStringLiteral("reachability-probe");
        try {
            db.connection(purpose);
            state->reachable = true;
        } catch (const DocketError&) {
        }
        db.closeConnection(purpose);
        state->running = false;
    });
    thread->setObjectName(QStringLiteral("docket-reachability-probe"));
    connect(thread, &QThread::finished, thread, &QObject::deleteLater);
    thread->start();
}

bool ChangeWatcher::poll()
{
    if (!m_ok && m_db->backend() == Backend::PostgreSQL) {
        if (!m_probe->reachable.exchange(false)) {
            startProbe();
            return false;
        }
    }
    try {
        qint64 v = 0;
        if (m_db->backend() == Backend::SQLite) {
            QSqlDatabase c = m_db->connection(kPurpose);
            v = sql::scalar(c, QStringLiteral("PRAGMA data_version")).toLongLong();
        } else {
            subscribe();
            // Keeps the connection honest. A different server process means
            // the session was replaced behind our back (a reconnect): LISTEN
            // again on a fresh connection, and report a change, since
            // notifications sent in between were lost.
            QSqlDatabase c = m_db->connection(kPurpose);
            const qint64 pid =
                sql::scalar(c, QStringLiteral("SELECT pg_backend_pid()")).toLongLong();
            if (pid != m_listenPid) {
                m_subscribed = nullptr;
                m_db->closeConnection(kPurpose);
                subscribe();
                if (m_ok)
                    return true;
            }
        }
        if (!m_ok) {
            m_ok = true;
            m_lastError.clear();
            emit connectionStateChanged(true, {});
            m_lastVersion = v;
            return true; // changes may have happened while we were away
        }
        const bool changed = m_lastVersion >= 0 && v != m_lastVersion;
        m_lastVersion = v;
        return changed && m_db->backend() == Backend::SQLite;
    } catch (const DocketError& e) {
        // Drop the connection (and on PostgreSQL its LISTEN): the next poll
        // opens a fresh one.
        m_subscribed = nullptr;
        m_db->closeConnection(kPurpose);
        if (m_ok || m_lastError.isEmpty()) {
            m_ok = false;
            m_lastError = e.message();
            emit connectionStateChanged(false, e.message());
        }
        return false;
    }
}

} // namespace docket
