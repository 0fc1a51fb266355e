#pragma once

#include "db/database.h"
#include "domain/order.h"
#include "domain/session.h"
#include "stores/orderstore.h"

#include <QMutex>
#include <QObject>
#include <QThread>
#include <atomic>
#include <memory>
#include <optional>

namespace docket {

// Searches the archive of deleted orders (OrderStore::archived) off the GUI
// thread, on its own thread and the primary's connection (a restore is read
// back at once), the way AnalyticsLoader loads charts: each request carries
// the caller's generation; only the newest pending request is worked on
// (older ones are dropped unanswered); on SQLite a statement still running
// for an older request is interrupted; an answer for an older generation is
// never emitted, and the caller drops any that was already on its way.
class ArchiveLoader : public QObject
{
    Q_OBJECT
public:
    ArchiveLoader(std::shared_ptr<const Database> db, Session session);
    ~ArchiveLoader() override;

    // Thread-safe. Up to `limit` orders, most recently deleted first.
    void request(quint64 generation, const docket::ArchiveFilter& filter, int limit);
    // Pending or running work, for tests and busy indicators.
    bool isBusy() const { return m_busy.load(); }

signals:
    void loaded(quint64 generation, const QList<docket::ArchivedOrder>& rows);
    // The search failed: its message and DocketError::Code as an int.
    void failed(quint64 generation, const QString& message, int code);

private:
    void drain();
    static int interruptIfStale(void* loader);

    struct Request
    {
        quint64 generation = 0;
        ArchiveFilter filter;
        int limit = 0;
    };

    std::shared_ptr<const Database> m_db;
    Session m_session;
    QThread m_thread;
    QMutex m_mutex;
    std::optional<Request> m_pending; // guarded
    bool m_wakePending = false;       // guarded
    std::atomic<quint64> m_newest{0};
    std::atomic<quint64> m_running{0}; // the generation being searched (worker thread writes)
    std::atomic<bool> m_busy{false};
    std::unique_ptr<OrderStore> m_store; // worker thread only
};

} // namespace docket

Q_DECLARE_METATYPE(docket::ArchivedOrder)
