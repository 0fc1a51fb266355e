#include "batchjob.h"

namespace docket {

BatchJob::BatchJob(std::shared_ptr<const Database> db, Session session, Work work, QObject* parent)
    : QObject(parent), m_db(std::move(db)), m_session(std::move(session)), m_work(std::move(work))
{
}

void BatchJob::start()
{
    auto changed = std::make_shared<int>(0);
    m_worker.start(QStringLiteral("docket-batch"),
                   [this, changed](const ProgressFn& progress) {
                       const ThreadConnection connection(*m_db, QStringLiteral("batch"));
                       OrderStore store(connection.get(), m_session);
                       *changed = m_work(store, progress);
                   },
                   {[this](qint64 done, qint64 total) { emit this->progress(done, total); },
                    [this, changed] { emit succeeded(*changed); },
                    [this](const QString& message, int code) {
                        emit failed(message, code);
                    }});
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
