#pragma once

#include "db/database.h"
#include "domain/order.h"
#include "domain/session.h"
#include "stores/orderstore.h"

#include <QMutex>
#include <QObject>
#include <QThread>
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
// what they typed now; the interrupted task reports nothing.
class OrderLoader : public QObject
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
    void drain();
    OrderStore& store();
    static int interruptIfStale(void* loader);
    qint64 exactCount(OrderStore& store, const OrderFilter& filter, quint64 generation,
                      bool estimateFirst);

    struct MetaTask
    {
        bool refresh = false;
        quint64 ticket = 0;
        QList<SortKey> anchors;
    };

    std::shared_ptr<const Database> m_db;
    Session m_session;
    QThread m_thread;
    QMutex m_mutex;
    quint64 m_generation = 0;                 // guarded
    std::atomic<quint64> m_liveGeneration{0}; // m_generation, read by the progress handler
    quint64 m_taskGeneration = 0;             // worker thread only: the running task's
    OrderQuerySpec m_spec;                    // guarded
    std::deque<PageTask> m_pages;
    std::deque<MetaTask> m_meta;
    bool m_wakePending = false;
    std::unique_ptr<OrderStore> m_store; // worker thread only
    QString m_storeConnection;           // its connection: the primary's or a standby's
};

} // namespace docket

Q_DECLARE_METATYPE(docket::OrderSummary)
