#include "workerthread.h"

#include "domain/errors.h"

namespace docket {

WorkerThread::~WorkerThread()
{
    if (m_thread) {
        m_cancelled = true;
        m_thread->wait();
        delete m_thread;
    }
}

void WorkerThread::start(const QString& name, Work work, Reports reports)
{
    Q_ASSERT(!m_thread);
    m_thread = QThread::create([this, work = std::move(work), reports = std::move(reports)] {
        QString error;
        int code = -1;
        bool ok = false;
        try {
            work([this, &reports](qint64 done, qint64 total) {
                reports.progress(done, total);
                return !m_cancelled.load();
            });
            ok = true;
        } catch (const DocketError& e) {
            error = e.message();
            code = int(e.code());
        } catch (const std::exception& e) {
            error = QString::fromUtf8(e.what());
        }
        if (ok)
            reports.succeeded();
        else
            reports.failed(error, code);
    });
    m_thread->setObjectName(name);
    m_thread->start();
}

ThreadConnection::ThreadConnection(const Database& db, QString purpose)
    : m_db(db), m_purpose(std::move(purpose))
{
    try {
        m_connection = db.connection(m_purpose);
    } catch (...) {
        db.closeConnection(m_purpose);
        throw;
    }
}

ThreadConnection::~ThreadConnection()
{
    m_connection = {};
    m_db.closeConnection(m_purpose);
}

} // namespace docket
