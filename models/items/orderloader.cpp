#include "orderloader.h"

#include "domain/errors.h"

#include <QMutexLocker>

namespace docket {

OrderLoader::OrderLoader(std::shared_ptr<const Database> db, Session session)
    : LoaderThread(std::move(db), {QStringLiteral("loader"), QStringLiteral("docket-order-loader"),
                                   /*fromStandby=*/true, /*interruptStaleSqlite=*/true}),
      m_session(std::move(session))
{
    qRegisterMetaType<QList<docket::OrderSummary>>();
    qRegisterMetaType<QList<qint64>>();
}

OrderLoader::~OrderLoader()
{
    stop();
}

void OrderLoader::abandon()
{
    QMutexLocker lock(&m_mutex);
    m_pages.clear();
    m_meta.clear();
    // A count still running stops at once on SQLite instead of holding up
    // the window that closes (or signs out).
    m_liveGeneration.store(~quint64(0), std::memory_order_relaxed);
    lock.unlock();
    cancelRunning();
}

void OrderLoader::setSpec(quint64 generation, const OrderQuerySpec& spec)
{
    {
        QMutexLocker lock(&m_mutex);
        m_generation = generation;
        m_liveGeneration.store(generation, std::memory_order_relaxed);
        m_spec = spec;
        m_pages.clear();
        m_meta.clear();
    }
    cancelRunning(); // what runs is for the old list
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
    wakeLocked();
}

void OrderLoader::useConnection(const QSqlDatabase& connection)
{
    m_store = std::make_unique<OrderStore>(connection, m_session);
}

bool OrderLoader::isStale() const
{
    return m_taskGeneration.load(std::memory_order_relaxed) !=
           m_liveGeneration.load(std::memory_order_relaxed);
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
                sleepLocked();
                return;
            }
        }
        m_taskGeneration = generation;
        read(
            [&] {
                OrderStore& s = *m_store;
                s.setWithItems(spec.withItems);
                if (page) {
                    QList<OrderSummary> rows = s.page(spec.filter, spec.sort, page->limit,
                                                      page->offset, page->after, page->backwards);
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
            },
            [&](const DocketError& e) { emit failed(generation, e.message()); });
    }
}

} // namespace docket
