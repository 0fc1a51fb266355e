#pragma once

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
    WorkerPool(const QString& name, int threads, std::function<void()> atExit = {});
    ~WorkerPool();
    WorkerPool(const WorkerPool&) = delete;
    WorkerPool& operator=(const WorkerPool&) = delete;

    // From any thread. After shutdown() the job is dropped (returns false).
    bool post(std::function<void()> job);
    // Runs every job already posted, then ends the threads and waits for them.
    void shutdown();
    // Jobs posted and not yet started.
    qsizetype backlog() const;
    int threadCount() const { return int(m_threads.size()); }

private:
    void run();

    mutable QMutex m_mutex;
    QWaitCondition m_wake;
    std::deque<std::function<void()>> m_jobs;
    bool m_stopping = false;
    std::function<void()> m_atExit;
    std::vector<std::unique_ptr<QThread>> m_threads;
};

} // namespace docket::gateway
