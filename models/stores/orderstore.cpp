#include "orderstore.h"

#include "db/dialect.h"
#include "db/sql.h"

#include <QDateTime>

// OrderStore lives in five files: this one (construction and what every part
// shares), orderreads.cpp (the list and single orders), orderwrites.cpp
// (create, update, status changes), orderbatches.cpp (seen marks,
// invalidation, deletion of invalid orders) and orderarchive.cpp (the archive
// and restore).

namespace docket {

QVariant sortValue(const OrderSummary& row, OrderColumn column)
{
    switch (column) {
    case OrderColumn::Number:
        return row.number;
    case OrderColumn::Customer:
        return row.customerName;
    case OrderColumn::Total:
        return qint64(row.total.minorUnits());
    case OrderColumn::Created:
        return row.createdAt;
    case OrderColumn::Status:
        return row.status;
    case OrderColumn::Channel:
        return row.channel;
    case OrderColumn::Due:
        return row.dueAt ? row.dueAt : orderquery::kNoDeadline;
    }
    return {};
}

OrderStore::OrderStore(QSqlDatabase db, Session session)
    : m_db(std::move(db)), m_session(std::move(session)), m_backend(sql::backendOf(m_db)),
      m_clock([] { return QDateTime::currentSecsSinceEpoch(); })
{
}

void OrderStore::requireView() const
{
    m_session.require(Permission::ViewOrders);
}

void OrderStore::beginAudit(qint64 ts, const QString& note) const
{
    dialect::setAuditContext(m_db, m_session.userName(), ts, note, m_session.scope().toString());
}

} // namespace docket
