#pragma once

#include "db/database.h"
#include "db/workerthread.h"
#include "stores/orderstore.h"

#include <QObject>
#include <functional>
#include <memory>

namespace docket {

// Runs one long store operation (invalidate 100,000 orders, delete them to
// the archive, ...) on a thread and connection of its own, so the window
// stays responsive. The work is one transaction: cancel() makes it roll back.
class BatchJob : public QObject
{
    Q_OBJECT
public:
    using Work = std::function<int(OrderStore& store, const ProgressFn& progress)>;

    BatchJob(std::shared_ptr<const Database> db, Session session, Work work,
             QObject* parent = nullptr);

    void start();
    void cancel() { m_worker.cancel(); }
    bool isRunning() const { return m_worker.isRunning(); }

    // Ids of the list rows in [first, last] ranges, in list order.
    static QList<qint64> idsForRows(OrderStore& store, const OrderFilter& filter,
                                    const OrderSort& sort,
                                    const QList<std::pair<int, int>>& rowRanges);

signals:
    void progress(qint64 done, qint64 total);
    void succeeded(int changed);
    void failed(const QString& message, int code);

private:
    std::shared_ptr<const Database> m_db;
    Session m_session;
    Work m_work;
    WorkerThread m_worker; // last: stops the work before the members it uses go
};

} // namespace docket
