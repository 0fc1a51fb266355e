#pragma once

#include "db/database.h"
#include "domain/session.h"
#include "stores/orderfilter.h"

#include <QList>
#include <QObject>
#include <QThread>
#include <atomic>
#include <memory>

namespace docket {

// Counts the orders of saved views (the views list's live counts) on a
// thread and database connection of its own, like the order list's count:
// the window never waits for a COUNT(*). A newer request makes what an older
// one had not counted yet go away.
class ViewCounter : public QObject
{
    Q_OBJECT
public:
    ViewCounter(std::shared_ptr<const Database> db, Session session, QObject* parent = nullptr);
    ~ViewCounter() override;

    // Counts every (view id, filter) anew.
    void count(const QList<std::pair<qint64, OrderFilter>>& views);
    bool isBusy() const { return m_pending.load() > 0; }

signals:
    void counted(qint64 viewId, qint64 count);
    void failed(qint64 viewId, const QString& message);
    void idle();

private:
    class Worker;
    std::shared_ptr<const Database> m_db;
    QThread m_thread;
    Worker* m_worker = nullptr;
    std::shared_ptr<std::atomic<quint64>> m_generation;
    std::atomic<int> m_pending{0};
};

} // namespace docket
