#pragma once

#include "domain/session.h"

#include <QList>
#include <QMap>
#include <QSqlDatabase>
#include <QString>
#include <QtGlobal>

namespace docket {

struct AfterSalesSeedOptions
{
    int returns = 36;  // return requests, spread over every state
    int feedback = 60; // delivered orders the customer rated
    quint64 seed = 1;
    qint64 now = 0;           // UTC seconds; 0 = the current time
    QList<qint64> warehouses; // where received goods go back to (active ones)
};

struct AfterSalesSeedResult
{
    int returns = 0;
    QMap<QString, int> byState;      // state code -> returns
    QMap<QString, int> byResolution; // of the closed ones: refund, exchange, repair
    int overdue = 0;                 // open returns past their next step's deadline
    int feedback = 0;
    int notes = 0;
};

// Demo after-sales (issue 17 item 11) through ReturnStore (and, for a refund
// whose order has no payment on record, FulfilmentStore), so the rules, the
// refunds, the stock ledger and the timelines come out as a desk would write
// them, on both backends: return requests on shipped and delivered orders in
// every state (requested, approved, rejected, received, closed), closed ones
// with each resolution (a refund through the order's payments, an exchange
// with its replacement order, a repair), some open past their deadline, goods
// restocked to `warehouses` or written off; and customer feedback (a rating
// and a comment) on delivered orders, with a few service notes. Orders that
// have a return already are left alone. Every random choice comes from
// `seed`; times lie between each order's last event and `now`. Needs
// HandleReturns, Refund, CreateOrders, RecordPayments and Ship; appends.
AfterSalesSeedResult seedAfterSales(const QSqlDatabase& db, const Session& session,
                                    const AfterSalesSeedOptions& options);

} // namespace docket
