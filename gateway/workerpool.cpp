#include "workerpool.h"

#include <QMutexLocker>

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
        m_jobs.push_back(std::move(job));
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
        std::function<void()> job;
        {
            QMutexLocker lock(&m_mutex);
            while (m_jobs.empty() && !m_stopping)
                m_wake.wait(&m_mutex);
            if (m_jobs.empty())
                break; // stopping, and nothing left to do
            job = std::move(m_jobs.front());
            m_jobs.pop_front();
        }
        job();
    }
    if (m_atExit)
        m_atExit();
}

} // namespace docket::gateway
