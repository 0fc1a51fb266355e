#pragma once

// Helpers the FulfilmentStore files share (fulfilmentstore.cpp,
// fulfilmentshipments.cpp, fulfilmentjobs.cpp); not for other code.

#include "fulfilmentstore.h"
#include "orderstore_p.h"

#include "domain/money.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>

namespace docket::fulfilmentrows {

using orderrows::nn;

// A JSON array or object as compact text (the server functions' arguments).
inline QString jsonText(const QJsonValue& v)
{
    if (v.isArray())
        return QString::fromUtf8(QJsonDocument(v.toArray()).toJson(QJsonDocument::Compact));
    return QString::fromUtf8(QJsonDocument(v.toObject()).toJson(QJsonDocument::Compact));
}

// An amount in the user's locale, for messages.
inline QString money(const Money& amount)
{
    return amount.toString(QLocale());
}

} // namespace docket::fulfilmentrows

namespace docket {

// An order as the store's checks read it (readOrder, lockOrder).
struct FulfilmentStore::OrderRow
{
    qint64 id = 0;
    QString number;
    QString status;
    QString currency;
    QString channel;
    QString reviewState;
    Money total;    // in `currency`, as every amount below
    Money paid;     // captured payments - refunds
    Money refunded; // refunds
    bool invalid = false;
    bool records = false;
    qint64 version = 0;
};

} // namespace docket
