#pragma once

#include "domain/order.h"
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

} // namespace docket::gateway::json
