#pragma once

#include <QList>
#include <QMutex>
#include <QString>
#include <QThread>
#include <QWaitCondition>
#include <deque>
#include <functional>
#include <memory>
#include <vector>

namespace docket::gateway {

// A fixed set of threads that run jobs in the order they were posted. The
// database work of a request runs here, never on the server's thread: each
// thread uses its own connection (Database::connection() hands every thread
// its own) and `atExit` runs on each thread before it ends, to close it.
class WorkerPool
{
public:
    // Runs a group of items posted with postGrouped(), in the order posted.
    using GroupRun = std::function<void(const QList<std::shared_ptr<void>>& items)>;

    WorkerPool(const QString& name, int threads, std::function<void()> atExit = {});
    ~WorkerPool();
    WorkerPool(const WorkerPool&) = delete;
    WorkerPool& operator=(const WorkerPool&) = delete;

    // From any thread. After shutdown() the job is dropped (returns false).
    bool post(std::function<void()> job);
    // An item for `run` (the kind of work; it must outlive the pool). A
    // thread that takes it takes the items of the same kind that wait right
    // behind it as well, up to `most` in all, and gives them to `run`
    // together. It never waits for more: an item alone runs alone.
    bool postGrouped(const GroupRun* run, std::shared_ptr<void> item, int most);
    // Runs every job already posted, then ends the threads and waits for them.
    void shutdown();
    // Jobs posted and not yet started.
    qsizetype backlog() const;
    int threadCount() const { return int(m_threads.size()); }

private:
    struct Entry
    {
        std::function<void()> job;
        const GroupRun* run = nullptr; // a grouped item's kind
        std::shared_ptr<void> item;
        int most = 1;
    };
    void run();

    mutable QMutex m_mutex;
    QWaitCondition m_wake;
    std::deque<Entry> m_jobs;
    bool m_stopping = false;
    std::function<void()> m_atExit;
    std::vector<std::unique_ptr<QThread>> m_threads;
};

} // namespace docket::gateway
