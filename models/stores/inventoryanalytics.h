#pragma once

#include "domain/money.h"
#include "domain/session.h"

#include <QCoreApplication>
#include <QList>
#include <QSqlDatabase>
#include <QString>
#include <optional>

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
    Money lostSales;      // ... at the orders' prices
    // Cost of what shipped over the stock's value: how often the stock turned.
    std::optional<double> turnover() const;
    // Days the units on hand last at the period's shipping rate.
    std::optional<double> daysOfCover(int periodDays) const;
};

// Read-only analytics of the stock and after-sales (needs "view orders"). The
// stock figures read stock_daily and product_stock, the summaries the ledger's
// trigger keeps in each movement's transaction (StockStore::verify proves
// they equal the ledger); the return rates read returns and parcels.
// Periods are [from, to) in UTC seconds.
class InventoryAnalytics
{
    Q_DECLARE_TR_FUNCTIONS(InventoryAnalytics)
public:
    enum class By { Product, Channel };
    InventoryAnalytics(QSqlDatabase db, Session session);

    // Highest return rate first (then most returned); at most `limit` rows.
    QList<ReturnRate> returnRates(By by, qint64 from, qint64 to, int limit = 50) const;
    InventoryFigures figures(qint64 from, qint64 to) const;

private:
    QSqlDatabase m_db;
    Session m_session;
};

} // namespace docket
