#pragma once

#include "db/database.h"

#include <QMutex>
#include <QObject>
#include <QThread>
#include <atomic>
#include <functional>
#include <memory>
#include <optional>

namespace docket {

class DocketError;

// The frame of the loaders that read for a page off the GUI thread
// (OrderLoader, AnalyticsLoader, ArchiveLoader, the catalogue's ProductLoader): the loader lives on
// its own thread with its own connection (`purpose`, and `purpose-standby` when it reads from
// standbys), its store is made on that connection and made again when the connection changes, a
// read that fails on a standby is run again on the primary, a connection that failed is closed (a
// fresh one next time), and on SQLite a statement still running for a stale request is interrupted.
// A loader keeps only what it reads and how it queues its requests.
class LoaderThread : public QObject
{
    Q_OBJECT
public:
    struct Options
    {
        QString purpose;                   // the connection's purpose (Database::connection)
        QString threadName;                // as a debugger shows the thread
        bool fromStandby = false;          // Database::readConnection, else the primary's
        bool interruptStaleSqlite = false; // a progress handler asks isStale()
    };

    ~LoaderThread() override;

protected:
    LoaderThread(std::shared_ptr<const Database> db, Options options);

    // Call first in the derived destructor, while its members still live
    // (never on the loader's own thread): abandon() drops what is queued and
    // makes a running request stale (a SQLite statement stops at once), then
    // the store is dropped and the connections closed on the worker thread,
    // and the thread stops.
    void stop();

    // Worker thread. Runs `work` (which reads through the store): on a
    // standby's connection a database error runs it once more on the primary
    // (unless the request went stale meanwhile). A failure of a request that
    // is not stale goes to `report`; a database error then closes the
    // connections. A stale request's failure (its statement interrupted, or
    // overtaken) is dropped: nobody waits for it, and the connection is fine.
    void read(const std::function<void()>& work,
              const std::function<void(const DocketError&)>& report);

    // Queues drain() on the worker thread unless it is queued or running;
    // call with m_mutex held. drain() calls sleepLocked() (m_mutex held) when
    // it finds nothing more to do.
    void wakeLocked();
    void sleepLocked() { m_wakePending = false; }
    // Thread-safe: runs `work` on the worker thread, after what was posted
    // before it (for loaders that answer every request).
    void post(std::function<void()> work);

    // Worker thread: make the store on `connection` / drop it.
    virtual void useConnection(const QSqlDatabase& connection) = 0;
    virtual void dropStore() = 0;
    // Whether the running request is no longer wanted (worker thread, and
    // the SQLite progress handler there).
    virtual bool isStale() const = 0;
    virtual void drain() {}
    // stop(): drop what is queued and make a running request stale.
    virtual void abandon() {}
    // Thread-safe; call after making the running request stale. On
    // PostgreSQL the server is asked to cancel the statement it runs for
    // this loader (libpq's PQcancel, from a pool thread: it opens a
    // connection of its own), so the next request does not wait for it.
    // (SQLite's statements stop by themselves: interruptStaleSqlite.)
    void cancelRunning();

    const std::shared_ptr<const Database> m_db;
    QMutex m_mutex; // guards what the derived loader queues, and the wake

private:
    void openConnection();
    void forgetStore();
    void closeConnections();
    static int interruptIfStale(void* loader);

    void keepCancel(const QSqlDatabase& connection);

    const Options m_options;
    QThread m_thread;
    std::atomic<bool> m_reading{false}; // read() is running a request
    std::atomic<quint64> m_cancels{0};  // cancels asked for (none: a busy read is not retried)
    QMutex m_cancelMutex;
    std::shared_ptr<void> m_cancel; // guarded by m_cancelMutex: libpq's PGcancel
    bool m_wakePending = false;     // guarded
    bool m_stopped = false;
    // Worker thread only: the connection the store was made on.
    QString m_storeConnection;
    bool m_onStandby = false;
};

// A loader where only the newest request counts (charts, the archive
// search): each request carries the caller's generation; a pending request
// is replaced by a newer one (dropped unanswered), a running one is stale
// as soon as a newer one comes, and the caller drops any answer whose
// generation is not its newest.
class LatestRequestLoader : public LoaderThread
{
    Q_OBJECT
public:
    // Pending or running work, for tests and busy indicators.
    bool isBusy() const { return m_busy.load(); }

protected:
    using LoaderThread::LoaderThread;

    // Thread-safe: `work` runs on the worker thread unless a newer request
    // comes before it starts.
    void submit(quint64 generation, std::function<void()> work);
    // Whether `generation` is still the newest request.
    bool isNewest(quint64 generation) const { return m_newest.load() == generation; }
    bool isStale() const override;

private:
    void drain() override;
    void abandon() override;

    std::optional<std::pair<quint64, std::function<void()>>> m_pending; // guarded
    std::atomic<quint64> m_newest{0};
    std::atomic<quint64> m_running{0}; // the generation being worked on
    std::atomic<bool> m_busy{false};
};

} // namespace docket
