#pragma once

#include "database.h"
#include "domain/progress.h"

#include <QSqlDatabase>
#include <QString>
#include <QThread>
#include <atomic>
#include <functional>

namespace docket {

// One long piece of work (a batch over 100,000 orders, an export, a backup)
// on a thread of its own, so the window stays responsive: what BatchJob,
// ExportJob and BackupJob share. Hold it as a job's *last* member: it is
// destroyed first, and its destructor cancels the work and waits for it
// while the members the work uses still exist.
class WorkerThread
{
public:
    WorkerThread() = default;
    WorkerThread(const WorkerThread&) = delete;
    WorkerThread& operator=(const WorkerThread&) = delete;
    ~WorkerThread();

    // What the thread reports, each called on the worker thread (emit the
    // job's signals from them: they reach the receivers queued).
    struct Reports
    {
        std::function<void(qint64 done, qint64 total)> progress;
        std::function<void()> succeeded; // the work returned
        // The work threw: its message and DocketError::Code as an int, or -1
        // for an exception that is not a DocketError.
        std::function<void(const QString& message, int code)> failed;
    };
    using Work = std::function<void(const ProgressFn& progress)>;

    // Runs `work` on a new thread named `name`. Its progress function passes
    // each step to reports.progress and answers false once cancel() was
    // called (the work then throws DocketError(Cancelled) and changes
    // nothing). Call once.
    void start(const QString& name, Work work, Reports reports);
    void cancel() { m_cancelled = true; }
    bool isRunning() const { return m_thread && m_thread->isRunning(); }

private:
    std::atomic_bool m_cancelled{false};
    QThread* m_thread = nullptr;
};

// The calling thread's connection of `db` for `purpose` (Database::connection),
// closed when this goes out of scope: for work on a thread of its own (a
// connection is used only by the thread that opened it). Declare the stores
// using it after it, so they are gone before it closes.
class ThreadConnection
{
public:
    // Throws like Database::connection() (closing what it opened first).
    ThreadConnection(const Database& db, QString purpose);
    ~ThreadConnection();
    ThreadConnection(const ThreadConnection&) = delete;
    ThreadConnection& operator=(const ThreadConnection&) = delete;

    const QSqlDatabase& get() const { return m_connection; }

private:
    const Database& m_db;
    QString m_purpose;
    QSqlDatabase m_connection;
};

} // namespace docket
