#include "inventoryanalytics.h"
#include "shopsettingsstore.h"

#include "db/sql.h"
#include "domain/errors.h"
#include "domain/stock.h"
#include "stores/orderfilter.h"

#include <QHash>
#include <QSqlQuery>
#include <algorithm>

namespace docket {

namespace {

std::optional<double> turnoverOf(const Money& shippedAtCost, const Money& stockValue)
{
    if (stockValue.minorUnits() <= 0)
        return std::nullopt;
    return double(shippedAtCost.minorUnits()) / double(stockValue.minorUnits());
}

std::optional<double> coverOf(qint64 onHand, qint64 shippedUnits, int periodDays)
{
    if (shippedUnits <= 0 || periodDays <= 0)
        return std::nullopt;
    return double(onHand) / (double(shippedUnits) / periodDays);
}

// The movements of a period by product, from the daily summaries.
const char* const kPeriodByProduct =
    "SELECT product_id, SUM(CASE WHEN kind = 'shipment' THEN quantity ELSE 0 END) AS shipped, "
    "SUM(CASE WHEN kind = 'shipment' THEN value_cents ELSE 0 END) AS shipped_value, "
    "SUM(CASE WHEN kind = 'backorder' THEN quantity ELSE 0 END) AS lost, "
    "SUM(CASE WHEN kind = 'backorder' THEN value_cents ELSE 0 END) AS lost_value "
    "FROM stock_daily WHERE kind IN ('shipment', 'backorder') AND day >= ? AND day < ? "
    "GROUP BY product_id";

} // namespace

std::optional<double> InventoryFigures::turnover() const
{
    return turnoverOf(shippedAtCost, stockValue);
}

std::optional<double> InventoryFigures::daysOfCover(int periodDays) const
{
    return coverOf(onHand, shippedUnits, periodDays);
}

std::optional<double> ProductStockFigures::turnover() const
{
    return turnoverOf(shippedAtCost, stockValue);
}

std::optional<double> ProductStockFigures::daysOfCover(int periodDays) const
{
    return coverOf(onHand, shippedUnits, periodDays);
}

InventoryAnalytics::InventoryAnalytics(QSqlDatabase db, Session session)
    : m_db(std::move(db)), m_session(std::move(session))
{
}

std::pair<qint64, qint64> InventoryAnalytics::lastDays(int days, qint64 now)
{
    const qint64 to = now - now % 86400 + 86400;
    return {to - qint64(days) * 86400, to};
}

void InventoryAnalytics::check(qint64 from, qint64 to) const
{
    m_session.require(Permission::ViewAnalytics);
    if (to <= from)
        throw DocketError(DocketError::Code::Invalid, tr("The period ends before it starts."),
                          QStringLiteral("period"));
}

QList<ProductStockFigures> InventoryAnalytics::productFigures(qint64 from, qint64 to, Order order,
                                                              int limit) const
{
    check(from, to);
    QString orderBy;
    switch (order) {
    case Order::StockValue:
        orderBy = QStringLiteral("ps.value_cents DESC");
        break;
    case Order::LostSales:
        orderBy = QStringLiteral("COALESCE(d.lost_value, 0) DESC");
        break;
    case Order::Shipped:
        orderBy = QStringLiteral("COALESCE(d.shipped, 0) DESC");
        break;
    case Order::DaysOfCover:
        // Shipped nothing: no cover figure, last.
        orderBy = QStringLiteral("CASE WHEN COALESCE(d.shipped, 0) > 0 THEN 0 ELSE 1 END, "
                                 "CAST(ps.on_hand AS DOUBLE PRECISION) / "
                                 "CASE WHEN COALESCE(d.shipped, 0) > 0 THEN d.shipped ELSE 1 END");
        break;
    }
    const QString currency = ShopSettingsStore::catalogueCurrency(m_db);
    QList<ProductStockFigures> out;
    QSqlQuery q = sql::run(
        m_db,
        QStringLiteral("SELECT p.id, p.sku, p.name, ps.on_hand, ps.value_cents, "
                       "COALESCE(d.shipped, 0), COALESCE(d.shipped_value, 0), COALESCE(d.lost, 0), "
                       "COALESCE(d.lost_value, 0) FROM product_stock ps JOIN products p ON p.id = "
                       "ps.product_id LEFT JOIN (%1) d ON d.product_id = ps.product_id WHERE "
                       "ps.on_hand <> 0 OR d.product_id IS NOT NULL ORDER BY %2, p.sku LIMIT ?")
            .arg(QLatin1String(kPeriodByProduct), orderBy),
        {from, to, std::max(limit, 0)});
    while (q.next()) {
        ProductStockFigures f;
        f.productId = q.value(0).toLongLong();
        f.sku = q.value(1).toString();
        f.name = q.value(2).toString();
        f.onHand = q.value(3).toLongLong();
        f.stockValue = Money(q.value(4).toLongLong(), currency);
        f.shippedUnits = q.value(5).toLongLong();
        f.shippedAtCost = Money(q.value(6).toLongLong(), currency);
        f.lostUnits = q.value(7).toLongLong();
        f.lostSales = Money(q.value(8).toLongLong(), currency);
        out << f;
    }
    return out;
}

qint64 InventoryAnalytics::productCount(qint64 from, qint64 to) const
{
    check(from, to);
    return sql::scalar(m_db,
                       QStringLiteral("SELECT COUNT(*) FROM product_stock ps LEFT JOIN (%1) d ON "
                                      "d.product_id = ps.product_id WHERE ps.on_hand <> 0 OR "
                                      "d.product_id IS NOT NULL")
                           .arg(QLatin1String(kPeriodByProduct)),
                       {from, to})
        .toLongLong();
}

QList<ReturnRate> InventoryAnalytics::returnRates(By by, qint64 from, qint64 to, int limit) const
{
    check(from, to);
    const QString key =
        by == By::Product ? QStringLiteral("UPPER(l.sku)") : QStringLiteral("o.channel");
    const QString returnKey =
        by == By::Product ? QStringLiteral("rl.sku") : QStringLiteral("o.channel");
    const SqlClause scope = orderquery::scope(m_session);
    QHash<QString, ReturnRate> rows;
    {
        QSqlQuery q = sql::run(
            m_db,
            QStringLiteral("SELECT %1, MAX(l.name), SUM(sl.quantity) FROM shipment_lines sl JOIN "
                           "shipments s ON s.id = sl.shipment_id JOIN order_lines l ON l.id = "
                           "sl.line_id JOIN orders o ON o.id = sl.order_id WHERE s.shipped_at >= ? "
                           "AND s.shipped_at < ? AND %2 GROUP BY %1")
                .arg(key, scope.sql),
            QVariantList{from, to} + scope.binds);
        while (q.next()) {
            ReturnRate& r = rows[q.value(0).toString()];
            r.key = q.value(0).toString();
            r.name = by == By::Product ? q.value(1).toString() : QString();
            r.shipped = q.value(2).toLongLong();
        }
    }
    {
        // Units by key and reason; the reason with the most units is the top one.
        QSqlQuery q = sql::run(
            m_db,
            QStringLiteral("SELECT %1, r.reason, SUM(rl.quantity), MAX(rl.name) FROM return_lines "
                           "rl JOIN returns r ON r.id = rl.return_id JOIN orders o ON o.id = "
                           "r.order_id WHERE r.state <> 'rejected' AND r.created_at >= ? AND "
                           "r.created_at < ? AND %2 GROUP BY %1, r.reason ORDER BY 1, 3 DESC, 2")
                .arg(returnKey, scope.sql),
            QVariantList{from, to} + scope.binds);
        while (q.next()) {
            ReturnRate& r = rows[q.value(0).toString()];
            if (r.key.isEmpty()) {
                r.key = q.value(0).toString();
                r.name = by == By::Product ? q.value(3).toString() : QString();
            }
            const qint64 units = q.value(2).toLongLong();
            r.returned += units;
            if (units > r.topReasonUnits) {
                r.topReason = q.value(1).toString();
                r.topReasonUnits = units;
            }
        }
    }
    QList<ReturnRate> out = rows.values();
    std::sort(out.begin(), out.end(), [](const ReturnRate& a, const ReturnRate& b) {
        const double ra = a.rate().value_or(a.returned > 0 ? 1e9 : 0);
        const double rb = b.rate().value_or(b.returned > 0 ? 1e9 : 0);
        if (ra != rb)
            return ra > rb;
        if (a.returned != b.returned)
            return a.returned > b.returned;
        return a.key < b.key;
    });
    if (out.size() > limit)
        out.resize(std::max(limit, 0));
    return out;
}

InventoryFigures InventoryAnalytics::figures(qint64 from, qint64 to) const
{
    check(from, to);
    const QString currency = ShopSettingsStore::catalogueCurrency(m_db);
    InventoryFigures f;
    f.shippedAtCost = Money(0, currency);
    f.lostSales = Money(0, currency);
    QSqlQuery now = sql::run(m_db, QStringLiteral("SELECT COALESCE(SUM(value_cents), 0), "
                                                  "COALESCE(SUM(on_hand), 0) FROM product_stock"));
    now.next();
    f.stockValue = Money(now.value(0).toLongLong(), currency);
    f.onHand = now.value(1).toLongLong();
    // stock_daily.day is the start of a UTC day: a period counts the days
    // that start in it.
    QSqlQuery q = sql::run(
        m_db,
        QStringLiteral("SELECT kind, COALESCE(SUM(quantity), 0), COALESCE(SUM(value_cents), 0) "
                       "FROM stock_daily WHERE kind IN ('shipment', 'backorder') AND day >= ? AND "
                       "day < ? GROUP BY kind"),
        {from, to});
    while (q.next()) {
        if (q.value(0).toString() == QLatin1String("shipment")) {
            f.shippedUnits = q.value(1).toLongLong();
            f.shippedAtCost = Money(q.value(2).toLongLong(), currency);
        } else {
            f.lostUnits = q.value(1).toLongLong();
            f.lostSales = Money(q.value(2).toLongLong(), currency);
        }
    }
    return f;
}

} // namespace docket
