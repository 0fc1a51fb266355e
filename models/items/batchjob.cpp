#include "batchjob.h"

#include "domain/errors.h"

namespace docket {

BatchJob::BatchJob(std::shared_ptr<const Database> db, Session session, Work work, QObject* parent)
    : QObject(parent), m_db(std::move(db)), m_session(std::move(session)), m_work(std::move(work))
{
}

BatchJob::~BatchJob()
{
    if (m_thread) {
        m_cancelled = true;
        m_thread->wait();
        delete m_thread;
    }
}

void BatchJob::start()
{
    Q_ASSERT(!m_thread);
    m_thread = QThread::create([this] {
        const QString purpose = QStringLiteral("batch");
        int changed = 0;
        QString error;
        int code = -1;
        try {
            OrderStore store(m_db->connection(purpose), m_session);
            changed = m_work(store, [this](qint64 done, qint64 total) {
                emit progress(done, total);
                return !m_cancelled.load();
            });
        } catch (const DocketError& e) {
            error = e.message();
            code = int(e.code());
        } catch (const std::exception& e) {
            error = QString::fromUtf8(e.what());
        }
        m_db->closeConnection(purpose);
        if (code == -1 && error.isEmpty())
            emit succeeded(changed);
        else
            emit failed(error, code);
    });
    m_thread->setObjectName(QStringLiteral("docket-batch"));
    m_thread->start();
}

QList<qint64> BatchJob::idsForRows(OrderStore& store, const OrderFilter& filter,
                                   const OrderSort& sort,
                                   const QList<std::pair<int, int>>& rowRanges)
{
    QList<qint64> ids;
    for (const auto& [first, last] : rowRanges)
        ids << store.idsInRange(filter, sort, first, qint64(last) - first + 1);
    return ids;
}

} // namespace docket
