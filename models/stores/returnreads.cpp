#include "returnstore.h"

#include "orderfilter.h"

#include "db/sql.h"
#include "domain/errors.h"

#include <QSqlQuery>

// ReturnStore: the list of return requests and one request with its lines.

namespace docket {

QList<ReturnRequest> ReturnStore::returns(const ReturnFilter& f, int limit) const
{
    m_session.require(Permission::ViewOrders);
    sql::Where where;
    where.add(orderquery::scope(m_session));
    if (f.openOnly)
        where.add(QStringLiteral("r.state IN ('requested', 'approved', 'received')"));
    if (!f.state.isEmpty())
        where.add(QStringLiteral("r.state = ?"), {f.state});
    if (f.orderId)
        where.add(QStringLiteral("r.order_id = ?"), {f.orderId});
    if (f.overdueOnly)
        where.add(QStringLiteral("r.deadline_at < ?"), {now()});
    QSqlQuery q = sql::run(m_db,
                           QStringLiteral("SELECT r.id, r.order_id, o.number, o.channel, r.state, "
                                          "r.reason, r.note, r.resolution, r.resolution_note, "
                                          "r.exchange_order_id, x.number, r.refund_cents, "
                                          "r.created_at, r.created_by, r.updated_at, "
                                          "r.updated_by, r.deadline_at, r.version, o.currency "
                                          "FROM returns r JOIN orders o ON o.id = r.order_id LEFT "
                                          "JOIN orders x ON x.id = r.exchange_order_id WHERE %1 "
                                          "ORDER BY r.id DESC LIMIT %2")
                               .arg(where.sql())
                               .arg(std::clamp(limit, 1, 100000)),
                           where.binds());
    QList<ReturnRequest> out;
    while (q.next()) {
        ReturnRequest r;
        r.id = q.value(0).toLongLong();
        r.orderId = q.value(1).toLongLong();
        r.orderNumber = q.value(2).toString();
        r.channel = q.value(3).toString();
        r.currency = q.value(18).toString();
        r.state = q.value(4).toString();
        r.reason = q.value(5).toString();
        r.note = q.value(6).toString();
        r.resolution = q.value(7).toString();
        r.resolutionNote = q.value(8).toString();
        r.exchangeOrderId = q.value(9).toLongLong();
        r.exchangeOrderNumber = q.value(10).toString();
        r.refund = Money(q.value(11).toLongLong(), q.value(18).toString());
        r.createdAt = sql::utcTime(q.value(12));
        r.createdBy = q.value(13).toString();
        r.updatedAt = sql::utcTime(q.value(14));
        r.updatedBy = q.value(15).toString();
        r.deadline = sql::utcTime(q.value(16));
        r.version = q.value(17).toLongLong();
        out << r;
    }
    return out;
}

ReturnRequest ReturnStore::returnRequest(qint64 id) const
{
    m_session.require(Permission::ViewOrders);
    QList<ReturnRequest> found;
    {
        const SqlClause scope = orderquery::scope(m_session);
        QSqlQuery q = sql::run(m_db,
                               QStringLiteral("SELECT r.order_id FROM returns r JOIN orders o ON "
                                              "o.id = r.order_id WHERE r.id = ? AND %1")
                                   .arg(scope.sql),
                               QVariantList{id} + scope.binds);
        if (!q.next())
            throw DocketError(DocketError::Code::NotFound,
                              tr("There is no return with the id %1.").arg(id),
                              QStringLiteral("return"));
        ReturnFilter f;
        f.orderId = q.value(0).toLongLong();
        found = returns(f, 100000);
    }
    for (ReturnRequest& r : found) {
        if (r.id != id)
            continue;
        QSqlQuery l = sql::run(m_db,
                               QStringLiteral("SELECT l.line_no, l.product_id, l.sku, l.name, "
                                              "l.quantity, l.disposition, l.warehouse_id, w.code "
                                              "FROM return_lines l LEFT JOIN warehouses w ON "
                                              "w.id = l.warehouse_id WHERE l.return_id = ? ORDER "
                                              "BY l.line_no"),
                               {id});
        while (l.next())
            r.lines << ReturnLine{l.value(0).toInt(),      l.value(1).toLongLong(),
                                  l.value(2).toString(),   l.value(3).toString(),
                                  l.value(4).toLongLong(), l.value(5).toString(),
                                  l.value(6).toLongLong(), l.value(7).toString()};
        return r;
    }
    throw DocketError(DocketError::Code::NotFound, tr("There is no return with the id %1.").arg(id),
                      QStringLiteral("return"));
}
} // namespace docket
