#include "searchindexbatch.h"

#include "db/sql.h"

namespace docket::searchindex {

DeferredOrders::DeferredOrders(const QSqlDatabase& db, Backend backend)
    : m_db(db), m_active(backend == Backend::SQLite)
{
    if (m_active)
        sql::run(m_db, QStringLiteral("INSERT OR IGNORE INTO order_fts_defer(only) VALUES (1)"));
}

void DeferredOrders::finish()
{
    if (!m_active)
        return;
    m_active = false;
    // What orders_fts_ai does, for every noted order at once, with the values
    // the orders have now.
    sql::run(m_db, QStringLiteral("INSERT INTO order_fts(rowid, customer_name, email, phone) "
                                  "SELECT o.id, o.customer_name, o.email, o.phone FROM "
                                  "order_fts_deferred d JOIN orders o ON o.id = d.order_id "
                                  "ORDER BY o.id"));
    sql::run(m_db, QStringLiteral("DELETE FROM order_fts_deferred"));
    sql::run(m_db, QStringLiteral("DELETE FROM order_fts_defer"));
}

} // namespace docket::searchindex
