#include "analyticsstore.h"

#include "salessummaries.h"

#include "db/sql.h"
#include "domain/dateperiod.h"
#include "domain/errors.h"
#include "domain/money.h"
#include "domain/order.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonArray>
#include <QLocale>
#include <QSet>
#include <algorithm>

namespace docket {

namespace {

constexpr qint64 kHour = 3600;
constexpr qint64 kDay = 86400;
constexpr int kGrainDay = 1;
constexpr int kGrainMonth = 2;

// The revenue statuses as SQL, for CASE expressions and the partial index's
// sibling queries (constants, not input).
const QString& revenueSqlList()
{
    static const QString s = QStringLiteral("('paid', 'processing', 'shipped', 'delivered')");
    return s;
}

qint64 floorTo(qint64 t, qint64 unit)
{
    const qint64 r = t % unit;
    return r < 0 ? t - r - unit : t - r;
}

qint64 ceilTo(qint64 t, qint64 unit)
{
    const qint64 f = floorTo(t, unit);
    return f == t ? t : f + unit;
}

QDate utcDate(qint64 t)
{
    return QDateTime::fromSecsSinceEpoch(t, QTimeZone::utc()).date();
}

qint64 utcStartOf(QDate d)
{
    return QDateTime(d, QTime(0, 0), QTimeZone::utc()).toSecsSinceEpoch();
}

qint64 floorMonth(qint64 t)
{
    const QDate d = utcDate(t);
    return utcStartOf(QDate(d.year(), d.month(), 1));
}

qint64 ceilMonth(qint64 t)
{
    const qint64 f = floorMonth(t);
    return f == t ? t : utcStartOf(utcDate(f).addMonths(1));
}

qint64 localStart(QDate d, const QTimeZone& zone)
{
    return dateperiod::startOfDay(d, zone);
}

// Summary grains (the `grain` column) and, for what no summary bucket covers,
// the orders themselves.
constexpr int kRaw = -1;
constexpr int kGrainHour = 0;

qint64 floorGrain(int grain, qint64 t)
{
    switch (grain) {
    case kGrainHour:
        return floorTo(t, kHour);
    case kGrainDay:
        return floorTo(t, kDay);
    default:
        return floorMonth(t);
    }
}

qint64 ceilGrain(int grain, qint64 t)
{
    switch (grain) {
    case kGrainHour:
        return ceilTo(t, kHour);
    case kGrainDay:
        return ceilTo(t, kDay);
    default:
        return ceilMonth(t);
    }
}

// A piece of a UTC interval: a run of whole summary buckets of one grain, or
// (kRaw) a stretch read from the orders.
struct Piece
{
    int grain = kRaw;
    qint64 from = 0;
    qint64 to = 0;
};

// Splits [a, b) into the coarsest whole buckets of `levels` (coarse to fine,
// each level's boundaries also boundaries of the next), and raw edges.
void decompose(qint64 a, qint64 b, QList<int> levels, QList<Piece>& out)
{
    if (a >= b)
        return;
    if (levels.isEmpty()) {
        out.push_back({kRaw, a, b});
        return;
    }
    const int g = levels.takeFirst();
    const qint64 s = ceilGrain(g, a);
    const qint64 e = floorGrain(g, b);
    if (s >= e) {
        decompose(a, b, levels, out);
        return;
    }
    decompose(a, s, levels, out);
    out.push_back({g, s, e});
    decompose(e, b, levels, out);
}

// A list of [lo, hi) ranges as one table to join: json_each on SQLite, unnest
// on PostgreSQL. `lo`/`hi` are the expressions of a range's ends.
struct RangeJoin
{
    QString from;
    QString lo;
    QString hi;
    QVariantList binds;
};

RangeJoin rangeJoin(Backend backend, const QList<Piece>& pieces)
{
    RangeJoin j;
    if (backend == Backend::SQLite) {
        QString json = QStringLiteral("[");
        for (qsizetype i = 0; i < pieces.size(); ++i)
            json += (i ? QStringLiteral(",[%1,%2]") : QStringLiteral("[%1,%2]"))
                        .arg(pieces[i].from)
                        .arg(pieces[i].to);
        json += QLatin1Char(']');
        j.from = QStringLiteral("json_each(?) r");
        j.lo = QStringLiteral("json_extract(r.value, '$[0]')");
        j.hi = QStringLiteral("json_extract(r.value, '$[1]')");
        j.binds << json;
    } else {
        QStringList lo;
        QStringList hi;
        for (const Piece& p : pieces) {
            lo << QString::number(p.from);
            hi << QString::number(p.to);
        }
        j.from = QStringLiteral("unnest(CAST(? AS bigint[]), CAST(? AS bigint[])) AS r(lo, hi)");
        j.lo = QStringLiteral("r.lo");
        j.hi = QStringLiteral("r.hi");
        j.binds << QVariant(QLatin1Char('{') + lo.join(QLatin1Char(',')) + QLatin1Char('}'))
                << QVariant(QLatin1Char('{') + hi.join(QLatin1Char(',')) + QLatin1Char('}'));
    }
    return j;
}

// "col IN (?, ?)" with its binds.
SqlClause inList(const QString& column, const QStringList& values)
{
    SqlClause c;
    QStringList marks;
    for (const QString& v : values) {
        marks << QStringLiteral("?");
        c.binds << v;
    }
    c.sql = column + QStringLiteral(" IN (") + marks.join(QStringLiteral(", ")) + QLatin1Char(')');
    return c;
}

struct Where
{
    QStringList parts;
    QVariantList binds;
    void add(const SqlClause& c)
    {
        parts << c.sql;
        binds << c.binds;
    }
    void add(const QString& sqlText, const QVariantList& values = {})
    {
        parts << sqlText;
        binds << values;
    }
    QString sql() const
    {
        return parts.isEmpty() ? QStringLiteral("1=1") : parts.join(QStringLiteral(" AND "));
    }
};

QStringList intersect(const QStringList& a, const QStringList& b)
{
    QStringList out;
    for (const QString& s : a)
        if (b.contains(s) && !out.contains(s))
            out << s;
    return out;
}

QString monthExpr(Backend backend, const QString& seconds)
{
    if (backend == Backend::SQLite)
        return QStringLiteral("CAST(strftime('%s', %1, 'unixepoch', 'start of month') AS "
                              "INTEGER)")
            .arg(seconds);
    return QStringLiteral("CAST(EXTRACT(EPOCH FROM date_trunc('month', to_timestamp(%1) AT TIME "
                          "ZONE 'UTC')) AS BIGINT)")
        .arg(seconds);
}

QString cellKey(const QString& channel, const QString& status)
{
    return channel + QChar(0x1f) + status;
}

} // namespace

// ---------------------------------------------------------------------------

namespace analytics {

QStringList revenueStatuses()
{
    return {QStringLiteral("paid"), QStringLiteral("processing"), QStringLiteral("shipped"),
            QStringLiteral("delivered")};
}

bool isRevenueStatus(const QString& status)
{
    return revenueStatuses().contains(status);
}

QList<SeriesBucket> buckets(QDate from, QDate to, const QTimeZone& zone, Granularity g,
                            Qt::DayOfWeek firstDayOfWeek)
{
    QList<SeriesBucket> out;
    if (!from.isValid() || !to.isValid() || to < from)
        return out;
    QDate d = from;
    while (d <= to) {
        QDate last;
        switch (g) {
        case Granularity::Day:
            last = d;
            break;
        case Granularity::Week: {
            const int intoWeek = (d.dayOfWeek() - int(firstDayOfWeek) + 7) % 7;
            last = d.addDays(6 - intoWeek);
            break;
        }
        case Granularity::Month:
            last = dateperiod::lastOfMonth(d);
            break;
        }
        last = std::min(last, to);
        SeriesBucket b;
        b.first = d;
        b.last = last;
        b.startUtc = localStart(d, zone);
        b.endUtc = localStart(last.addDays(1), zone);
        out.push_back(b);
        d = last.addDays(1);
    }
    return out;
}

OrderFilter drillDown(const AnalyticsQuery& query, Measure measure, QDate from, QDate to,
                      const QString& status, const QString& channel, const QString& sku,
                      const QString& region)
{
    OrderFilter f;
    f.from = from.isValid() ? from : query.from;
    f.to = to.isValid() ? to : query.to;
    f.timeZone = query.timeZone;
    f.validity = OrderFilter::Validity::Valid;
    f.channels = channel.isEmpty() ? query.channels : QStringList{channel};
    QStringList statuses = query.statuses;
    if (measure == Measure::Revenue)
        statuses = statuses.isEmpty() ? revenueStatuses() : intersect(revenueStatuses(), statuses);
    if (!status.isEmpty())
        statuses = {status};
    f.statuses = statuses;
    if (!sku.isEmpty())
        f.skus = {sku};
    if (!region.isEmpty())
        f.regions = {region};
    return f;
}

} // namespace analytics

// ---------------------------------------------------------------------------

namespace granularity {

QString code(Granularity g)
{
    switch (g) {
    case Granularity::Day:
        return QStringLiteral("day");
    case Granularity::Week:
        return QStringLiteral("week");
    case Granularity::Month:
        return QStringLiteral("month");
    }
    return {};
}

std::optional<Granularity> fromCode(const QString& c)
{
    for (Granularity g : {Granularity::Day, Granularity::Week, Granularity::Month})
        if (c == code(g))
            return g;
    return std::nullopt;
}

QString label(Granularity g)
{
    switch (g) {
    case Granularity::Day:
        return AnalyticsStore::tr("Day");
    case Granularity::Week:
        return AnalyticsStore::tr("Week");
    case Granularity::Month:
        return AnalyticsStore::tr("Month");
    }
    return {};
}

Granularity automatic(QDate from, QDate to)
{
    const qint64 days = from.daysTo(to) + 1;
    if (days <= 62)
        return Granularity::Day;
    if (days <= 548)
        return Granularity::Week;
    return Granularity::Month;
}

} // namespace granularity

// ---------------------------------------------------------------------------

Granularity AnalyticsQuery::resolvedGranularity() const
{
    return granularity ? *granularity : granularity::automatic(from, to);
}

std::pair<QDate, QDate> AnalyticsQuery::comparisonRange() const
{
    switch (comparison) {
    case Comparison::None:
        return {};
    case Comparison::PreviousPeriod: {
        const qint64 days = from.daysTo(to) + 1;
        return {from.addDays(-days), from.addDays(-1)};
    }
    case Comparison::SamePeriodLastYear:
        return {from.addYears(-1), to.addYears(-1)};
    }
    return {};
}

QList<FieldError> AnalyticsQuery::validate() const
{
    QList<FieldError> errors;
    if (!from.isValid())
        errors.push_back({QStringLiteral("from"), tr("The period needs a first day.")});
    if (!to.isValid())
        errors.push_back({QStringLiteral("to"), tr("The period needs a last day.")});
    if (from.isValid() && to.isValid()) {
        if (const auto problem = dateperiod::rangeProblem(from, to))
            errors.push_back({QStringLiteral("to"), *problem});
        else if (from.daysTo(to) > 366 * 30)
            errors.push_back({QStringLiteral("to"),
                              tr("The period is longer than 30 years; choose a shorter one.")});
    }
    if (!timeZone.isValid())
        errors.push_back({QStringLiteral("timeZone"), tr("The time zone is not known.")});
    for (const QString& s : statuses)
        if (!status::fromCode(s))
            errors.push_back({QStringLiteral("status"), tr("Unknown status \"%1\".").arg(s)});
    for (const QString& c : channels)
        if (!channel::codes().contains(c))
            errors.push_back({QStringLiteral("channel"), tr("Unknown channel \"%1\".").arg(c)});
    if (topProducts < 1 || topProducts > 100)
        errors.push_back({QStringLiteral("topProducts"),
                          tr("The number of top products must be between 1 and 100.")});
    return errors;
}

void AnalyticsQuery::check() const
{
    const auto errors = validate();
    if (!errors.isEmpty())
        throw DocketError(DocketError::Code::Invalid, errors.first().message, errors.first().field);
}

// ---------------------------------------------------------------------------

std::optional<qint64> PeriodTotals::averageOrderCents() const
{
    if (revenueOrders <= 0)
        return std::nullopt;
    // Rounded half away from zero, in integers.
    const qint64 q = revenueCents / revenueOrders;
    const qint64 r = revenueCents % revenueOrders;
    return 2 * std::abs(r) >= revenueOrders ? q + (revenueCents < 0 ? -1 : 1) : q;
}

std::optional<double> PeriodTotals::completionRate() const
{
    if (orders <= 0)
        return std::nullopt;
    return double(deliveredOrders) / double(orders);
}

std::optional<double> PeriodTotals::invalidRate() const
{
    const qint64 all = orders + invalidOrders;
    if (all <= 0)
        return std::nullopt;
    return double(invalidOrders) / double(all);
}

std::optional<double> PeriodTotals::averageHoursToShip() const
{
    if (shippedMeasured <= 0)
        return std::nullopt;
    return double(secondsToShipSum) / double(shippedMeasured) / 3600.0;
}

// ---------------------------------------------------------------------------

struct AnalyticsStore::Filters
{
    bool summaries = true;
    bool nothing = false;        // the restrictions leave no order at all
    QStringList channels;        // restriction on the summaries' channel; empty = any
    QStringList statuses;        // the query's statuses; empty = any
    QStringList revenueStatuses; // statuses that count as revenue under the filter
    SqlClause scope;             // for reads from the orders

    // Channel and status restriction for a summary table aliased `alias`.
    Where summary(const QString& alias, bool revenueOnly) const
    {
        Where w;
        if (nothing) {
            w.add(QStringLiteral("1=0"));
            return w;
        }
        if (!channels.isEmpty())
            w.add(inList(alias + QStringLiteral(".channel"), channels));
        if (revenueOnly) {
            if (revenueStatuses.isEmpty())
                w.add(QStringLiteral("1=0"));
            else
                w.add(inList(alias + QStringLiteral(".status"), revenueStatuses));
        } else if (!statuses.isEmpty()) {
            w.add(inList(alias + QStringLiteral(".status"), statuses));
        }
        return w;
    }
    // The same for `orders o`, with the session's scope.
    Where raw(bool revenueOnly) const
    {
        Where w = summary(QStringLiteral("o"), revenueOnly);
        w.add(scope);
        if (revenueOnly)
            w.add(QStringLiteral("o.invalid_at IS NULL"));
        return w;
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
    f.revenueStatuses = q.statuses.isEmpty() ? analytics::revenueStatuses()
                                             : intersect(analytics::revenueStatuses(), q.statuses);
    f.channels = q.channels;
    if (m_session.scope().kind == Scope::Kind::Channels) {
        f.channels = q.channels.isEmpty() ? m_session.scope().channels
                                          : intersect(q.channels, m_session.scope().channels);
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
    QList<SeriesBucket> bs =
        analytics::buckets(from, to, q.timeZone, q.resolvedGranularity(), q.firstDayOfWeek);
    const QList<int> levels =
        f.summaries ? QList<int>{kGrainMonth, kGrainDay, kGrainHour} : QList<int>{};
    const QString rev = revenueSqlList();
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
    QMap<int, QList<Piece>> perGrain;
    for (const SeriesBucket& x : std::as_const(bs)) {
        QList<Piece> pieces;
        decompose(x.startUtc, x.endUtc, levels, pieces);
        for (const Piece& p : std::as_const(pieces))
            perGrain[p.grain] << p;
    }
    for (auto it = perGrain.cbegin(); it != perGrain.cend(); ++it) {
        const RangeJoin rj = rangeJoin(m_backend, it.value());
        QString text;
        QVariantList binds = rj.binds;
        if (it.key() == kRaw) {
            const Where w = f.raw(false);
            text = QStringLiteral(
                       "SELECT %1, SUM(CASE WHEN o.invalid_at IS NULL THEN 1 ELSE 0 END), "
                       "SUM(CASE WHEN o.invalid_at IS NULL AND o.status IN %4 THEN 1 ELSE 0 "
                       "END), SUM(CASE WHEN o.invalid_at IS NULL AND o.status IN %4 THEN "
                       "o.total_cents ELSE 0 END), SUM(CASE WHEN o.invalid_at IS NULL THEN 0 "
                       "ELSE 1 END) FROM %2 CROSS JOIN orders o WHERE o.created_at >= %1 AND "
                       "o.created_at < %3 AND %5 GROUP BY 1")
                       .arg(rj.lo, rj.from, rj.hi, rev, w.sql());
            binds << w.binds;
        } else {
            const Where w = f.summary(QStringLiteral("h"), false);
            text = QStringLiteral(
                       "SELECT %1, SUM(CASE WHEN h.invalid = 0 THEN h.orders ELSE 0 END), "
                       "SUM(CASE WHEN h.invalid = 0 AND h.status IN %4 THEN h.orders ELSE 0 "
                       "END), SUM(CASE WHEN h.invalid = 0 AND h.status IN %4 THEN h.total_cents "
                       "ELSE 0 END), SUM(CASE WHEN h.invalid = 0 THEN 0 ELSE h.orders END) FROM "
                       "%2 CROSS JOIN sales_orders h WHERE h.grain = ? AND h.bucket >= %1 AND "
                       "h.bucket < %3 AND %5 GROUP BY 1")
                       .arg(rj.lo, rj.from, rj.hi, rev, w.sql());
            binds << it.key() << w.binds;
        }
        QSqlQuery s = sql::run(m_db, text, binds);
        while (s.next()) {
            const qsizetype i = bucketOf(s.value(0).toLongLong());
            if (i < 0)
                continue;
            SeriesBucket& x = bs[i];
            x.orders += s.value(1).toLongLong();
            x.revenueOrders += s.value(2).toLongLong();
            x.revenueCents += s.value(3).toLongLong();
            x.invalidOrders += s.value(4).toLongLong();
        }
    }
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
        QList<Piece> pieces;
        decompose(bs.first().startUtc, bs.last().endUtc, levels, pieces);
        QMap<int, QList<Piece>> byGrain;
        for (const Piece& p : std::as_const(pieces))
            byGrain[p.grain] << p;
        for (auto it = byGrain.cbegin(); it != byGrain.cend(); ++it) {
            const RangeJoin rj = rangeJoin(m_backend, it.value());
            QString text;
            QVariantList binds = rj.binds;
            if (it.key() == kRaw) {
                const Where w = f.raw(false);
                text = QStringLiteral("SELECT o.channel, o.status, CASE WHEN o.invalid_at IS NULL "
                                      "THEN 0 ELSE 1 END, COUNT(*), SUM(o.total_cents) FROM %1 "
                                      "CROSS JOIN orders o WHERE o.created_at >= %2 AND "
                                      "o.created_at < %3 AND %4 GROUP BY 1, 2, 3")
                           .arg(rj.from, rj.lo, rj.hi, w.sql());
                binds << w.binds;
            } else {
                const Where w = f.summary(QStringLiteral("h"), false);
                text = QStringLiteral("SELECT h.channel, h.status, h.invalid, SUM(h.orders), "
                                      "SUM(h.total_cents) FROM %1 CROSS JOIN sales_orders h "
                                      "WHERE h.grain = ? AND h.bucket >= %2 AND h.bucket < %3 "
                                      "AND %4 GROUP BY 1, 2, 3")
                           .arg(rj.from, rj.lo, rj.hi, w.sql());
                binds << it.key() << w.binds;
            }
            QSqlQuery s = sql::run(m_db, text, binds);
            while (s.next()) {
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
            }
        }
    }

    if (totalsOut) {
        PeriodTotals t;
        for (const Cell& c : std::as_const(cells)) {
            t.orders += c.orders;
            t.invalidOrders += c.invalid;
            if (analytics::isRevenueStatus(c.status)) {
                t.revenueOrders += c.orders;
                t.revenueCents += c.cents;
            } else if (c.status == QLatin1String("refunded")) {
                t.refundedOrders += c.orders;
                t.refundedCents += c.cents;
            } else if (c.status == QLatin1String("cancelled")) {
                t.cancelledOrders += c.orders;
            }
            if (c.status == QLatin1String("delivered"))
                t.deliveredOrders += c.orders;
        }
        *totalsOut = t;
    }
    if (byStatus) {
        byStatus->clear();
        for (OrderStatus st : status::all()) {
            const QString code = status::code(st);
            if (!f.statuses.isEmpty() && !f.statuses.contains(code))
                continue;
            BreakdownRow r{code, status::label(st), 0, 0, 0};
            for (const Cell& c : std::as_const(cells))
                if (c.status == code) {
                    r.orders += c.orders;
                    r.cents += c.cents;
                }
            byStatus->push_back(r);
        }
    }
    if (byChannel) {
        byChannel->clear();
        QStringList visible = channel::codes();
        if (!f.channels.isEmpty() || f.nothing)
            visible = intersect(visible, f.channels);
        for (const Cell& c : std::as_const(cells))
            if (!visible.contains(c.channel) && c.orders > 0)
                visible << c.channel; // a channel code from elsewhere (an import)
        for (const QString& ch : std::as_const(visible)) {
            BreakdownRow r{ch, channel::label(ch), 0, 0, 0};
            for (const Cell& c : std::as_const(cells))
                if (c.channel == ch && analytics::isRevenueStatus(c.status)) {
                    r.orders += c.orders;
                    r.cents += c.cents;
                }
            byChannel->push_back(r);
        }
        std::stable_sort(
            byChannel->begin(), byChannel->end(),
            [](const BreakdownRow& x, const BreakdownRow& y) { return x.cents > y.cents; });
    }
    return bs;
}

PeriodTotals AnalyticsStore::totals(const AnalyticsQuery& q, QDate from, QDate to) const
{
    PeriodTotals t;
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
    Where w = f.raw(false);
    w.add(QStringLiteral("o.invalid_at IS NULL"));
    // Shipments of the period's orders happen after its start: walk the partial
    // index order_events_shipped (whose WHERE the literals repeat) from there.
    const qint64 a = localStart(from, q.timeZone);
    const qint64 b = localStart(to.addDays(1), q.timeZone);
    QSqlQuery s = sql::run(
        m_db,
        QStringLiteral("SELECT COUNT(*), SUM(x.shipped_at - x.created_at) FROM (SELECT o.id, "
                       "o.created_at, MIN(e.at) AS shipped_at FROM order_events e CROSS JOIN "
                       "orders o WHERE e.kind = 'status' AND e.new_value = 'shipped' AND e.at "
                       ">= ? AND o.id = e.order_id AND o.created_at >= ? AND o.created_at < ? "
                       "AND %1 GROUP BY o.id, o.created_at) x")
            .arg(w.sql()),
        QVariantList{a, a, b} + w.binds);
    if (s.next()) {
        totalsOut->shippedMeasured = s.value(0).toLongLong();
        totalsOut->secondsToShipSum = s.value(1).toLongLong();
    }
}

QList<BreakdownRow> AnalyticsStore::revenueByRegion(const AnalyticsQuery& q) const
{
    requireView();
    q.check();
    const Filters f = filters(q);
    const qint64 a = localStart(q.from, q.timeZone);
    const qint64 b = localStart(q.to.addDays(1), q.timeZone);
    QStringList parts;
    QVariantList binds;
    QList<Piece> pieces;
    decompose(a, b, f.summaries ? QList<int>{kGrainMonth, kGrainDay} : QList<int>{}, pieces);
    for (const Piece& p : std::as_const(pieces)) {
        if (p.grain == kRaw) {
            const Where w = f.raw(true);
            parts << QStringLiteral("SELECT o.ship_country AS country, o.ship_region AS region, "
                                    "COUNT(*) AS n, SUM(o.total_cents) AS cents FROM orders o "
                                    "WHERE o.created_at >= ? AND o.created_at < ? AND %1 GROUP BY "
                                    "o.ship_country, o.ship_region")
                         .arg(w.sql());
            binds << p.from << p.to << w.binds;
        } else {
            const Where w = f.summary(QStringLiteral("s"), true);
            parts << QStringLiteral("SELECT s.ship_country AS country, s.ship_region AS region, "
                                    "SUM(s.orders) AS n, SUM(s.total_cents) AS cents FROM "
                                    "sales_region s WHERE s.grain = ? AND s.bucket >= ? AND "
                                    "s.bucket < ? AND %1 GROUP BY s.ship_country, s.ship_region")
                         .arg(w.sql());
            binds << p.grain << p.from << p.to << w.binds;
        }
    }
    QList<BreakdownRow> out;
    if (parts.isEmpty())
        return out;
    QSqlQuery s = sql::run(m_db,
                           QStringLiteral("SELECT u.country, u.region, SUM(u.n), SUM(u.cents) "
                                          "FROM (%1) u GROUP BY u.country, u.region HAVING "
                                          "SUM(u.n) > 0 ORDER BY SUM(u.cents) DESC, u.country, "
                                          "u.region")
                               .arg(parts.join(QStringLiteral(" UNION ALL "))),
                           binds);
    while (s.next()) {
        const QString key = OrderFilter::regionKey(s.value(0).toString(), s.value(1).toString());
        out.push_back({key, OrderFilter::regionLabel(key), s.value(2).toLongLong(), 0,
                       s.value(3).toLongLong()});
    }
    return out;
}

std::pair<QList<BreakdownRow>, QList<BreakdownRow>>
AnalyticsStore::topProducts(const AnalyticsQuery& q) const
{
    requireView();
    q.check();
    const Filters f = filters(q);
    const qint64 a = localStart(q.from, q.timeZone);
    const qint64 b = localStart(q.to.addDays(1), q.timeZone);
    QStringList parts;
    QVariantList binds;
    QList<Piece> pieces;
    decompose(a, b, f.summaries ? QList<int>{kGrainMonth, kGrainDay} : QList<int>{}, pieces);
    for (const Piece& p : std::as_const(pieces)) {
        if (p.grain == kRaw) {
            const Where w = f.raw(true);
            parts << QStringLiteral("SELECT l.sku AS sku, COUNT(*) AS n, SUM(l.quantity) AS qty, "
                                    "SUM(l.quantity * l.unit_price_cents) AS cents FROM orders o "
                                    "JOIN order_lines l ON l.order_id = o.id WHERE o.created_at "
                                    ">= ? AND o.created_at < ? AND %1 GROUP BY l.sku")
                         .arg(w.sql());
            binds << p.from << p.to << w.binds;
        } else {
            const Where w = f.summary(QStringLiteral("s"), true);
            parts << QStringLiteral("SELECT s.sku AS sku, SUM(s.lines) AS n, SUM(s.quantity) AS "
                                    "qty, SUM(s.total_cents) AS cents FROM sales_product s WHERE "
                                    "s.grain = ? AND s.bucket >= ? AND s.bucket < ? AND %1 GROUP "
                                    "BY s.sku")
                         .arg(w.sql());
            binds << p.grain << p.from << p.to << w.binds;
        }
    }
    QList<BreakdownRow> all;
    if (!parts.isEmpty()) {
        QSqlQuery s = sql::run(m_db,
                               QStringLiteral("SELECT u.sku, SUM(u.n), SUM(u.qty), SUM(u.cents) "
                                              "FROM (%1) u GROUP BY u.sku HAVING SUM(u.n) > 0")
                                   .arg(parts.join(QStringLiteral(" UNION ALL "))),
                               binds);
        while (s.next())
            all.push_back({s.value(0).toString(),
                           {},
                           s.value(1).toLongLong(),
                           s.value(2).toLongLong(),
                           s.value(3).toLongLong()});
    }
    const qsizetype n = std::min<qsizetype>(q.topProducts, all.size());
    auto byRevenue = all;
    std::partial_sort(byRevenue.begin(), byRevenue.begin() + n, byRevenue.end(),
                      [](const BreakdownRow& x, const BreakdownRow& y) {
                          return x.cents != y.cents ? x.cents > y.cents : x.key < y.key;
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
        const SqlClause in = inList(QStringLiteral("sku"), skus);
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
    const QString c =
        sql::scalar(m_db, QStringLiteral("SELECT currency FROM orders ORDER BY id DESC LIMIT 1"))
            .toString();
    return c.isEmpty() ? QStringLiteral("EUR") : c;
}

// ---------------------------------------------------------------------------

// The summaries as the orders of `orders` say they should be (the migration's
// backfill); see salessummaries.h.
summaries::Sql summaries::expected(Backend backend, const QString& orders)
{
    const QString rev = revenueSqlList();
    Sql s;
    const QString invalid = QStringLiteral("CASE WHEN invalid_at IS NULL THEN 0 ELSE 1 END");
    s.ordersHour = QStringLiteral("SELECT 0, created_at - created_at % 3600, channel, status, %1, "
                                  "COUNT(*), SUM(total_cents) FROM %2 o GROUP BY 2, 3, 4, 5")
                       .arg(invalid, orders);
    s.ordersDay = QStringLiteral("SELECT 1, created_at - created_at % 86400, channel, status, %1, "
                                 "COUNT(*), SUM(total_cents) FROM %2 o GROUP BY 2, 3, 4, 5")
                      .arg(invalid, orders);
    s.ordersMonth = QStringLiteral("SELECT 2, %1, channel, status, %2, COUNT(*), "
                                   "SUM(total_cents) FROM %3 o GROUP BY 2, 3, 4, 5")
                        .arg(monthExpr(backend, QStringLiteral("created_at")), invalid, orders);
    s.regionDay = QStringLiteral("SELECT 1, created_at - created_at % 86400, channel, status, "
                                 "ship_country, ship_region, COUNT(*), SUM(total_cents) FROM "
                                 "%2 o WHERE invalid_at IS NULL AND status IN %1 GROUP BY 2, "
                                 "3, 4, 5, 6")
                      .arg(rev, orders);
    s.regionMonth = QStringLiteral("SELECT 2, %1, channel, status, ship_country, ship_region, "
                                   "COUNT(*), SUM(total_cents) FROM %3 o WHERE invalid_at IS "
                                   "NULL AND status IN %2 GROUP BY 2, 3, 4, 5, 6")
                        .arg(monthExpr(backend, QStringLiteral("created_at")), rev, orders);
    s.productDay = QStringLiteral("SELECT 1, o.created_at - o.created_at % 86400, o.channel, "
                                  "o.status, l.sku, COUNT(*), SUM(l.quantity), SUM(l.quantity * "
                                  "l.unit_price_cents) FROM %2 o JOIN order_lines l ON "
                                  "l.order_id = o.id WHERE o.invalid_at IS NULL AND o.status IN "
                                  "%1 GROUP BY 2, 3, 4, 5")
                       .arg(rev, orders);
    s.productMonth = QStringLiteral("SELECT 2, %1, o.channel, o.status, l.sku, COUNT(*), "
                                    "SUM(l.quantity), SUM(l.quantity * l.unit_price_cents) FROM "
                                    "%3 o JOIN order_lines l ON l.order_id = o.id WHERE "
                                    "o.invalid_at IS NULL AND o.status IN %2 GROUP BY 2, 3, 4, 5")
                         .arg(monthExpr(backend, QStringLiteral("o.created_at")), rev, orders);
    return s;
}

QString summaries::monthStart(Backend backend, const QString& seconds)
{
    return monthExpr(backend, seconds);
}

qint64 AnalyticsStore::rebuildSummaries()
{
    m_session.require(Permission::ChangeSettings);
    if (m_session.scope().kind != Scope::Kind::All)
        throw DocketError(DocketError::Code::Forbidden,
                          tr("%1 sees only part of the orders and so cannot rebuild the "
                             "analytics summaries, which cover all of them.")
                              .arg(m_session.userName()));
    const summaries::Sql s = summaries::expected(m_backend);
    sql::WriteTransaction tx(m_db);
    for (const char* table : {"sales_orders", "sales_region", "sales_product"})
        sql::run(m_db, QStringLiteral("DELETE FROM ") + QLatin1String(table));
    const QString orders = QStringLiteral("INSERT INTO sales_orders(grain, bucket, channel, "
                                          "status, invalid, orders, total_cents) ");
    sql::run(m_db, orders + s.ordersHour);
    sql::run(m_db, orders + s.ordersDay);
    sql::run(m_db, orders + s.ordersMonth);
    const QString region = QStringLiteral("INSERT INTO sales_region(grain, bucket, channel, "
                                          "status, ship_country, ship_region, orders, "
                                          "total_cents) ");
    sql::run(m_db, region + s.regionDay);
    sql::run(m_db, region + s.regionMonth);
    const QString product = QStringLiteral("INSERT INTO sales_product(grain, bucket, channel, "
                                           "status, sku, lines, quantity, total_cents) ");
    sql::run(m_db, product + s.productDay);
    sql::run(m_db, product + s.productMonth);
    const qint64 n = sql::scalar(m_db, QStringLiteral("SELECT COUNT(*) FROM orders")).toLongLong();
    tx.commit();
    return n;
}

QStringList AnalyticsStore::verifySummaries() const
{
    requireView();
    const summaries::Sql s = summaries::expected(m_backend);
    struct Check
    {
        QString name;
        QString expected;
        QString actual;
    };
    const QList<Check> checks = {
        {QStringLiteral("sales_orders (hours)"), s.ordersHour,
         QStringLiteral("SELECT grain, bucket, channel, status, invalid, orders, total_cents "
                        "FROM sales_orders WHERE grain = 0")},
        {QStringLiteral("sales_orders (days)"), s.ordersDay,
         QStringLiteral("SELECT grain, bucket, channel, status, invalid, orders, total_cents "
                        "FROM sales_orders WHERE grain = 1")},
        {QStringLiteral("sales_orders (months)"), s.ordersMonth,
         QStringLiteral("SELECT grain, bucket, channel, status, invalid, orders, total_cents "
                        "FROM sales_orders WHERE grain = 2")},
        {QStringLiteral("sales_region (days)"), s.regionDay,
         QStringLiteral("SELECT grain, bucket, channel, status, ship_country, ship_region, "
                        "orders, total_cents FROM sales_region WHERE grain = 1")},
        {QStringLiteral("sales_region (months)"), s.regionMonth,
         QStringLiteral("SELECT grain, bucket, channel, status, ship_country, ship_region, "
                        "orders, total_cents FROM sales_region WHERE grain = 2")},
        {QStringLiteral("sales_product (days)"), s.productDay,
         QStringLiteral("SELECT grain, bucket, channel, status, sku, lines, quantity, total_cents "
                        "FROM sales_product WHERE grain = 1")},
        {QStringLiteral("sales_product (months)"), s.productMonth,
         QStringLiteral("SELECT grain, bucket, channel, status, sku, lines, quantity, total_cents "
                        "FROM sales_product WHERE grain = 2")},
    };
    QStringList problems;
    for (const Check& c : checks) {
        const qint64 missing =
            sql::scalar(
                m_db,
                QStringLiteral("SELECT COUNT(*) FROM (%1 EXCEPT %2) x").arg(c.expected, c.actual))
                .toLongLong();
        const qint64 extra =
            sql::scalar(
                m_db,
                QStringLiteral("SELECT COUNT(*) FROM (%1 EXCEPT %2) x").arg(c.actual, c.expected))
                .toLongLong();
        if (missing || extra)
            problems << tr("%1: %2 rows missing or wrong, %3 rows extra.")
                            .arg(c.name)
                            .arg(missing)
                            .arg(extra);
    }
    return problems;
}

// ---------------------------------------------------------------------------

namespace analytics {

namespace {

QString csvField(const QString& v)
{
    if (v.contains(QLatin1Char(',')) || v.contains(QLatin1Char('"')) ||
        v.contains(QLatin1Char('\n')) || v.contains(QLatin1Char('\r'))) {
        QString q = v;
        q.replace(QLatin1Char('"'), QStringLiteral("\"\""));
        return QLatin1Char('"') + q + QLatin1Char('"');
    }
    return v;
}

QString csvRow(const QStringList& fields)
{
    QStringList out;
    out.reserve(fields.size());
    for (const QString& f : fields)
        out << csvField(f);
    return out.join(QLatin1Char(',')) + QStringLiteral("\r\n");
}

QString money(qint64 cents)
{
    return Money(cents).toPlainString();
}

QString optionalNumber(const std::optional<double>& v, int decimals)
{
    return v ? QString::number(*v, 'f', decimals) : QString();
}

QString date(QDate d)
{
    return d.isValid() ? d.toString(Qt::ISODate) : QString();
}

struct Kpi
{
    const char* code;
    QString value;
    QString comparison;
};

QList<Kpi> kpis(const AnalyticsResult& r)
{
    const PeriodTotals& t = r.totals;
    const PeriodTotals& c = r.compareTotals;
    const bool cmp = r.compareFrom.isValid();
    auto aov = [](const PeriodTotals& x) {
        const auto v = x.averageOrderCents();
        return v ? money(*v) : QString();
    };
    return {
        {"revenue", money(t.revenueCents), cmp ? money(c.revenueCents) : QString()},
        {"orders", QString::number(t.orders), cmp ? QString::number(c.orders) : QString()},
        {"average_order_value", aov(t), cmp ? aov(c) : QString()},
        {"completion_rate", optionalNumber(t.completionRate(), 4),
         cmp ? optionalNumber(c.completionRate(), 4) : QString()},
        {"invalid_rate", optionalNumber(t.invalidRate(), 4),
         cmp ? optionalNumber(c.invalidRate(), 4) : QString()},
        {"hours_to_shipment", optionalNumber(t.averageHoursToShip(), 1),
         cmp ? optionalNumber(c.averageHoursToShip(), 1) : QString()},
        {"revenue_orders", QString::number(t.revenueOrders),
         cmp ? QString::number(c.revenueOrders) : QString()},
        {"refunds", money(t.refundedCents), cmp ? money(c.refundedCents) : QString()},
        {"gross_sales", money(t.grossCents()), cmp ? money(c.grossCents()) : QString()},
        {"invalid_orders", QString::number(t.invalidOrders),
         cmp ? QString::number(c.invalidOrders) : QString()},
    };
}

} // namespace

QString sectionCode(ReportSection s)
{
    switch (s) {
    case ReportSection::Kpis:
        return QStringLiteral("kpis");
    case ReportSection::Series:
        return QStringLiteral("series");
    case ReportSection::Status:
        return QStringLiteral("status");
    case ReportSection::Channels:
        return QStringLiteral("channels");
    case ReportSection::Regions:
        return QStringLiteral("regions");
    case ReportSection::ProductsByRevenue:
        return QStringLiteral("products-revenue");
    case ReportSection::ProductsByQuantity:
        return QStringLiteral("products-quantity");
    }
    return {};
}

QList<ReportSection> allSections()
{
    return {ReportSection::Kpis,
            ReportSection::Series,
            ReportSection::Status,
            ReportSection::Channels,
            ReportSection::Regions,
            ReportSection::ProductsByRevenue,
            ReportSection::ProductsByQuantity};
}

std::optional<ReportSection> sectionFromCode(const QString& code)
{
    for (ReportSection s : allSections())
        if (sectionCode(s) == code)
            return s;
    return std::nullopt;
}

QString csv(const AnalyticsResult& r, ReportSection section)
{
    QString out;
    switch (section) {
    case ReportSection::Kpis:
        out +=
            csvRow({QStringLiteral("kpi"), QStringLiteral("value"), QStringLiteral("comparison")});
        for (const Kpi& k : kpis(r))
            out += csvRow({QLatin1String(k.code), k.value, k.comparison});
        break;
    case ReportSection::Series:
        out +=
            csvRow({QStringLiteral("first_day"), QStringLiteral("last_day"),
                    QStringLiteral("revenue"), QStringLiteral("orders"),
                    QStringLiteral("revenue_orders"), QStringLiteral("invalid_orders"),
                    QStringLiteral("comparison_first_day"), QStringLiteral("comparison_last_day"),
                    QStringLiteral("comparison_revenue"), QStringLiteral("comparison_orders")});
        for (qsizetype i = 0; i < r.series.size(); ++i) {
            const SeriesBucket& b = r.series[i];
            QStringList row = {date(b.first),
                               date(b.last),
                               money(b.revenueCents),
                               QString::number(b.orders),
                               QString::number(b.revenueOrders),
                               QString::number(b.invalidOrders)};
            if (i < r.compareSeries.size()) {
                const SeriesBucket& c = r.compareSeries[i];
                row << date(c.first) << date(c.last) << money(c.revenueCents)
                    << QString::number(c.orders);
            } else {
                row << QString() << QString() << QString() << QString();
            }
            out += csvRow(row);
        }
        break;
    case ReportSection::Status:
        out += csvRow({QStringLiteral("status"), QStringLiteral("label"), QStringLiteral("orders"),
                       QStringLiteral("total")});
        for (const BreakdownRow& b : r.byStatus)
            out += csvRow({b.key, b.label, QString::number(b.orders), money(b.cents)});
        break;
    case ReportSection::Channels:
        out += csvRow({QStringLiteral("channel"), QStringLiteral("label"),
                       QStringLiteral("revenue"), QStringLiteral("orders")});
        for (const BreakdownRow& b : r.byChannel)
            out += csvRow({b.key, b.label, money(b.cents), QString::number(b.orders)});
        break;
    case ReportSection::Regions:
        out += csvRow({QStringLiteral("country"), QStringLiteral("region"),
                       QStringLiteral("revenue"), QStringLiteral("orders")});
        for (const BreakdownRow& b : r.byRegion) {
            const qsizetype slash = b.key.indexOf(QLatin1Char('/'));
            out += csvRow({b.key.left(slash), b.key.mid(slash + 1), money(b.cents),
                           QString::number(b.orders)});
        }
        break;
    case ReportSection::ProductsByRevenue:
    case ReportSection::ProductsByQuantity: {
        out += csvRow({QStringLiteral("rank"), QStringLiteral("sku"), QStringLiteral("name"),
                       QStringLiteral("revenue"), QStringLiteral("quantity"),
                       QStringLiteral("lines")});
        const auto& list = section == ReportSection::ProductsByRevenue ? r.topProductsByRevenue
                                                                       : r.topProductsByQuantity;
        for (qsizetype i = 0; i < list.size(); ++i)
            out += csvRow({QString::number(i + 1), list[i].key, list[i].label, money(list[i].cents),
                           QString::number(list[i].quantity), QString::number(list[i].orders)});
        break;
    }
    }
    return out;
}

QJsonObject toJson(const AnalyticsResult& r)
{
    auto rows = [](const QList<BreakdownRow>& list, bool quantity) {
        QJsonArray a;
        for (const BreakdownRow& b : list) {
            QJsonObject o{{QStringLiteral("key"), b.key},
                          {QStringLiteral("label"), b.label},
                          {QStringLiteral("orders"), b.orders},
                          {QStringLiteral("amount"), money(b.cents)},
                          {QStringLiteral("amount_cents"), b.cents}};
            if (quantity)
                o.insert(QStringLiteral("quantity"), b.quantity);
            a.append(o);
        }
        return a;
    };
    auto series = [](const QList<SeriesBucket>& list) {
        QJsonArray a;
        for (const SeriesBucket& b : list)
            a.append(QJsonObject{{QStringLiteral("first_day"), date(b.first)},
                                 {QStringLiteral("last_day"), date(b.last)},
                                 {QStringLiteral("revenue"), money(b.revenueCents)},
                                 {QStringLiteral("revenue_cents"), b.revenueCents},
                                 {QStringLiteral("orders"), b.orders},
                                 {QStringLiteral("revenue_orders"), b.revenueOrders},
                                 {QStringLiteral("invalid_orders"), b.invalidOrders}});
        return a;
    };
    QJsonObject kpiCurrent;
    QJsonObject kpiComparison;
    // Counts and rates as numbers; amounts as exact decimal strings.
    auto value = [](const char* code, const QString& v) -> QJsonValue {
        if (v.isEmpty())
            return QJsonValue();
        const QLatin1String c(code);
        if (c == QLatin1String("orders") || c == QLatin1String("revenue_orders") ||
            c == QLatin1String("invalid_orders"))
            return v.toLongLong();
        if (c == QLatin1String("completion_rate") || c == QLatin1String("invalid_rate") ||
            c == QLatin1String("hours_to_shipment"))
            return v.toDouble();
        return v;
    };
    for (const Kpi& k : kpis(r)) {
        kpiCurrent.insert(QLatin1String(k.code), value(k.code, k.value));
        kpiComparison.insert(QLatin1String(k.code), value(k.code, k.comparison));
    }
    QJsonObject o{
        {QStringLiteral("from"), date(r.query.from)},
        {QStringLiteral("to"), date(r.query.to)},
        {QStringLiteral("time_zone"), QString::fromUtf8(r.query.timeZone.id())},
        {QStringLiteral("granularity"), granularity::code(r.granularity)},
        {QStringLiteral("currency"), r.currency},
        {QStringLiteral("channels"), QJsonArray::fromStringList(r.query.channels)},
        {QStringLiteral("statuses"), QJsonArray::fromStringList(r.query.statuses)},
        {QStringLiteral("revenue_statuses"), QJsonArray::fromStringList(revenueStatuses())},
        {QStringLiteral("kpis"), kpiCurrent},
        {QStringLiteral("series"), series(r.series)},
        {QStringLiteral("orders_by_status"), rows(r.byStatus, false)},
        {QStringLiteral("revenue_by_channel"), rows(r.byChannel, false)},
        {QStringLiteral("revenue_by_region"), rows(r.byRegion, false)},
        {QStringLiteral("top_products_by_revenue"), rows(r.topProductsByRevenue, true)},
        {QStringLiteral("top_products_by_quantity"), rows(r.topProductsByQuantity, true)},
    };
    if (r.compareFrom.isValid()) {
        o.insert(QStringLiteral("comparison"),
                 QJsonObject{{QStringLiteral("from"), date(r.compareFrom)},
                             {QStringLiteral("to"), date(r.compareTo)},
                             {QStringLiteral("kpis"), kpiComparison},
                             {QStringLiteral("series"), series(r.compareSeries)}});
    }
    return o;
}

} // namespace analytics

} // namespace docket
