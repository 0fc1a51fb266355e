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
        // addRecords() fills them.
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

namespace {

QJsonArray recordLines(const QList<QPair<qint64, qint64>>& lines,
                       const QList<FulfilmentStore::LineState>& states)
{
    QJsonArray out;
    for (const auto& [lineId, quantity] : lines) {
        QJsonObject l{{QStringLiteral("quantity"), quantity}};
        for (const FulfilmentStore::LineState& s : states)
            if (s.lineId == lineId) {
                l.insert(QStringLiteral("line"), s.lineNo);
                l.insert(QStringLiteral("sku"), s.sku);
            }
        out.append(l);
    }
    return out;
}

} // namespace

QJsonObject payment(const Payment& p)
{
    return QJsonObject{{QStringLiteral("id"), p.id},
                       {QStringLiteral("method"), p.method},
                       {QStringLiteral("amount"), money(p.amount)},
                       {QStringLiteral("currency"), p.amount.currency()},
                       {QStringLiteral("reference"), p.reference},
                       {QStringLiteral("state"), paymentstate::code(p.state)},
                       {QStringLiteral("refunded"), money(p.refunded)},
                       {QStringLiteral("created_at"), time(p.createdAt)},
                       {QStringLiteral("created_by"), p.createdBy},
                       {QStringLiteral("version"), p.version}};
}

QJsonObject refund(const Refund& r, const QList<FulfilmentStore::LineState>& states)
{
    QList<QPair<qint64, qint64>> lines;
    for (const RefundLine& l : r.lines)
        lines.append({l.lineId, l.quantity});
    return QJsonObject{{QStringLiteral("id"), r.id},
                       {QStringLiteral("payment_id"), r.paymentId},
                       {QStringLiteral("amount"), money(r.amount)},
                       {QStringLiteral("currency"), r.amount.currency()},
                       {QStringLiteral("reason"), r.reason},
                       {QStringLiteral("lines"), recordLines(lines, states)},
                       {QStringLiteral("created_at"), time(r.createdAt)},
                       {QStringLiteral("created_by"), r.createdBy}};
}

QJsonObject shipment(const Shipment& s, const QList<FulfilmentStore::LineState>& states,
                     const QList<Carrier>& carriers)
{
    QList<QPair<qint64, qint64>> lines;
    for (const ShipmentLine& l : s.lines)
        lines.append({l.lineId, l.quantity});
    QString url;
    for (const Carrier& c : carriers)
        if (c.code == s.carrier && !s.trackingNumber.isEmpty())
            url = c.trackingUrl(s.trackingNumber);
    QJsonArray events;
    for (const TrackingEvent& e : s.events)
        events.append(QJsonObject{{QStringLiteral("at"), time(e.at)},
                                  {QStringLiteral("place"), e.place},
                                  {QStringLiteral("text"), e.text},
                                  {QStringLiteral("source"), e.source}});
    return QJsonObject{{QStringLiteral("id"), s.id},
                       {QStringLiteral("carrier"), s.carrier},
                       {QStringLiteral("tracking_number"), s.trackingNumber},
                       {QStringLiteral("tracking_url"), url},
                       {QStringLiteral("shipped_at"), time(s.shippedAt)},
                       {QStringLiteral("delivered_at"), time(s.deliveredAt)},
                       {QStringLiteral("lines"), recordLines(lines, states)},
                       {QStringLiteral("events"), events},
                       {QStringLiteral("created_by"), s.createdBy},
                       {QStringLiteral("version"), s.version}};
}

void addRecords(QJsonObject& order, const FulfilmentStore& store, qint64 orderId)
{
    const auto states = store.lineStates(orderId);
    QJsonArray payments, refunds, shipments;
    for (const Payment& p : store.payments(orderId))
        payments.append(payment(p));
    for (const Refund& r : store.refunds(orderId))
        refunds.append(refund(r, states));
    const QList<Carrier> carriers = store.carriers();
    for (const Shipment& s : store.shipments(orderId))
        shipments.append(shipment(s, states, carriers));
    order.insert(QStringLiteral("payments"), payments);
    order.insert(QStringLiteral("refunds"), refunds);
    order.insert(QStringLiteral("shipments"), shipments);
}

} // namespace docket::gateway::json
