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
};

struct SeedResult
{
    qint64 orders = 0;
    qint64 lines = 0;
    qint64 customers = 0;
    qint64 products = 0;
    qint64 firstOrderId = 0;
};

// Fills a database with realistic demo orders: customers (some with non-ASCII
// names), a product catalogue, 1-5 lines per order, statuses that follow the
// order's age, channels, some invalid and some new orders. Appends to what is
// there; one transaction. Requires CreateOrders.
SeedResult seedOrders(OrderStore& store, const SeedOptions& options,
                      const ProgressFn& progress = {});

} // namespace docket
