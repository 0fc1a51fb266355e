#pragma once

#include "aftersalesseeder.h"

#include "domain/progress.h"
#include "domain/session.h"

#include <QSqlDatabase>
#include <QtGlobal>

namespace docket {

struct StockSeedOptions
{
    qint64 products = 2000; // the catalogue is topped up to this many products
    int warehouses = 3;     // 1..8
    quint64 seed = 1;
    double lowShare = 0.05; // products stocked below their safety stock
    // Stock sized to the demo's own sales: what the open orders reserve plus
    // two weeks to three months of the parcels shipped below, safety stocks
    // one to three weeks of them; `shortShare` of the products fewer than
    // their orders want. Off: plenty of every product (a benchmark's stock).
    bool salesSized = true;
    double shortShare = 0.02;
    bool extras = true;  // a running stocktake and transfers in transit
    int shipments = 300; // with extras: parcels of reserved orders over the last 14 days
    // With extras and salesSized: orders placed, paid and shipped from stock
    // over the last 30 days (the shop's sales the stock is sized to); -1:
    // half as many as the orders placed in the last 30 days.
    qint64 sales = -1;
    // With extras: demo returns in every state and customer feedback on the
    // orders there are (seedAfterSales).
    int returns = 36;
    int feedback = 60;
    qint64 now = 0; // UTC seconds; 0 = the current time
};

struct StockSeedResult
{
    qint64 productsAdded = 0;
    qint64 productsChanged = 0; // given a cost and a safety stock
    int warehouses = 0;
    qint64 unitsReceived = 0;
    qint64 stocktakeId = 0; // 0: none started
    int transfers = 0;
    int shipments = 0; // parcels sent (stock seeded a month ago left with them)
    qint64 sales = 0;  // orders placed from stock over the last 30 days
    AfterSalesSeedResult afterSales;
};

// Demo stock through the stores' own doors (CatalogueStore, StockStore), so
// the ledger, its caches and the audit come out as the window would write
// them, on both backends: warehouses (Hamburg, Lyon, ...) each serving sales
// channels, the catalogue topped up to `products` with costs and safety
// stocks, goods received in every warehouse (some products low), and with
// `extras` a stocktake under way in the first warehouse, one transfer in
// transit and one drafted, and returns and feedback on the orders there are
// (seedAfterSales, goods back into these warehouses). Every random choice comes from `seed`. Needs
// ManageCatalogue and AdjustStock (and for the after-sales, see
// seedAfterSales); appends to what is there.
StockSeedResult seedStock(const QSqlDatabase& db, const Session& session,
                          const StockSeedOptions& options, const ProgressFn& progress = {});

} // namespace docket
