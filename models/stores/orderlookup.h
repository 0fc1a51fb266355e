#pragma once

#include "domain/order.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QSqlDatabase>
#include <optional>

namespace docket {

// What a customer sees of their own order (the gateway's GET /track).
struct TrackedOrder
{
    struct Step
    {
        QString status; // code
        QDateTime at;   // UTC
    };
    struct Parcel
    {
        QString carrierCode;
        QString carrier; // its name in the shop settings, else the code
        // No name in the shop settings and a built-in code: `carrier` is the
        // built-in label in the process's language; a page translates
        // fulfilment::builtinMethodSource(carrierCode) into the reader's.
        bool builtinName = false;
        QString trackingNumber;
        QString url; // the carrier's tracking page for it; empty without a URL template
        QDateTime shippedAt;
        QString status; // shipped, delivered
    };
    QString number;
    QString status;
    QDateTime createdAt;
    QString currency;
    Money total;
    QList<Step> steps;
    QList<OrderLine> lines;
    QList<Parcel> parcels;
};

// A customer's look-up of their order by its number (Docket's, or the shop's
// own number for orders that came from a shop) and the email address or phone
// number on it. No session: whoever knows both. Nothing tells a wrong pair
// from an unknown number: both run the same statements and answer nullopt;
// only a matching pair reads the order's details. Invalid and deleted orders
// are not found.
class OrderLookup
{
    Q_DECLARE_TR_FUNCTIONS(OrderLookup)

public:
    explicit OrderLookup(QSqlDatabase db);

    std::optional<TrackedOrder> find(const QString& number, const QString& contact) const;

    // Whether `typed` is the order's email (any case) or phone (its digits;
    // a typed number without the country code matches too).
    static bool contactMatches(const QString& typed, const QString& email, const QString& phone);

private:
    QSqlDatabase m_db;
};

} // namespace docket
