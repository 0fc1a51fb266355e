#include "orderloader.h"

#include "db/sql.h"
#include "domain/errors.h"

#include <QMutexLocker>
#include <sqlite3.h>

namespace docket {

OrderLoader::OrderLoader(std::shared_ptr<const Database> db, Session session)
    : m_db(std::move(db)), m_session(std::move(session))
{
    qRegisterMetaType<QList<docket::OrderSummary>>();
    qRegisterMetaType<QList<qint64>>();
    m_thread.setObjectName(QStringLiteral("docket-order-loader"));
    moveToThread(&m_thread);
    m_thread.start();
}

OrderLoader::~OrderLoader()
{
    {
        QMutexLocker lock(&m_mutex);
        m_pages.clear();
        m_meta.clear();
    }
    // Close the connection on the thread that opened it.
    QMetaObject::invokeMethod(
        this,
        [this] {
            m_store.reset();
            m_db->closeConnection(QStringLiteral("loader"));
            m_db->closeConnection(QStringLiteral("loader-standby"));
        },
        Qt::BlockingQueuedConnection);
    m_thread.quit();
    m_thread.wait();
}

void OrderLoader::setSpec(quint64 generation, const OrderQuerySpec& spec)
{
    QMutexLocker lock(&m_mutex);
    m_generation = generation;
    m_liveGeneration.store(generation, std::memory_order_relaxed);
    m_spec = spec;
    m_pages.clear();
    m_meta.clear();
}

void OrderLoader::requestPage(quint64 generation, const PageTask& task)
{
    QList<int> dropped;
    {
        QMutexLocker lock(&m_mutex);
        if (generation != m_generation)
            return;
        m_pages.push_back(task);
        while (m_pages.size() > std::size_t(kMaxQueuedPages)) {
            dropped << m_pages.front().page;
            m_pages.pop_front();
        }
    }
    for (int p : dropped)
        emit pageDropped(generation, p);
    wake();
}

void OrderLoader::requestCount(quint64 generation)
{
    {
        QMutexLocker lock(&m_mutex);
        if (generation != m_generation)
            return;
        m_meta.push_back({});
    }
    wake();
}

void OrderLoader::requestRefresh(quint64 generation, quint64 ticket, const QList<SortKey>& anchors)
{
    {
        QMutexLocker lock(&m_mutex);
        if (generation != m_generation)
            return;
        m_meta.push_back({true, ticket, anchors});
    }
    wake();
}

void OrderLoader::wake()
{
    QMutexLocker lock(&m_mutex);
    if (m_wakePending)
        return;
    m_wakePending = true;
    QMetaObject::invokeMethod(this, &OrderLoader::drain, Qt::QueuedConnection);
}

OrderStore& OrderLoader::store()
{
    // A standby's connection when the database reads from standbys and one
    // is fit to read (Database::readConnection), else the primary's.
    const QSqlDatabase connection = m_db->readConnection(QStringLiteral("loader"));
    if (!m_store || m_storeConnection != connection.connectionName()) {
        m_store = std::make_unique<OrderStore>(connection, m_session);
        m_storeConnection = connection.connectionName();
        // Every 1,000 virtual-machine steps (well under a millisecond).
        if (sqlite3* handle = sql::sqliteHandle(connection))
            sqlite3_progress_handler(handle, 1000, &OrderLoader::interruptIfStale, this);
    }
    return *m_store;
}

int OrderLoader::interruptIfStale(void* loader)
{
    const auto* self = static_cast<const OrderLoader*>(loader);
    return self->m_taskGeneration != self->m_liveGeneration.load(std::memory_order_relaxed);
}

qint64 OrderLoader::exactCount(OrderStore& store, const OrderFilter& filter, quint64 generation,
                               bool estimateFirst)
{
    // The summaries' answer when it is exact. A new list (not a refresh,
    // which shows the exact count it had meanwhile) gets an estimate first
    // (the count label says "about"), then the exact COUNT(*).
    if (const auto quick = store.quickCount(filter, estimateFirst)) {
        if (quick->exact)
            return quick->value;
        emit countEstimated(generation, quick->value);
    }
    return store.count(filter);
}

void OrderLoader::drain()
{
    for (;;) {
        quint64 generation = 0;
        OrderQuerySpec spec;
        std::optional<PageTask> page;
        std::optional<MetaTask> meta;
        {
            QMutexLocker lock(&m_mutex);
            generation = m_generation;
            spec = m_spec;
            if (!m_pages.empty()) {
                // Newest first: what the user looks at now.
                page = m_pages.back();
                m_pages.pop_back();
            } else if (!m_meta.empty()) {
                meta = std::move(m_meta.front());
                m_meta.pop_front();
            } else {
                m_wakePending = false;
                return;
            }
        }
        m_taskGeneration = generation;
        // The task; run again on the primary when a standby's read fails (it
        // went away, or cancelled the query for a conflict with recovery).
        auto run = [&](OrderStore& s) {
            s.setWithItems(spec.withItems);
            if (page) {
                QList<OrderSummary> rows = s.page(spec.filter, spec.sort, page->limit, page->offset,
                                                  page->after, page->backwards);
                emit pageLoaded(generation, page->page, rows);
            } else if (meta->refresh) {
                const qint64 count = exactCount(s, spec.filter, generation, false);
                const qint64 fresh = s.countNew();
                QList<qint64> ranks;
                ranks.reserve(meta->anchors.size());
                for (const SortKey& k : meta->anchors)
                    ranks << s.rankOf(spec.filter, spec.sort, k);
                emit refreshed(generation, meta->ticket, count, fresh, ranks);
            } else {
                const qint64 count = exactCount(s, spec.filter, generation, true);
                emit countLoaded(generation, count, s.countNew());
            }
        };
        try {
            OrderStore& s = store();
            const bool onStandby = Database::isStandbyConnection(s.database());
            try {
                run(s);
            } catch (const DocketError& e) {
                if (!onStandby || e.code() != DocketError::Code::Database ||
                    generation != m_liveGeneration.load(std::memory_order_relaxed))
                    throw;
                m_store.reset();
                m_db->standbyFailed(QStringLiteral("loader"),
                                    tr("a read on the standby failed: %1").arg(e.message()));
                run(store());
            }
        } catch (const DocketError& e) {
            // Interrupted because the filter changed meanwhile: nobody waits
            // for it, and the connection is fine.
            if (generation != m_liveGeneration.load(std::memory_order_relaxed))
                continue;
            emit failed(generation, e.message());
            if (e.code() == DocketError::Code::Database) {
                // The connection may be broken: open a fresh one next time.
                m_store.reset();
                m_db->closeConnection(QStringLiteral("loader"));
                m_db->closeConnection(QStringLiteral("loader-standby"));
            }
        }
    }
}

} // namespace docket
