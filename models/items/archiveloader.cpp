#include "archiveloader.h"

#include "db/sql.h"
#include "domain/errors.h"

#include <QMutexLocker>
#include <sqlite3.h>

namespace docket {

namespace {
const QString kConnection = QStringLiteral("archive");
}

ArchiveLoader::ArchiveLoader(std::shared_ptr<const Database> db, Session session)
    : m_db(std::move(db)), m_session(std::move(session))
{
    qRegisterMetaType<docket::ArchivedOrder>();
    qRegisterMetaType<QList<docket::ArchivedOrder>>();
    m_thread.setObjectName(QStringLiteral("docket-archive-loader"));
    moveToThread(&m_thread);
    m_thread.start();
}

ArchiveLoader::~ArchiveLoader()
{
    {
        QMutexLocker lock(&m_mutex);
        m_pending.reset();
    }
    m_newest = ~quint64(0); // interrupts a running search (SQLite)
    // Close the connection on the thread that opened it.
    QMetaObject::invokeMethod(
        this,
        [this] {
            m_store.reset();
            m_db->closeConnection(kConnection);
        },
        Qt::BlockingQueuedConnection);
    m_thread.quit();
    m_thread.wait();
}

void ArchiveLoader::request(quint64 generation, const ArchiveFilter& filter, int limit)
{
    QMutexLocker lock(&m_mutex);
    m_pending = Request{generation, filter, limit};
    m_newest = generation;
    m_busy = true;
    if (m_wakePending)
        return;
    m_wakePending = true;
    QMetaObject::invokeMethod(this, &ArchiveLoader::drain, Qt::QueuedConnection);
}

int ArchiveLoader::interruptIfStale(void* loader)
{
    const auto* self = static_cast<const ArchiveLoader*>(loader);
    return self->m_running.load(std::memory_order_relaxed) !=
           self->m_newest.load(std::memory_order_relaxed);
}

void ArchiveLoader::drain()
{
    for (;;) {
        Request job;
        {
            QMutexLocker lock(&m_mutex);
            if (!m_pending) {
                m_wakePending = false;
                m_busy = false;
                return;
            }
            job = std::move(*m_pending);
            m_pending.reset();
        }
        m_running = job.generation;
        try {
            if (!m_store) {
                const QSqlDatabase connection = m_db->connection(kConnection);
                m_store = std::make_unique<OrderStore>(connection, m_session);
                // Every 1,000 virtual-machine steps (well under a millisecond).
                if (sqlite3* handle = sql::sqliteHandle(connection))
                    sqlite3_progress_handler(handle, 1000, &ArchiveLoader::interruptIfStale, this);
            }
            const QList<ArchivedOrder> rows = m_store->archived(job.filter, job.limit);
            if (m_newest.load() == job.generation)
                emit loaded(job.generation, rows);
        } catch (const DocketError& e) {
            // Interrupted or overtaken by a newer search: nobody waits for
            // it, and the connection is fine.
            if (m_newest.load() != job.generation)
                continue;
            emit failed(job.generation, e.message(), int(e.code()));
            if (e.code() == DocketError::Code::Database) {
                // The connection may be broken: open a fresh one next time.
                m_store.reset();
                m_db->closeConnection(kConnection);
            }
        }
    }
}

} // namespace docket
