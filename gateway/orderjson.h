#pragma once

#include "domain/fulfilment.h"
#include "domain/order.h"
#include "stores/fulfilmentstore.h"
#include "stores/orderfeed.h"

#include <QJsonObject>

// Orders as the API shows them (see openapi.json, schemas Order and
// OrderSummary): money as decimal text ("12.50") with its currency, times as
// ISO 8601 UTC ("2026-12-05T10:00:00Z").
namespace docket::gateway::json {

QString money(const Money& amount);
QJsonValue time(const QDateTime& t);
QJsonValue time(qint64 utcSeconds);

QJsonObject summary(const OrderFeedRow& row);
// The order with its lines; `events`: its history.
QJsonObject order(const Order& o, const QList<OrderEvent>& events,
                  const QString& channelSource = {}, const QString& externalId = {});

// Fulfilment records (issue 15) as the API shows them (schemas Payment,
// Refund, Shipment); lines by their number on the order.
QJsonObject payment(const Payment& p);
QJsonObject refund(const Refund& r, const QList<FulfilmentStore::LineState>& lines);
QJsonObject shipment(const Shipment& s, const QList<FulfilmentStore::LineState>& lines,
                     const QList<Carrier>& carriers);
// Fills the order's "payments", "refunds" and "shipments" from the store.
void addRecords(QJsonObject& order, const FulfilmentStore& store, qint64 orderId);

} // namespace docket::gateway::json
