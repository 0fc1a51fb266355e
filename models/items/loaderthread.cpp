#include "loaderthread.h"

#include "db/sql.h"
#include "domain/errors.h"

#include <QMutexLocker>
#include <QScopeGuard>
#include <QSqlDriver>
#include <QThreadPool>
#include <sqlite3.h>
#ifdef DOCKET_HAVE_LIBPQ
#include <libpq-fe.h>
#endif

namespace docket {

LoaderThread::LoaderThread(std::shared_ptr<const Database> db, Options options)
    : m_db(std::move(db)), m_options(std::move(options))
{
    m_thread.setObjectName(m_options.threadName);
    moveToThread(&m_thread);
    m_thread.start();
}

LoaderThread::~LoaderThread()
{
    Q_ASSERT_X(m_stopped, "LoaderThread", "the derived destructor must call stop()");
    if (!m_stopped) { // a derived class that forgot: its store is gone already
        m_thread.quit();
        m_thread.wait();
    }
}

void LoaderThread::stop()
{
    if (m_stopped)
        return;
    Q_ASSERT_X(QThread::currentThread() != &m_thread, "LoaderThread::stop",
               "called on the loader's own thread: it would wait for itself");
    m_stopped = true;
    abandon();
    // Close the connection on the thread that opened it.
    QMetaObject::invokeMethod(
        this,
        [this] {
            forgetStore();
            closeConnections();
        },
        Qt::BlockingQueuedConnection);
    m_thread.quit();
    m_thread.wait();
}

void LoaderThread::wakeLocked()
{
    if (m_wakePending)
        return;
    m_wakePending = true;
    QMetaObject::invokeMethod(
        this, [this] { drain(); }, Qt::QueuedConnection);
}

void LoaderThread::post(std::function<void()> work)
{
    QMetaObject::invokeMethod(this, std::move(work), Qt::QueuedConnection);
}

void LoaderThread::openConnection()
{
    const QSqlDatabase connection = m_options.fromStandby ? m_db->readConnection(m_options.purpose)
                                                          : m_db->connection(m_options.purpose);
    keepCancel(connection);
    if (!m_storeConnection.isEmpty() && m_storeConnection == connection.connectionName())
        return;
    useConnection(connection);
    m_storeConnection = connection.connectionName();
    m_onStandby = Database::isStandbyConnection(connection);
    // Every 1,000 virtual-machine steps (well under a millisecond).
    if (m_options.interruptStaleSqlite)
        if (sqlite3* handle = sql::sqliteHandle(connection))
            sqlite3_progress_handler(handle, 1000, &LoaderThread::interruptIfStale, this);
}

void LoaderThread::forgetStore()
{
    dropStore();
    m_storeConnection.clear();
}

void LoaderThread::keepCancel(const QSqlDatabase& connection)
{
    std::shared_ptr<void> cancel;
#ifdef DOCKET_HAVE_LIBPQ
    // Taken again for every request: a connection reopened after a failure
    // is another backend with another cancel key.
    const QVariant handle = connection.driver()->handle();
    // Qt names the type after libpq's struct (pg_conn*), older Qt the typedef.
    const char* type = handle.typeName();
    if (handle.isValid() && (qstrcmp(type, "pg_conn*") == 0 || qstrcmp(type, "PGconn*") == 0))
        if (PGconn* conn = *static_cast<PGconn* const*>(handle.constData()))
            if (PGcancel* c = PQgetCancel(conn))
                cancel.reset(c, [](void* p) { PQfreeCancel(static_cast<PGcancel*>(p)); });
#else
    Q_UNUSED(connection);
#endif
    QMutexLocker lock(&m_cancelMutex);
    m_cancel = std::move(cancel);
}

void LoaderThread::cancelRunning()
{
    if (!m_reading.load())
        return;
    std::shared_ptr<void> cancel;
    {
        QMutexLocker lock(&m_cancelMutex);
        cancel = m_cancel;
    }
    if (!cancel)
        return;
    ++m_cancels;
#ifdef DOCKET_HAVE_LIBPQ
    QThreadPool::globalInstance()->start([cancel] {
        char error[256];
        PQcancel(static_cast<PGcancel*>(cancel.get()), error, int(sizeof error));
    });
#endif
}

void LoaderThread::closeConnections()
{
    {
        QMutexLocker lock(&m_cancelMutex);
        m_cancel.reset();
    }
    m_db->closeConnection(m_options.purpose);
    if (m_options.fromStandby)
        m_db->closeConnection(m_options.purpose + QStringLiteral("-standby"));
}

int LoaderThread::interruptIfStale(void* loader)
{
    return static_cast<const LoaderThread*>(loader)->isStale();
}

void LoaderThread::read(const std::function<void()>& work,
                        const std::function<void(const DocketError&)>& report)
{
    m_reading = true;
    const auto done = qScopeGuard([this] { m_reading = false; });
    try {
        openConnection();
        try {
            work();
        } catch (const DocketError& e) {
            // A cancel meant for a stale request can reach the server after
            // it moved on to this one (PQcancel is sent from a pool thread, a
            // moment later): a request still wanted that was cancelled runs
            // again, once.
            if (!isStale() && m_cancels.load() > 0 && e.field() == QLatin1String(sql::kBusyField)) {
                work();
                return;
            }
            if (!m_onStandby || e.code() != DocketError::Code::Database)
                throw;
            // The standby went away, or cancelled the query for a conflict
            // with recovery: the primary's connection from now on (also when
            // the request went stale meanwhile: the next one must not try
            // the standby first).
            forgetStore();
            m_db->standbyFailed(m_options.purpose,
                                tr("a read on the standby failed: %1").arg(e.message()));
            if (isStale())
                return;
            openConnection();
            work();
        }
    } catch (const DocketError& e) {
        if (isStale())
            return;
        report(e);
        if (e.code() == DocketError::Code::Database) {
            // The connection may be broken: open a fresh one next time.
            forgetStore();
            closeConnections();
        }
    }
}

void LatestRequestLoader::submit(quint64 generation, std::function<void()> work)
{
    {
        QMutexLocker lock(&m_mutex);
        m_pending = std::make_pair(generation, std::move(work));
        m_newest = generation;
        m_busy = true;
        wakeLocked();
    }
    cancelRunning();
}

void LatestRequestLoader::abandon()
{
    {
        QMutexLocker lock(&m_mutex);
        m_pending.reset();
    }
    m_newest = ~quint64(0); // makes a running request stale: it stops at its next checkpoint
    cancelRunning();
}

bool LatestRequestLoader::isStale() const
{
    return m_running.load(std::memory_order_relaxed) != m_newest.load(std::memory_order_relaxed);
}

void LatestRequestLoader::drain()
{
    for (;;) {
        std::function<void()> work;
        {
            QMutexLocker lock(&m_mutex);
            if (!m_pending) {
                sleepLocked();
                m_busy = false;
                return;
            }
            m_running = m_pending->first;
            work = std::move(m_pending->second);
            m_pending.reset();
        }
        work();
    }
}

} // namespace docket
