#include "workerpool.h"

#include <QMutexLocker>
#include <algorithm>

namespace docket::gateway {

WorkerPool::WorkerPool(const QString& name, int threads, std::function<void()> atExit)
    : m_atExit(std::move(atExit))
{
    for (int i = 0; i < std::max(1, threads); ++i) {
        std::unique_ptr<QThread> t(QThread::create([this] { run(); }));
        t->setObjectName(QStringLiteral("%1-%2").arg(name).arg(i));
        t->start();
        m_threads.push_back(std::move(t));
    }
}

WorkerPool::~WorkerPool()
{
    shutdown();
}

bool WorkerPool::post(std::function<void()> job)
{
    {
        QMutexLocker lock(&m_mutex);
        if (m_stopping)
            return false;
        m_jobs.push_back(Entry{std::move(job), nullptr, {}, 1});
    }
    m_wake.wakeOne();
    return true;
}

bool WorkerPool::postGrouped(const GroupRun* run, std::shared_ptr<void> item, int most)
{
    {
        QMutexLocker lock(&m_mutex);
        if (m_stopping)
            return false;
        m_jobs.push_back(Entry{{}, run, std::move(item), std::max(1, most)});
    }
    m_wake.wakeOne();
    return true;
}

qsizetype WorkerPool::backlog() const
{
    QMutexLocker lock(&m_mutex);
    return qsizetype(m_jobs.size());
}

void WorkerPool::shutdown()
{
    {
        QMutexLocker lock(&m_mutex);
        m_stopping = true;
    }
    m_wake.wakeAll();
    for (auto& t : m_threads)
        t->wait();
    m_threads.clear();
}

void WorkerPool::run()
{
    for (;;) {
        Entry entry;
        QList<std::shared_ptr<void>> group;
        {
            QMutexLocker lock(&m_mutex);
            while (m_jobs.empty() && !m_stopping)
                m_wake.wait(&m_mutex);
            if (m_jobs.empty())
                break; // stopping, and nothing left to do
            entry = std::move(m_jobs.front());
            m_jobs.pop_front();
            if (entry.run) {
                // What waits right behind it of the same kind goes with it.
                group << std::move(entry.item);
                while (!m_jobs.empty() && m_jobs.front().run == entry.run &&
                       group.size() < entry.most) {
                    group << std::move(m_jobs.front().item);
                    m_jobs.pop_front();
                }
            }
        }
        if (entry.run)
            (*entry.run)(group);
        else
            entry.job();
    }
    if (m_atExit)
        m_atExit();
}

} // namespace docket::gateway
