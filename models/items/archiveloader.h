#pragma once

#include "domain/order.h"
#include "domain/session.h"
#include "items/loaderthread.h"
#include "stores/orderstore.h"

#include <memory>

namespace docket {

// Searches the archive of deleted orders (OrderStore::archived) off the GUI
// thread, on its own thread and the primary's connection (a restore is read
// back at once). Only the newest request counts (LatestRequestLoader); on
// SQLite a statement still running for an older request is interrupted.
class ArchiveLoader : public LatestRequestLoader
{
    Q_OBJECT
public:
    ArchiveLoader(std::shared_ptr<const Database> db, Session session);
    ~ArchiveLoader() override;

    // Thread-safe. Up to `limit` orders, most recently deleted first.
    void request(quint64 generation, const docket::ArchiveFilter& filter, int limit);

signals:
    void loaded(quint64 generation, const QList<docket::ArchivedOrder>& rows);
    // The search failed: its message and DocketError::Code as an int.
    void failed(quint64 generation, const QString& message, int code);

private:
    void useConnection(const QSqlDatabase& connection) override;
    void dropStore() override { m_store.reset(); }

    Session m_session;
    std::unique_ptr<OrderStore> m_store; // worker thread only
};

} // namespace docket

Q_DECLARE_METATYPE(docket::ArchivedOrder)
