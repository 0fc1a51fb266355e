#pragma once

#include "domain/money.h"
#include "domain/session.h"

#include <QCoreApplication>
#include <QList>
#include <QSqlDatabase>
#include <QString>
#include <optional>
#include <utility>

namespace docket {

// Returns by product or channel over a period (issue 17 item 8).
struct ReturnRate
{
    QString key;         // the SKU (upper case) or the channel
    QString name;        // the product's name; empty by channel
    qint64 shipped = 0;  // units shipped in the period
    qint64 returned = 0; // units asked back in the period (rejected returns left out)
    QString topReason;   // the reason code with the most units; empty when none
    qint64 topReasonUnits = 0;
    // returned / shipped; nothing when nothing shipped.
    std::optional<double> rate() const
    {
        return shipped > 0 ? std::optional<double>(double(returned) / double(shipped))
                           : std::nullopt;
    }
};

// The stock's money over a period.
struct InventoryFigures
{
    Money stockValue;  // on hand at cost, now
    qint64 onHand = 0; // units, now
    qint64 shippedUnits = 0;
    Money shippedAtCost;  // what left with parcels, at cost
    qint64 lostUnits = 0; // demand that could not be reserved (backorders)
    Money lostSales;      // ... at cost (every movement of the ledger is valued at cost)
    // Cost of what shipped over the stock's value: how often the stock turned.
    std::optional<double> turnover() const;
    // Days the units on hand last at the period's shipping rate.
    std::optional<double> daysOfCover(int periodDays) const;
};

// One product's stock now and its movements over a period.
struct ProductStockFigures
{
    qint64 productId = 0;
    QString sku;
    QString name;
    qint64 onHand = 0; // units, now, over every warehouse
    Money stockValue;  // on hand at cost, now
    qint64 shippedUnits = 0;
    Money shippedAtCost;
    qint64 lostUnits = 0; // demand that could not be reserved
    Money lostSales;      // ... at cost (every movement of the ledger is valued at cost)
    std::optional<double> turnover() const;
    std::optional<double> daysOfCover(int periodDays) const;
};

// Read-only analytics of the stock and after-sales (needs "view analytics";
// the return rates count only the orders of the session's scope). The
// stock figures read stock_daily and product_stock, the summaries the ledger's
// trigger keeps in each movement's transaction (StockStore::verify proves
// they equal the ledger); the return rates read returns and parcels.
// Periods are [from, to) in UTC seconds.
class InventoryAnalytics
{
    Q_DECLARE_TR_FUNCTIONS(InventoryAnalytics)
public:
    enum class By { Product, Channel };
    // Which products first in productFigures.
    enum class Order { StockValue, LostSales, Shipped, DaysOfCover };
    InventoryAnalytics(QSqlDatabase db, Session session);

    // The last `days` whole UTC days up to `now`, today included: [from, to).
    static std::pair<qint64, qint64> lastDays(int days, qint64 now);

    // Highest return rate first (then most returned); at most `limit` rows.
    QList<ReturnRate> returnRates(By by, qint64 from, qint64 to, int limit = 50) const;
    InventoryFigures figures(qint64 from, qint64 to) const;
    // Products with stock on hand or movements in the period, at most
    // `limit`, in the given order (days of cover: the shortest first, those
    // that shipped nothing last); ties by SKU.
    QList<ProductStockFigures> productFigures(qint64 from, qint64 to, Order order,
                                              int limit = 100) const;
    // Products with stock on hand or movements in the period (all of them,
    // however many productFigures shows).
    qint64 productCount(qint64 from, qint64 to) const;

private:
    void check(qint64 from, qint64 to) const;

    QSqlDatabase m_db;
    Session m_session;
};

} // namespace docket
