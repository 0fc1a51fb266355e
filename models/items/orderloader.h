#pragma once

#include "domain/order.h"
#include "domain/session.h"
#include "items/loaderthread.h"
#include "stores/orderstore.h"

#include <atomic>
#include <deque>
#include <memory>
#include <optional>

namespace docket {

// What the order list shows: filter and sort, seen through a session.
struct OrderQuerySpec
{
    OrderFilter filter;
    OrderSort sort;
    bool withItems = false; // OrderStore::setWithItems
};

// Loads pages and counts for OrderTableModel on its own thread and its own
// database connection. Requests carry the model's generation; anything queued
// for an older generation is skipped, and page requests beyond the newest few
// are dropped (the user scrolled past them). On SQLite, a statement still
// running for an older generation is interrupted (a progress handler), so a
// count for what the clerk typed half a second ago never holds up the page of
// what they typed now; the interrupted task reports nothing (LoaderThread).
class OrderLoader : public LoaderThread
{
    Q_OBJECT
public:
    struct PageTask
    {
        int page = 0;
        qint64 offset = 0;
        int limit = 0;
        std::optional<SortKey> after;
        bool backwards = false;
    };

    OrderLoader(std::shared_ptr<const Database> db, Session session);
    ~OrderLoader() override;

    // Thread-safe, called from the model's thread.
    void setSpec(quint64 generation, const OrderQuerySpec& spec);
    void requestPage(quint64 generation, const PageTask& task);
    void requestCount(quint64 generation);
    void requestRefresh(quint64 generation, quint64 ticket, const QList<SortKey>& anchors);

    static constexpr int kMaxQueuedPages = 6;

signals:
    void pageLoaded(quint64 generation, int page, const QList<docket::OrderSummary>& rows);
    void pageDropped(quint64 generation, int page);
    // An estimate of the count (OrderStore::quickCount), before the exact
    // countLoaded when counting takes long.
    void countEstimated(quint64 generation, qint64 estimate);
    void countLoaded(quint64 generation, qint64 count, qint64 newCount);
    void refreshed(quint64 generation, quint64 ticket, qint64 count, qint64 newCount,
                   const QList<qint64>& anchorRanks);
    void failed(quint64 generation, const QString& message);

private:
    void wake();
    void drain() override;
    void useConnection(const QSqlDatabase& connection) override;
    void dropStore() override { m_store.reset(); }
    bool isStale() const override;
    void abandon() override;
    qint64 exactCount(OrderStore& store, const OrderFilter& filter, quint64 generation,
                      bool estimateFirst);

    struct MetaTask
    {
        bool refresh = false;
        quint64 ticket = 0;
        QList<SortKey> anchors;
    };

    Session m_session;
    quint64 m_generation = 0;                 // guarded by m_mutex
    std::atomic<quint64> m_liveGeneration{0}; // m_generation, read by isStale()
    std::atomic<quint64> m_taskGeneration{0}; // the running task's
    OrderQuerySpec m_spec;                    // guarded
    std::deque<PageTask> m_pages;             // guarded
    std::deque<MetaTask> m_meta;              // guarded
    std::unique_ptr<OrderStore> m_store;      // worker thread only
};

} // namespace docket

Q_DECLARE_METATYPE(docket::OrderSummary)
