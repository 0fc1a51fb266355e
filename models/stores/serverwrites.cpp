#include "serverwrites.h"

#include "db/sql.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>

namespace docket::serverwrites {

namespace {

// Whole numbers travel as JSON strings: the server parses them exactly.
QJsonValue whole(qint64 n)
{
    return QString::number(n);
}

// An order's header and lines as the server's functions read them (keys are
// the columns of orders and order_lines).
QJsonObject orderJson(const Order& o, bool withLines)
{
    QJsonObject h{{QStringLiteral("number"), o.number.trimmed()},
                  {QStringLiteral("customer_name"), o.customerName.trimmed()},
                  {QStringLiteral("email"), o.email.trimmed()},
                  {QStringLiteral("phone"), o.phone.trimmed()},
                  {QStringLiteral("ship_street"), o.shipTo.street},
                  {QStringLiteral("ship_city"), o.shipTo.city},
                  {QStringLiteral("ship_postcode"), o.shipTo.postcode},
                  {QStringLiteral("ship_region"), o.shipTo.region},
                  {QStringLiteral("ship_country"), o.shipTo.country},
                  {QStringLiteral("bill_country"), o.billCountry.trimmed().toUpper()},
                  {QStringLiteral("channel"), o.channel},
                  {QStringLiteral("status"), o.status},
                  {QStringLiteral("currency"), o.currency},
                  {QStringLiteral("note"), o.note},
                  {QStringLiteral("assigned_to"), o.assignedTo},
                  {QStringLiteral("shipping_cents"), whole(o.shipping.minorUnits())},
                  {QStringLiteral("tax_rate_bp"), whole(o.taxRate.basisPoints())}};
    if (withLines) {
        QJsonArray lines;
        for (const OrderLine& l : o.lines)
            lines.append(QJsonObject{
                {QStringLiteral("product_id"), l.productId ? whole(l.productId) : QJsonValue()},
                {QStringLiteral("sku"), l.sku.trimmed()},
                {QStringLiteral("name"), l.name.trimmed()},
                {QStringLiteral("quantity"), whole(l.quantity)},
                {QStringLiteral("unit_price_cents"), whole(l.unitPrice.minorUnits())}});
        h.insert(QStringLiteral("lines"), lines);
    }
    return h;
}

QString text(const QJsonObject& o)
{
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

} // namespace

namespace {

// docket_orders_create_many's `h` for one new order.
QJsonObject newOrderJson(const Order& order, const QString& createdBy, qint64 createdAt)
{
    QJsonObject h = orderJson(order, true);
    h.insert(QStringLiteral("created_by"), createdBy);
    if (createdAt > 0)
        h.insert(QStringLiteral("created_at"), whole(createdAt));
    if (order.customerId)
        h.insert(QStringLiteral("customer_id"), whole(order.customerId));
    if (order.statusFromChannel) // honoured for the gateway's service account only
        h.insert(QStringLiteral("status_from_channel"), true);
    return h;
}

} // namespace

qint64 createOrder(const QSqlDatabase& db, const Order& order, const QString& createdBy,
                   qint64 createdAt)
{
    return sql::scalar(db, QStringLiteral("SELECT docket_order_create(CAST(? AS jsonb))"),
                       {text(newOrderJson(order, createdBy, createdAt))})
        .toLongLong();
}

QList<qint64> createOrders(const QSqlDatabase& db, const QList<NewOrder>& orders)
{
    QJsonArray all;
    for (const NewOrder& n : orders)
        all.append(newOrderJson(n.order, n.createdBy, n.createdAt));
    QSqlQuery q = sql::run(
        db, QStringLiteral("SELECT c.id FROM docket_orders_create_many(CAST(? AS jsonb)) c"),
        {QString::fromUtf8(QJsonDocument(all).toJson(QJsonDocument::Compact))});
    QList<qint64> ids;
    ids.reserve(orders.size());
    while (q.next())
        ids << q.value(0).toLongLong();
    return ids;
}

bool updateOrder(const QSqlDatabase& db, const Order& edited, bool withLines)
{
    return sql::scalar(db,
                       QStringLiteral("SELECT docket_order_update(CAST(? AS bigint), CAST(? AS "
                                      "bigint), CAST(? AS jsonb))"),
                       {edited.id, edited.version, text(orderJson(edited, withLines))})
               .toInt() == 1;
}

bool changeStatus(const QSqlDatabase& db, qint64 id, qint64 version, const QString& status,
                  const QString& note)
{
    return sql::scalar(db,
                       QStringLiteral("SELECT docket_order_set_status(CAST(? AS bigint), CAST(? AS "
                                      "bigint), CAST(? AS text), CAST(? AS text))"),
                       {id, version, status, note.isNull() ? QStringLiteral("") : note})
               .toInt() == 1;
}

bool takeBackStatus(const QSqlDatabase& db, qint64 id, qint64 version, const QString& status,
                    const QString& note)
{
    return sql::scalar(db,
                       QStringLiteral("SELECT docket_order_take_back_status(CAST(? AS bigint), "
                                      "CAST(? AS bigint), CAST(? AS text), CAST(? AS text))"),
                       {id, version, status, note.isNull() ? QStringLiteral("") : note})
               .toInt() == 1;
}

qint64 lockOrders(const QSqlDatabase& db, const QVariant& idList, bool invalidOnly)
{
    return sql::scalar(
               db,
               QStringLiteral("SELECT docket_orders_lock(CAST(? AS bigint[]), CAST(? AS boolean))"),
               {idList, invalidOnly})
        .toLongLong();
}

int unsee(const QSqlDatabase& db, const QVariant& idList, qint64 seenAt)
{
    return sql::scalar(db,
                       QStringLiteral("SELECT docket_orders_unsee(CAST(? AS bigint[]), CAST(? AS "
                                      "bigint))"),
                       {idList, seenAt})
        .toInt();
}

int markSeen(const QSqlDatabase& db, const QVariant& idList)
{
    return sql::scalar(db, QStringLiteral("SELECT docket_orders_mark_seen(CAST(? AS bigint[]))"),
                       {idList})
        .toInt();
}

int markAllSeen(const QSqlDatabase& db)
{
    return sql::scalar(db, QStringLiteral("SELECT docket_orders_mark_all_seen()")).toInt();
}

int invalidate(const QSqlDatabase& db, const QVariant& idList, const QString& reason)
{
    return sql::scalar(db,
                       QStringLiteral("SELECT docket_orders_invalidate(CAST(? AS bigint[]), CAST(? "
                                      "AS text))"),
                       {idList, reason})
        .toInt();
}

int revalidate(const QSqlDatabase& db, const QVariant& idList)
{
    return sql::scalar(db, QStringLiteral("SELECT docket_orders_revalidate(CAST(? AS bigint[]))"),
                       {idList})
        .toInt();
}

int deleteInvalid(const QSqlDatabase& db, const QVariant& idList)
{
    return sql::scalar(db,
                       QStringLiteral("SELECT docket_orders_delete_invalid(CAST(? AS bigint[]))"),
                       {idList})
        .toInt();
}

qint64 restore(const QSqlDatabase& db, qint64 archiveId)
{
    return sql::scalar(db, QStringLiteral("SELECT docket_order_restore(CAST(? AS bigint))"),
                       {archiveId})
        .toLongLong();
}

int issueInvoices(const QSqlDatabase& db, const QVariant& idList)
{
    return sql::scalar(db, QStringLiteral("SELECT docket_invoices_issue(CAST(? AS bigint[]))"),
                       {idList})
        .toInt();
}

qint64 addComment(const QSqlDatabase& db, qint64 orderId, const QString& text)
{
    return sql::scalar(db,
                       QStringLiteral("SELECT docket_order_comment(CAST(? AS bigint), CAST(? AS "
                                      "text))"),
                       {orderId, text})
        .toLongLong();
}

void logSecurity(const QSqlDatabase& db, const QString& kind, const QString& target,
                 const QString& oldValue, const QString& newValue, const QString& note)
{
    auto nn = [](const QString& s) {
        return s.isNull() ? QStringLiteral("") : s;
    };
    sql::run(
        db,
        QStringLiteral("SELECT docket_log_security(CAST(? AS text), CAST(? AS text), CAST(? AS "
                       "text), CAST(? AS text), CAST(? AS text))"),
        {kind, nn(target), nn(oldValue), nn(newValue), nn(note)});
}

void setOwnPassword(const QSqlDatabase& db, qint64 userId, const QString& hash,
                    const QString& password)
{
    sql::run(db,
             QStringLiteral("SELECT docket_set_own_password(CAST(? AS bigint), CAST(? AS text), "
                            "CAST(? AS text))"),
             {userId, hash, password});
}

} // namespace docket::serverwrites
