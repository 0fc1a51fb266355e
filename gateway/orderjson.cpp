#include "orderjson.h"

#include "domain/money.h"

#include <QJsonArray>

namespace docket::gateway::json {

QString money(const Money& amount)
{
    return amount.toPlainString();
}

QJsonValue time(const QDateTime& t)
{
    if (!t.isValid())
        return QJsonValue::Null;
    return t.toUTC().toString(Qt::ISODate);
}

QJsonValue time(qint64 utcSeconds)
{
    return time(QDateTime::fromSecsSinceEpoch(utcSeconds, Qt::UTC));
}

QJsonObject summary(const OrderFeedRow& row)
{
    const OrderSummary& s = row.summary;
    return QJsonObject{{QStringLiteral("number"), s.number},
                       {QStringLiteral("customer_name"), s.customerName},
                       {QStringLiteral("channel"), s.channel},
                       {QStringLiteral("status"), s.status},
                       {QStringLiteral("total"), money(s.total)},
                       {QStringLiteral("currency"), s.total.currency()},
                       {QStringLiteral("created_at"), time(s.createdAt)},
                       {QStringLiteral("updated_at"), time(row.updatedAt)},
                       {QStringLiteral("new"), s.isNew},
                       {QStringLiteral("invalid"), s.invalid},
                       {QStringLiteral("overdue"), s.overdue},
                       {QStringLiteral("version"), row.version}};
}

QJsonObject order(const Order& o, const QList<OrderEvent>& events, const QString& channelSource,
                  const QString& externalId)
{
    QJsonArray lines;
    for (const OrderLine& l : o.lines)
        lines.append(QJsonObject{{QStringLiteral("sku"), l.sku},
                                 {QStringLiteral("name"), l.name},
                                 {QStringLiteral("quantity"), l.quantity},
                                 {QStringLiteral("unit_price"), money(l.unitPrice)},
                                 {QStringLiteral("total"), money(l.total())},
                                 {QStringLiteral("linked"), l.productId != 0}});
    QJsonArray history;
    for (const OrderEvent& e : events) {
        QJsonObject h{{QStringLiteral("at"), time(e.at)},
                      {QStringLiteral("actor"), e.actor},
                      {QStringLiteral("kind"), e.kind}};
        if (!e.field.isEmpty())
            h.insert(QStringLiteral("field"), e.field);
        if (!e.oldValue.isEmpty())
            h.insert(QStringLiteral("old"), e.oldValue);
        if (!e.newValue.isEmpty())
            h.insert(QStringLiteral("new"), e.newValue);
        if (!e.note.isEmpty())
            h.insert(QStringLiteral("note"), e.note);
        history.append(h);
    }
    QJsonObject out{
        {QStringLiteral("number"), o.number},
        {QStringLiteral("channel"), o.channel},
        {QStringLiteral("status"), o.status},
        {QStringLiteral("currency"), o.currency},
        {QStringLiteral("total"), money(o.total)},
        {QStringLiteral("customer"), QJsonObject{{QStringLiteral("name"), o.customerName},
                                                 {QStringLiteral("email"), o.email},
                                                 {QStringLiteral("phone"), o.phone}}},
        {QStringLiteral("shipping_address"),
         QJsonObject{{QStringLiteral("street"), o.shipTo.street},
                     {QStringLiteral("city"), o.shipTo.city},
                     {QStringLiteral("postcode"), o.shipTo.postcode},
                     {QStringLiteral("region"), o.shipTo.region},
                     {QStringLiteral("country"), o.shipTo.country}}},
        {QStringLiteral("note"), o.note},
        {QStringLiteral("created_at"), time(o.createdAt)},
        {QStringLiteral("updated_at"), time(o.updatedAt)},
        {QStringLiteral("created_by"), o.createdBy},
        {QStringLiteral("assigned_to"), o.assignedTo},
        {QStringLiteral("new"), o.isNew()},
        {QStringLiteral("invalid"), o.isInvalid()},
        {QStringLiteral("version"), o.version},
        {QStringLiteral("lines"), lines},
        {QStringLiteral("history"), history},
        // Filled in as the fulfilment records arrive (issue 15).
        {QStringLiteral("payments"), QJsonArray()},
        {QStringLiteral("refunds"), QJsonArray()},
        {QStringLiteral("shipments"), QJsonArray()}};
    if (o.isInvalid())
        out.insert(QStringLiteral("invalid_reason"), o.invalidReason);
    if (!externalId.isEmpty())
        out.insert(QStringLiteral("source"),
                   QJsonObject{{QStringLiteral("channel"), channelSource},
                               {QStringLiteral("external_id"), externalId}});
    return out;
}

} // namespace docket::gateway::json
