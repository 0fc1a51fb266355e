#include "analyticsstore.h"

#include "salessummaries.h"
#include "shopsettingsstore.h"
#include "summaryranges.h"

#include "db/sql.h"
#include "domain/dateperiod.h"
#include "domain/errors.h"
#include "domain/order.h"
#include "domain/shopcurrency.h"

#include <QCoreApplication>
#include <QHash>
#include <QMap>
#include <QSet>
#include <algorithm>
#include <functional>

// AnalyticsStore: the figures read from the summary tables (whole UTC months,
// days and hours) and from the orders (what is left at the edges).

namespace docket {

namespace {

using summaries::decompose;
using summaries::kGrainDay;
using summaries::kGrainHour;
using summaries::kGrainMonth;
using summaries::kRaw;
using summaries::Piece;
using summaries::RangeJoin;
using summaries::rangeJoin;

QString cellKey(const QString& channel, const QString& status)
{
    return channel + QChar(0x1f) + status;
}

} // namespace

struct AnalyticsStore::Filters
{
    bool summaries = true;
    bool nothing = false;        // the restrictions leave no order at all
    QStringList channels;        // restriction on the summaries' channel; empty = any
    QStringList statuses;        // the query's statuses; empty = any
    QStringList revenueStatuses; // statuses that count as revenue under the filter
    SqlClause scope;             // for reads from the orders

    // Channel and status restriction for a summary table aliased `alias`.
    sql::Where summary(const QString& alias, bool revenueOnly) const
    {
        sql::Where w;
        if (nothing) {
            w.add(QStringLiteral("1=0"));
            return w;
        }
        if (!channels.isEmpty())
            w.add(sql::inList(alias + QStringLiteral(".channel"), channels));
        if (revenueOnly) {
            if (revenueStatuses.isEmpty())
                w.add(QStringLiteral("1=0"));
            else
                w.add(sql::inList(alias + QStringLiteral(".status"), revenueStatuses));
        } else if (!statuses.isEmpty()) {
            w.add(sql::inList(alias + QStringLiteral(".status"), statuses));
        }
        return w;
    }
    // The same for `orders o`, with the session's scope.
    sql::Where raw(bool revenueOnly) const
    {
        sql::Where w = summary(QStringLiteral("o"), revenueOnly);
        w.add(scope);
        if (revenueOnly)
            w.add(QStringLiteral("o.invalid_at IS NULL"));
        return w;
    }
    // One query per grain of `pieces` (all statuses, valid or not): for the
    // pieces read from the orders `fromOrders`, for each summary grain
    // `fromSummary` (over sales_orders h, the grain bound first), both given
    // the range join of the grain's pieces and the restrictions; `read` gets
    // every answer row.
    using Text = std::function<QString(const RangeJoin& ranges, const QString& where)>;
    void eachGrain(const QSqlDatabase& db, Backend backend, const QList<Piece>& pieces,
                   const Text& fromOrders, const Text& fromSummary,
                   const std::function<void(const QSqlQuery&)>& read) const
    {
        QMap<int, QList<Piece>> byGrain;
        for (const Piece& p : pieces)
            byGrain[p.grain] << p;
        for (auto it = byGrain.cbegin(); it != byGrain.cend(); ++it) {
            const RangeJoin rj = rangeJoin(backend, it.value());
            QString text;
            QVariantList binds = rj.binds;
            if (it.key() == kRaw) {
                const sql::Where w = raw(false);
                text = fromOrders(rj, w.sql());
                binds << w.binds();
            } else {
                const sql::Where w = summary(QStringLiteral("h"), false);
                text = fromSummary(rj, w.sql());
                binds << it.key() << w.binds();
            }
            QSqlQuery s = sql::run(db, text, binds);
            while (s.next())
                read(s);
        }
    }
    // The revenue of the query's period as one UNION ALL: whole days and
    // months from a summary table `s` (`fromSummary`, bound grain, from, to),
    // what is left at the edges from the orders (`fromOrders`, bound from,
    // to); %1 in each is where the restrictions go. Empty for an empty
    // period.
    SqlClause revenueUnion(const AnalyticsQuery& q, const QString& fromOrders,
                           const QString& fromSummary) const
    {
        const qint64 a = dateperiod::startOfDay(q.from, q.timeZone);
        const qint64 b = dateperiod::startOfDay(q.to.addDays(1), q.timeZone);
        QStringList parts;
        QVariantList binds;
        QList<Piece> pieces;
        decompose(a, b, summaries ? QList<int>{kGrainMonth, kGrainDay} : QList<int>{}, pieces);
        for (const Piece& p : std::as_const(pieces)) {
            if (p.grain == kRaw) {
                const sql::Where w = raw(true);
                parts << fromOrders.arg(w.sql());
                binds << p.from << p.to << w.binds();
            } else {
                const sql::Where w = summary(QStringLiteral("s"), true);
                parts << fromSummary.arg(w.sql());
                binds << p.grain << p.from << p.to << w.binds();
            }
        }
        return {parts.join(QStringLiteral(" UNION ALL ")), binds};
    }
};

AnalyticsStore::AnalyticsStore(QSqlDatabase db, Session session)
    : m_db(std::move(db)), m_session(std::move(session)), m_backend(sql::backendOf(m_db))
{
}

void AnalyticsStore::requireView() const
{
    m_session.require(Permission::ViewAnalytics);
}

bool AnalyticsStore::usesSummaries() const
{
    const auto kind = m_session.scope().kind;
    return kind == Scope::Kind::All || kind == Scope::Kind::Channels;
}

AnalyticsStore::Filters AnalyticsStore::filters(const AnalyticsQuery& q) const
{
    Filters f;
    f.summaries = usesSummaries();
    f.scope = orderquery::scope(m_session);
    f.statuses = q.statuses;
    f.revenueStatuses = q.statuses.isEmpty()
                            ? analytics::revenueStatuses()
                            : analytics::intersect(analytics::revenueStatuses(), q.statuses);
    f.channels = q.channels;
    if (m_session.scope().kind == Scope::Kind::Channels) {
        f.channels = q.channels.isEmpty()
                         ? m_session.scope().channels
                         : analytics::intersect(q.channels, m_session.scope().channels);
        f.nothing = f.channels.isEmpty();
    }
    return f;
}

QList<SeriesBucket> AnalyticsStore::series(const AnalyticsQuery& q, QDate from, QDate to,
                                           PeriodTotals* totalsOut, QList<BreakdownRow>* byStatus,
                                           QList<BreakdownRow>* byChannel) const
{
    requireView();
    q.check();
    const Filters f = filters(q);
    const QString cur = currency();
    QList<SeriesBucket> bs =
        analytics::buckets(from, to, q.timeZone, q.resolvedGranularity(), q.firstDayOfWeek);
    for (SeriesBucket& x : bs)
        x.revenue = x.refunded = Money(0, cur);
    const QList<int> levels =
        f.summaries ? QList<int>{kGrainMonth, kGrainDay, kGrainHour} : QList<int>{};
    // Gross sales: the orders sold, refunded since or not (analyticsquery.h).
    const QString rev = QStringLiteral("('paid', 'processing', 'shipped', 'delivered', "
                                       "'refunded')");
    QList<qint64> starts;
    starts.reserve(bs.size());
    for (const SeriesBucket& x : std::as_const(bs))
        starts << x.startUtc;
    auto bucketOf = [&](qint64 t) -> qsizetype {
        if (bs.isEmpty() || t < bs.first().startUtc || t >= bs.last().endUtc)
            return -1;
        return qsizetype(std::upper_bound(starts.cbegin(), starts.cend(), t) - starts.cbegin()) - 1;
    };

    // The series: every bucket as whole UTC months, days and hours, and the
    // orders for what is left at its edges; one query per grain, one answer
    // row per piece (each piece lies inside one bucket).
    QList<Piece> pieces;
    for (const SeriesBucket& x : std::as_const(bs))
        decompose(x.startUtc, x.endUtc, levels, pieces);
    f.eachGrain(
        m_db, m_backend, pieces,
        [&](const RangeJoin& rj, const QString& where) {
            return QStringLiteral(
                       "SELECT %1, SUM(CASE WHEN o.invalid_at IS NULL THEN 1 ELSE 0 END), "
                       "SUM(CASE WHEN o.invalid_at IS NULL AND o.status IN %4 THEN 1 ELSE 0 "
                       "END), SUM(CASE WHEN o.invalid_at IS NULL AND o.status IN %4 THEN "
                       "o.total_cents ELSE 0 END), SUM(CASE WHEN o.invalid_at IS NULL THEN 0 "
                       "ELSE 1 END) FROM %2 CROSS JOIN orders o WHERE o.created_at >= %1 AND "
                       "o.created_at < %3 AND %5 GROUP BY 1")
                .arg(rj.lo, rj.from, rj.hi, rev, where);
        },
        [&](const RangeJoin& rj, const QString& where) {
            return QStringLiteral(
                       "SELECT %1, SUM(CASE WHEN h.invalid = 0 THEN h.orders ELSE 0 END), "
                       "SUM(CASE WHEN h.invalid = 0 AND h.status IN %4 THEN h.orders ELSE 0 "
                       "END), SUM(CASE WHEN h.invalid = 0 AND h.status IN %4 THEN h.total_cents "
                       "ELSE 0 END), SUM(CASE WHEN h.invalid = 0 THEN 0 ELSE h.orders END) FROM "
                       "%2 CROSS JOIN sales_orders h WHERE h.grain = ? AND h.bucket >= %1 AND "
                       "h.bucket < %3 AND %5 GROUP BY 1")
                .arg(rj.lo, rj.from, rj.hi, rev, where);
        },
        [&](const QSqlQuery& s) {
            const qsizetype i = bucketOf(s.value(0).toLongLong());
            if (i < 0)
                return;
            SeriesBucket& x = bs[i];
            x.orders += s.value(1).toLongLong();
            x.revenueOrders += s.value(2).toLongLong();
            x.revenue += Money(s.value(3).toLongLong(), cur);
            x.invalidOrders += s.value(4).toLongLong();
        });

    // Refunds by when they were made, read the same way: the summary
    // sales_refunds, the refunds themselves at the edges; of valid orders,
    // with the order's channel and status restricted as the orders are.
    QHash<QString, Money> refundsByChannel;
    f.eachGrain(
        m_db, m_backend, pieces,
        [&](const RangeJoin& rj, const QString& where) {
            return QStringLiteral("SELECT %1, o.channel, COUNT(*), SUM(rf.amount_cents) FROM %2 "
                                  "CROSS JOIN refunds rf CROSS JOIN orders o WHERE rf.created_at "
                                  ">= %1 AND rf.created_at < %3 AND o.id = rf.order_id AND "
                                  "o.invalid_at IS NULL AND %4 GROUP BY 1, 2")
                .arg(rj.lo, rj.from, rj.hi, where);
        },
        [&](const RangeJoin& rj, const QString& where) {
            return QStringLiteral("SELECT %1, h.channel, SUM(h.refunds), SUM(h.total_cents) FROM "
                                  "%2 CROSS JOIN sales_refunds h WHERE h.grain = ? AND h.bucket "
                                  ">= %1 AND h.bucket < %3 AND h.invalid = 0 AND %4 GROUP BY 1, "
                                  "2")
                .arg(rj.lo, rj.from, rj.hi, where);
        },
        [&](const QSqlQuery& s) {
            const qsizetype i = bucketOf(s.value(0).toLongLong());
            if (i < 0)
                return;
            const Money amount(s.value(3).toLongLong(), cur);
            bs[i].refunds += s.value(2).toLongLong();
            bs[i].refunded += amount;
            auto it = refundsByChannel.find(s.value(1).toString());
            if (it == refundsByChannel.end())
                refundsByChannel.insert(s.value(1).toString(), amount);
            else
                *it += amount;
        });
    // What was read as revenue so far is gross sales: net sales take the
    // refunds off.
    for (SeriesBucket& x : bs)
        x.revenue -= x.refunded;
    if (!totalsOut && !byStatus && !byChannel)
        return bs;

    // Totals per (channel, status): the whole period, read the same way.
    struct Cell
    {
        QString channel;
        QString status;
        qint64 orders = 0;
        qint64 cents = 0;
        qint64 invalid = 0;
    };
    QHash<QString, Cell> cells;
    if (!bs.isEmpty()) {
        QList<Piece> whole;
        decompose(bs.first().startUtc, bs.last().endUtc, levels, whole);
        f.eachGrain(
            m_db, m_backend, whole,
            [](const RangeJoin& rj, const QString& where) {
                return QStringLiteral("SELECT o.channel, o.status, CASE WHEN o.invalid_at IS NULL "
                                      "THEN 0 ELSE 1 END, COUNT(*), SUM(o.total_cents) FROM %1 "
                                      "CROSS JOIN orders o WHERE o.created_at >= %2 AND "
                                      "o.created_at < %3 AND %4 GROUP BY 1, 2, 3")
                    .arg(rj.from, rj.lo, rj.hi, where);
            },
            [](const RangeJoin& rj, const QString& where) {
                return QStringLiteral("SELECT h.channel, h.status, h.invalid, SUM(h.orders), "
                                      "SUM(h.total_cents) FROM %1 CROSS JOIN sales_orders h "
                                      "WHERE h.grain = ? AND h.bucket >= %2 AND h.bucket < %3 "
                                      "AND %4 GROUP BY 1, 2, 3")
                    .arg(rj.from, rj.lo, rj.hi, where);
            },
            [&](const QSqlQuery& s) {
                const QString channel = s.value(0).toString();
                const QString status = s.value(1).toString();
                Cell& c = cells[cellKey(channel, status)];
                c.channel = channel;
                c.status = status;
                if (s.value(2).toInt() == 0) {
                    c.orders += s.value(3).toLongLong();
                    c.cents += s.value(4).toLongLong();
                } else {
                    c.invalid += s.value(3).toLongLong();
                }
            });
    }

    if (totalsOut) {
        PeriodTotals t = PeriodTotals::zero(cur);
        for (const Cell& c : std::as_const(cells)) {
            t.orders += c.orders;
            t.invalidOrders += c.invalid;
            if (analytics::isGrossStatus(c.status)) {
                t.revenueOrders += c.orders;
                t.revenue += Money(c.cents, cur);
            }
            if (c.status == QLatin1String("refunded"))
                t.refundedOrders += c.orders;
            else if (c.status == QLatin1String("cancelled"))
                t.cancelledOrders += c.orders;
            else if (c.status == QLatin1String("delivered"))
                t.deliveredOrders += c.orders;
        }
        for (const SeriesBucket& x : std::as_const(bs)) {
            t.refunds += x.refunds;
            t.refunded += x.refunded;
        }
        t.revenue -= t.refunded;
        *totalsOut = t;
    }
    if (byStatus) {
        byStatus->clear();
        for (OrderStatus st : status::all()) {
            const QString code = status::code(st);
            if (!f.statuses.isEmpty() && !f.statuses.contains(code))
                continue;
            BreakdownRow r{code, status::label(st), 0, 0, Money(0, cur)};
            for (const Cell& c : std::as_const(cells))
                if (c.status == code) {
                    r.orders += c.orders;
                    r.amount += Money(c.cents, cur);
                }
            byStatus->push_back(r);
        }
    }
    if (byChannel) {
        byChannel->clear();
        QStringList visible = channel::codes();
        if (!f.channels.isEmpty() || f.nothing)
            visible = analytics::intersect(visible, f.channels);
        for (const Cell& c : std::as_const(cells))
            if (!visible.contains(c.channel) && c.orders > 0)
                visible << c.channel; // a channel code from elsewhere (an import)
        for (auto it = refundsByChannel.cbegin(); it != refundsByChannel.cend(); ++it)
            if (!visible.contains(it.key()))
                visible << it.key();
        // Net sales per channel: its gross sales less its refunds.
        for (const QString& ch : std::as_const(visible)) {
            BreakdownRow r{ch, channel::label(ch), 0, 0,
                           -refundsByChannel.value(ch, Money(0, cur))};
            for (const Cell& c : std::as_const(cells))
                if (c.channel == ch && analytics::isGrossStatus(c.status)) {
                    r.orders += c.orders;
                    r.amount += Money(c.cents, cur);
                }
            byChannel->push_back(r);
        }
        std::stable_sort(
            byChannel->begin(), byChannel->end(),
            [](const BreakdownRow& x, const BreakdownRow& y) { return x.amount > y.amount; });
    }
    return bs;
}

PeriodTotals AnalyticsStore::totals(const AnalyticsQuery& q, QDate from, QDate to) const
{
    PeriodTotals t = PeriodTotals::zero(currency());
    series(q, from, to, &t);
    addShipping(q, from, to, &t);
    return t;
}

void AnalyticsStore::addShipping(const AnalyticsQuery& q, QDate from, QDate to,
                                 PeriodTotals* totalsOut) const
{
    requireView();
    if (!from.isValid() || !to.isValid() || to < from)
        return;
    const Filters f = filters(q);
    sql::Where w = f.raw(false);
    w.add(QStringLiteral("o.invalid_at IS NULL"));
    // Time to shipment from the shipments: each order's first shipped_at.
    // An order ships after it is created, so the period's shipments are found
    // from its first day on (index shipments_shipped), each order by its id.
    const qint64 a = dateperiod::startOfDay(from, q.timeZone);
    const qint64 b = dateperiod::startOfDay(to.addDays(1), q.timeZone);
    QSqlQuery s = sql::run(
        m_db,
        QStringLiteral("SELECT COUNT(*), SUM(x.shipped_at - x.created_at) FROM (SELECT o.id, "
                       "o.created_at, MIN(p.shipped_at) AS shipped_at FROM shipments p CROSS "
                       "JOIN orders o WHERE p.shipped_at >= ? AND o.id = p.order_id AND "
                       "o.created_at >= ? AND o.created_at < ? AND %1 GROUP BY o.id, "
                       "o.created_at) x")
            .arg(w.sql()),
        QVariantList{a, a, b} + w.binds());
    if (s.next()) {
        totalsOut->shippedMeasured = s.value(0).toLongLong();
        totalsOut->secondsToShipSum = s.value(1).toLongLong();
    }
}

QList<BreakdownRow> AnalyticsStore::revenueByRegion(const AnalyticsQuery& q) const
{
    requireView();
    q.check();
    const SqlClause u = filters(q).revenueUnion(
        q,
        QStringLiteral("SELECT o.ship_country AS country, o.ship_region AS region, COUNT(*) AS n, "
                       "SUM(o.total_cents) AS cents FROM orders o WHERE o.created_at >= ? AND "
                       "o.created_at < ? AND %1 GROUP BY o.ship_country, o.ship_region"),
        QStringLiteral("SELECT s.ship_country AS country, s.ship_region AS region, SUM(s.orders) "
                       "AS n, SUM(s.total_cents) AS cents FROM sales_region s WHERE s.grain = ? "
                       "AND s.bucket >= ? AND s.bucket < ? AND %1 GROUP BY s.ship_country, "
                       "s.ship_region"));
    QList<BreakdownRow> out;
    if (u.sql.isEmpty())
        return out;
    const QString cur = currency();
    QSqlQuery s = sql::run(m_db,
                           QStringLiteral("SELECT u.country, u.region, SUM(u.n), SUM(u.cents) "
                                          "FROM (%1) u GROUP BY u.country, u.region HAVING "
                                          "SUM(u.n) > 0 ORDER BY SUM(u.cents) DESC, u.country, "
                                          "u.region")
                               .arg(u.sql),
                           u.binds);
    while (s.next()) {
        const QString key = OrderFilter::regionKey(s.value(0).toString(), s.value(1).toString());
        out.push_back({key, OrderFilter::regionLabel(key), s.value(2).toLongLong(), 0,
                       Money(s.value(3).toLongLong(), cur)});
    }
    return out;
}

std::pair<QList<BreakdownRow>, QList<BreakdownRow>>
AnalyticsStore::topProducts(const AnalyticsQuery& q) const
{
    requireView();
    q.check();
    const SqlClause u = filters(q).revenueUnion(
        q,
        QStringLiteral("SELECT l.sku AS sku, COUNT(*) AS n, SUM(l.quantity) AS qty, "
                       "SUM(l.quantity * l.unit_price_cents) AS cents FROM orders o JOIN "
                       "order_lines l ON l.order_id = o.id WHERE o.created_at >= ? AND "
                       "o.created_at < ? AND %1 GROUP BY l.sku"),
        QStringLiteral("SELECT s.sku AS sku, SUM(s.lines) AS n, SUM(s.quantity) AS qty, "
                       "SUM(s.total_cents) AS cents FROM sales_product s WHERE s.grain = ? AND "
                       "s.bucket >= ? AND s.bucket < ? AND %1 GROUP BY s.sku"));
    QList<BreakdownRow> all;
    if (!u.sql.isEmpty()) {
        const QString cur = currency();
        QSqlQuery s = sql::run(m_db,
                               QStringLiteral("SELECT u.sku, SUM(u.n), SUM(u.qty), SUM(u.cents) "
                                              "FROM (%1) u GROUP BY u.sku HAVING SUM(u.n) > 0")
                                   .arg(u.sql),
                               u.binds);
        while (s.next())
            all.push_back({s.value(0).toString(),
                           {},
                           s.value(1).toLongLong(),
                           s.value(2).toLongLong(),
                           Money(s.value(3).toLongLong(), cur)});
    }
    const qsizetype n = std::min<qsizetype>(q.topProducts, all.size());
    auto byRevenue = all;
    std::partial_sort(byRevenue.begin(), byRevenue.begin() + n, byRevenue.end(),
                      [](const BreakdownRow& x, const BreakdownRow& y) {
                          return x.amount != y.amount ? x.amount > y.amount : x.key < y.key;
                      });
    byRevenue.resize(n);
    auto byQuantity = std::move(all);
    std::partial_sort(byQuantity.begin(), byQuantity.begin() + n, byQuantity.end(),
                      [](const BreakdownRow& x, const BreakdownRow& y) {
                          return x.quantity != y.quantity ? x.quantity > y.quantity : x.key < y.key;
                      });
    byQuantity.resize(n);

    // Names from the catalogue; the SKU for lines without a product.
    QStringList skus;
    for (const auto* list : {&byRevenue, &byQuantity})
        for (const BreakdownRow& r : *list)
            if (!skus.contains(r.key))
                skus << r.key;
    QHash<QString, QString> names;
    if (!skus.isEmpty()) {
        const SqlClause in = sql::inList(QStringLiteral("sku"), skus);
        QSqlQuery s = sql::run(
            m_db, QStringLiteral("SELECT sku, name FROM products WHERE ") + in.sql, in.binds);
        while (s.next())
            names.insert(s.value(0).toString(), s.value(1).toString());
    }
    for (auto* list : {&byRevenue, &byQuantity})
        for (BreakdownRow& r : *list)
            r.label = names.value(r.key, r.key.isEmpty() ? tr("(no SKU)") : r.key);
    return {byRevenue, byQuantity};
}

AnalyticsResult AnalyticsStore::load(const AnalyticsQuery& q, const CancelFn& cancelled) const
{
    requireView();
    q.check();
    auto checkpoint = [&] {
        if (cancelled && cancelled())
            throw DocketError(DocketError::Code::Cancelled, tr("Cancelled."));
    };
    AnalyticsResult r;
    r.query = q;
    r.granularity = q.resolvedGranularity();
    r.fromSummaries = usesSummaries();
    r.currency = currency();
    r.series = series(q, q.from, q.to, &r.totals, &r.byStatus, &r.byChannel);
    checkpoint();
    addShipping(q, q.from, q.to, &r.totals);
    checkpoint();
    const auto [cf, ct] = q.comparisonRange();
    if (cf.isValid()) {
        r.compareFrom = cf;
        r.compareTo = ct;
        r.compareSeries = series(q, cf, ct, &r.compareTotals);
        checkpoint();
        addShipping(q, cf, ct, &r.compareTotals);
        checkpoint();
    }
    r.byRegion = revenueByRegion(q);
    checkpoint();
    std::tie(r.topProductsByRevenue, r.topProductsByQuantity) = topProducts(q);
    return r;
}

std::pair<QDate, QDate> AnalyticsStore::dataRange(const QTimeZone& zone) const
{
    requireView();
    qint64 first = -1;
    qint64 last = -1;
    auto take = [&](const QVariant& lo, const QVariant& hi) {
        if (lo.isNull() || hi.isNull())
            return;
        first = first < 0 ? lo.toLongLong() : std::min(first, lo.toLongLong());
        last = std::max(last, hi.toLongLong());
    };
    if (m_session.scope().kind == Scope::Kind::Channels) {
        // MIN/MAX per channel come straight from orders_channel(channel, created_at).
        for (const QString& ch : m_session.scope().channels)
            take(sql::scalar(m_db,
                             QStringLiteral("SELECT MIN(created_at) FROM orders WHERE channel = ?"),
                             {ch}),
                 sql::scalar(m_db,
                             QStringLiteral("SELECT MAX(created_at) FROM orders WHERE channel = ?"),
                             {ch}));
    } else {
        const SqlClause scope = orderquery::scope(m_session);
        take(sql::scalar(
                 m_db, QStringLiteral("SELECT MIN(o.created_at) FROM orders o WHERE ") + scope.sql,
                 scope.binds),
             sql::scalar(
                 m_db, QStringLiteral("SELECT MAX(o.created_at) FROM orders o WHERE ") + scope.sql,
                 scope.binds));
    }
    if (first < 0)
        return {};
    return {QDateTime::fromSecsSinceEpoch(first, zone).date(),
            QDateTime::fromSecsSinceEpoch(last, zone).date()};
}

QString AnalyticsStore::currency() const
{
    // The shop's currency setting (issue 13 item 1), no longer the newest
    // order's. Amounts are not converted: the figures add the orders' minor
    // units whatever their currency, as they always have; the guide says so.
    return shop::currencyOf(ShopSettingsStore(m_db, m_session).load());
}

// ---------------------------------------------------------------------------

// The summaries themselves: summaries::rebuild() and summaries::verify() in
// salessummaries.cpp.

qint64 AnalyticsStore::rebuildSummaries()
{
    m_session.require(Permission::ChangeSettings);
    if (m_session.scope().kind != Scope::Kind::All)
        throw DocketError(DocketError::Code::Forbidden,
                          tr("%1 sees only part of the orders and so cannot rebuild the "
                             "analytics summaries, which cover all of them.")
                              .arg(m_session.userName()));
    return summaries::rebuild(m_db, m_backend);
}

QStringList AnalyticsStore::verifySummaries() const
{
    requireView();
    QStringList problems;
    for (const summaries::Difference& d : summaries::verify(m_db, m_backend))
        problems << tr("%1: %2 rows missing or wrong, %3 rows extra.")
                        .arg(d.table)
                        .arg(d.missing)
                        .arg(d.extra);
    return problems;
}

} // namespace docket
