#pragma once

#include "stores/orderstore.h"

#include <QtGlobal>

namespace docket {

struct SeedOptions
{
    qint64 orders = 10000;
    quint64 seed = 1;
    int days = 730; // orders spread over this many days before `now`
    qint64 now = 0; // UTC seconds; 0 = the current time
    double invalidShare = 0.02;
    int newHours = 24; // orders younger than this stay unseen ("new")
    // Demo fulfilment (issue 15): the youngest this many orders get payments,
    // refunds, shipments and tracking, and about one in twenty as many new
    // orders wait in review (seedFulfilment). 0: none.
    int fulfilment = 0;
};

struct SeedResult
{
    qint64 orders = 0;
    qint64 lines = 0;
    qint64 customers = 0;
    qint64 products = 0;
    qint64 firstOrderId = 0;
};

struct SeedFulfilmentResult
{
    qint64 payments = 0;
    qint64 refunds = 0;
    qint64 shipments = 0;
    qint64 trackingEvents = 0;
    qint64 held = 0; // new orders waiting in review
};

// Fills a database with realistic demo orders: customers (some with non-ASCII
// names), a product catalogue, 1-5 lines per order, statuses that follow the
// order's age, channels, some invalid and some new orders. Appends to what is
// there; one transaction. Requires CreateOrders.
SeedResult seedOrders(OrderStore& store, const SeedOptions& options,
                      const ProgressFn& progress = {});

// Realistic fulfilment records for the youngest `count` pending orders from
// `firstOrderId` on: paid in full (some pending first), part-paid, cash on
// delivery shipped unpaid, shipments with tracking events, deliveries, partial
// refunds by amount and by lines; and new orders held by the review rules
// (amount, country, quantity). Through the stores, so the rules, caches and
// audit are a desk's; times follow each order from its placing up to `now`.
// Needs the session's rights to pay, ship, refund and create orders.
SeedFulfilmentResult seedFulfilment(OrderStore& store, qint64 firstOrderId, int count, quint64 seed,
                                    qint64 now);

} // namespace docket
