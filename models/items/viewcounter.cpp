#include "viewcounter.h"

#include "domain/errors.h"
#include "stores/orderstore.h"

namespace docket {

// Lives on the counter's thread; holds its connection's store.
class ViewCounter::Worker : public QObject
{
public:
    Worker(std::shared_ptr<const Database> db, Session session,
           std::shared_ptr<std::atomic<quint64>> generation)
        : m_db(std::move(db)), m_session(std::move(session)), m_generation(std::move(generation))
    {
    }

    void run(quint64 generation, const QList<std::pair<qint64, OrderFilter>>& views,
             ViewCounter* counter)
    {
        for (const auto& [id, filter] : views) {
            if (generation != m_generation->load())
                break; // a newer request replaces this one
            try {
                if (!m_store)
                    m_store =
                        std::make_unique<OrderStore>(m_db->connection(kConnection), m_session);
                const qint64 n = m_store->count(filter);
                if (generation == m_generation->load())
                    emit counter->counted(id, n);
            } catch (const DocketError& e) {
                emit counter->failed(id, e.message());
                if (e.code() == DocketError::Code::Database) {
                    m_store.reset();
                    m_db->closeConnection(kConnection);
                }
            }
        }
    }

    void close()
    {
        m_store.reset();
        m_db->closeConnection(kConnection);
    }

private:
    static inline const QString kConnection = QStringLiteral("viewcounter");
    std::shared_ptr<const Database> m_db;
    Session m_session;
    std::shared_ptr<std::atomic<quint64>> m_generation;
    std::unique_ptr<OrderStore> m_store;
};

ViewCounter::ViewCounter(std::shared_ptr<const Database> db, Session session, QObject* parent)
    : QObject(parent), m_db(std::move(db)), m_generation(std::make_shared<std::atomic<quint64>>(0))
{
    m_worker = new Worker(m_db, std::move(session), m_generation);
    m_worker->moveToThread(&m_thread);
    connect(&m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
    m_thread.setObjectName(QStringLiteral("docket-view-counter"));
    m_thread.start();
}

ViewCounter::~ViewCounter()
{
    ++*m_generation; // whatever is queued stops at once
    Worker* worker = m_worker;
    QMetaObject::invokeMethod(
        worker, [worker] { worker->close(); }, Qt::BlockingQueuedConnection);
    m_thread.quit();
    m_thread.wait();
}

void ViewCounter::count(const QList<std::pair<qint64, OrderFilter>>& views)
{
    const quint64 generation = ++*m_generation;
    ++m_pending;
    Worker* worker = m_worker;
    QMetaObject::invokeMethod(
        worker,
        [this, worker, generation, views] {
            worker->run(generation, views, this);
            if (--m_pending == 0)
                emit idle();
        },
        Qt::QueuedConnection);
}

} // namespace docket
