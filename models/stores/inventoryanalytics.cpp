#include "inventoryanalytics.h"

#include "db/sql.h"
#include "domain/errors.h"
#include "domain/stock.h"

#include <QHash>
#include <QSqlQuery>
#include <algorithm>

namespace docket {

std::optional<double> InventoryFigures::turnover() const
{
    if (stockValue.minorUnits() <= 0)
        return std::nullopt;
    return double(shippedAtCost.minorUnits()) / double(stockValue.minorUnits());
}

std::optional<double> InventoryFigures::daysOfCover(int periodDays) const
{
    if (shippedUnits <= 0 || periodDays <= 0)
        return std::nullopt;
    return double(onHand) / (double(shippedUnits) / periodDays);
}

InventoryAnalytics::InventoryAnalytics(QSqlDatabase db, Session session)
    : m_db(std::move(db)), m_session(std::move(session))
{
}

QList<ReturnRate> InventoryAnalytics::returnRates(By by, qint64 from, qint64 to, int limit) const
{
    m_session.require(Permission::ViewOrders);
    if (to <= from)
        throw DocketError(DocketError::Code::Invalid, tr("The period ends before it starts."),
                          QStringLiteral("period"));
    const QString key =
        by == By::Product ? QStringLiteral("UPPER(l.sku)") : QStringLiteral("o.channel");
    const QString returnKey =
        by == By::Product ? QStringLiteral("rl.sku") : QStringLiteral("o.channel");
    QHash<QString, ReturnRate> rows;
    {
        QSqlQuery q = sql::run(
            m_db,
            QStringLiteral("SELECT %1, MAX(l.name), SUM(sl.quantity) FROM shipment_lines sl JOIN "
                           "shipments s ON s.id = sl.shipment_id JOIN order_lines l ON l.id = "
                           "sl.line_id JOIN orders o ON o.id = sl.order_id WHERE s.shipped_at >= ? "
                           "AND s.shipped_at < ? GROUP BY %1")
                .arg(key),
            {from, to});
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
                           "r.created_at < ? GROUP BY %1, r.reason ORDER BY 1, 3 DESC, 2")
                .arg(returnKey),
            {from, to});
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
    m_session.require(Permission::ViewOrders);
    if (to <= from)
        throw DocketError(DocketError::Code::Invalid, tr("The period ends before it starts."),
                          QStringLiteral("period"));
    const QString currency = catalogue::currency();
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
