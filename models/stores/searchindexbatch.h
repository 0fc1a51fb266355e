#pragma once

#include "db/database.h"

#include <QSqlDatabase>

namespace docket::searchindex {

// A batch that makes many orders in one transaction (a file import) indexes
// their keywords once, at its end (migration 0082 on SQLite): from the
// constructor on, a new order is noted instead of indexed, and finish()
// indexes the noted orders with one statement. Both run inside the batch's
// own write transaction, so nothing outside it ever sees the deferral, and a
// batch that fails rolls the notes back with everything else. PostgreSQL's
// search column is written with the row: nothing to defer there.
class DeferredOrders
{
public:
    DeferredOrders(const QSqlDatabase& db, Backend backend);
    DeferredOrders(const DeferredOrders&) = delete;
    DeferredOrders& operator=(const DeferredOrders&) = delete;

    void finish();

private:
    QSqlDatabase m_db;
    bool m_active;
};

} // namespace docket::searchindex
