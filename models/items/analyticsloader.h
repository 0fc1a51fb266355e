#pragma once

#include "db/database.h"
#include "domain/session.h"
#include "stores/analyticsstore.h"

#include <QMutex>
#include <QObject>
#include <QThread>
#include <atomic>
#include <memory>
#include <optional>

namespace docket {

// Computes analytics off the GUI thread, on its own thread and database
// connection. Each request carries the caller's generation; only the newest
// pending request is worked on (older ones are dropped unanswered), a load
// still running when a newer request arrives is abandoned between queries, and
// the caller ignores answers whose generation is not its newest, so a stale
// answer never overwrites a newer one.
class AnalyticsLoader : public QObject
{
    Q_OBJECT
public:
    AnalyticsLoader(std::shared_ptr<const Database> db, Session session);
    ~AnalyticsLoader() override;

    // Thread-safe.
    void request(quint64 generation, const docket::AnalyticsQuery& query);
    // Pending or running work, for tests and busy indicators.
    bool isBusy() const { return m_busy.load(); }

signals:
    void loaded(quint64 generation, const docket::AnalyticsResult& result);
    void failed(quint64 generation, const QString& message);

private:
    void drain();

    std::shared_ptr<const Database> m_db;
    Session m_session;
    QThread m_thread;
    QMutex m_mutex;
    std::optional<std::pair<quint64, AnalyticsQuery>> m_pending; // guarded
    std::atomic<quint64> m_newest{0};
    std::atomic<bool> m_busy{false};
    bool m_wakePending = false;              // guarded
    std::unique_ptr<AnalyticsStore> m_store; // worker thread only
    QString m_storeConnection;               // its connection: the primary's or a standby's
};

} // namespace docket

Q_DECLARE_METATYPE(docket::AnalyticsResult)
Q_DECLARE_METATYPE(docket::AnalyticsQuery)
