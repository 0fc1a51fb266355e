#include "orderstore.h"

#include "salessummaries.h"
#include "summaryranges.h"

#include "db/sql.h"
#include "domain/dateperiod.h"
#include "domain/errors.h"

#include <QSqlQuery>
#include <algorithm>

// OrderStore::quickCount: how many orders a filter selects, without a full
// COUNT(*) over millions of rows.
//
// The analytics summaries (sales_orders) hold, per UTC hour, day and month,
// channel, status and validity, how many orders there are, kept exact in the
// transaction of every change. A filter that asks only for those (a period,
// statuses, channels, valid or invalid) is counted from them exactly: whole
// months, days and hours of its period from the summaries, the stretch a local
// day's edge leaves (the half hours of a +05:30 zone) from the orders.
//
// Any other filter (a keyword, a number, regions, SKUs, new, overdue) gets an
// estimate: its newest kEstimateSample matches reach back to some moment t;
// if the filter's matches are spread over its period like the orders of the
// same period, statuses and channels (the "base", which the summaries count
// exactly), then  matches / base(period) = sample / base([t, end)), so
// estimate = sample * base(period) / base([t, end)). The newest matches cost
// what the list's first page costs; the rest is a few summary rows. With
// fewer matches than the sample, the sample is the exact count.

namespace docket {

namespace {

constexpr int kEstimateSample = 200;

// The filter without what the summaries cannot answer.
OrderFilter baseOf(const OrderFilter& f)
{
    OrderFilter b;
    b.from = f.from;
    b.to = f.to;
    b.statuses = f.statuses;
    b.channels = f.channels;
    b.validity = f.validity;
    b.timeZone = f.timeZone;
    return b;
}

} // namespace

bool OrderStore::summariesAnswer(const OrderFilter& f, bool period)
{
    // Said positively: a criterion added to OrderFilter later is one the
    // summaries cannot answer until baseOf() learns it.
    return f == baseOf(f) && (period || (!f.from.isValid() && !f.to.isValid()));
}

std::optional<sql::Where> OrderStore::summaryCells(const OrderFilter& f, const QString& alias) const
{
    const Scope& scope = m_session.scope();
    if (scope.kind == Scope::Kind::Own)
        return std::nullopt; // the summaries do not know who made an order
    // A server grants the summaries to some roles only (0005).
    if (m_backend == Backend::PostgreSQL &&
        !sql::scalar(m_db, QStringLiteral("SELECT has_table_privilege('sales_orders', 'SELECT')"))
             .toBool())
        return std::nullopt;
    const QString a = alias + QLatin1Char('.');
    sql::Where w;
    if (f.validity != OrderFilter::Validity::All)
        w.add(a + QStringLiteral("invalid = ?"),
              {f.validity == OrderFilter::Validity::Invalid ? 1 : 0});
    if (!f.statuses.isEmpty())
        w.add(sql::inList(a + QStringLiteral("status"), f.statuses));
    if (!f.channels.isEmpty())
        w.add(sql::inList(a + QStringLiteral("channel"), f.channels));
    if (scope.kind == Scope::Kind::Channels)
        w.add(sql::inList(a + QStringLiteral("channel"), scope.channels));
    return w;
}

std::optional<OrderStore::QuickCount> OrderStore::quickCount(const OrderFilter& filter,
                                                             bool estimate) const
{
    requireView();
    filter.check();
    if (!estimate && !summariesAnswer(filter, true))
        return std::nullopt;
    const OrderFilter base = baseOf(filter);
    const std::optional<sql::Where> cells = summaryCells(base, QStringLiteral("h"));
    if (!cells)
        return std::nullopt;
    const SqlClause baseWhere = orderquery::where(base, m_session, m_backend, now());

    // The months that hold any order at all bound an open period.
    QSqlQuery span = sql::run(
        m_db, QStringLiteral("SELECT MIN(bucket), MAX(bucket) FROM sales_orders WHERE grain = ?"),
        {summaries::kGrainMonth});
    if (!span.next() || span.value(0).isNull())
        return QuickCount{0, true}; // no order in any month: none at all
    const qint64 firstMonth = span.value(0).toLongLong();
    const qint64 endOfLastMonth =
        summaries::bucketAt(summaries::kGrainMonth, span.value(1).toLongLong()).second;
    const qint64 periodStart =
        base.from.isValid() ? dateperiod::startOfDay(base.from, base.timeZone) : firstMonth;
    const qint64 periodEnd = base.to.isValid()
                                 ? dateperiod::startOfDay(base.to.addDays(1), base.timeZone)
                                 : endOfLastMonth;

    // The base filter's orders created in [a, b).
    auto baseCount = [&](qint64 a, qint64 b) -> qint64 {
        QList<summaries::Piece> pieces;
        summaries::decompose(
            a, b, {summaries::kGrainMonth, summaries::kGrainDay, summaries::kGrainHour}, pieces);
        QMap<int, QList<summaries::Piece>> byGrain;
        for (const summaries::Piece& p : std::as_const(pieces))
            byGrain[p.grain] << p;
        qint64 n = 0;
        for (auto it = byGrain.cbegin(); it != byGrain.cend(); ++it) {
            const summaries::RangeJoin rj = summaries::rangeJoin(m_backend, it.value());
            QVariantList binds = rj.binds;
            QString text;
            if (it.key() == summaries::kRaw) {
                text = QStringLiteral("SELECT COUNT(*) FROM %1 CROSS JOIN orders o WHERE "
                                      "o.created_at >= %2 AND o.created_at < %3 AND %4")
                           .arg(rj.from, rj.lo, rj.hi, baseWhere.sql);
                binds << baseWhere.binds;
            } else {
                text = QStringLiteral("SELECT COALESCE(SUM(h.orders), 0) FROM %1 CROSS JOIN "
                                      "sales_orders h WHERE h.grain = ? AND h.bucket >= %2 AND "
                                      "h.bucket < %3 AND %4")
                           .arg(rj.from, rj.lo, rj.hi, cells->sql());
                binds << it.key() << cells->binds();
            }
            n += sql::scalar(m_db, text, binds).toLongLong();
        }
        return n;
    };

    if (summariesAnswer(filter, true))
        return QuickCount{baseCount(periodStart, periodEnd), true};

    // The newest matches: how far back do kEstimateSample of them reach?
    // With a keyword, they are the first page of the list by created time,
    // newest first: read as that page is (a window of the list, each row
    // tested: keywordwindow.cpp), not after every match of the keyword in
    // the table ("Müller" + delivered + a year at ten million orders: the
    // full-text query reads 311,000 matches for these 200).
    qint64 sample = -1;
    qint64 reach = 0;
    if (!filter.keyword.trimmed().isEmpty()) {
        if (const auto rows =
                keywordWindowPage(filter, orderquery::sortExpression(OrderColumn::Created), true,
                                  kEstimateSample, 0, std::nullopt)) {
            sample = rows->size();
            if (!rows->isEmpty())
                reach = rows->last().createdAt;
        }
    }
    if (sample < 0) {
        const SqlClause w = orderquery::where(filter, m_session, m_backend, now());
        QSqlQuery newest =
            sql::run(m_db,
                     QStringLiteral("SELECT COUNT(*), MIN(s.created_at) FROM (SELECT o.created_at "
                                    "FROM orders o WHERE %1 ORDER BY o.created_at DESC, o.id DESC "
                                    "LIMIT %2) s")
                         .arg(w.sql)
                         .arg(kEstimateSample),
                     w.binds);
        if (!newest.next())
            return std::nullopt;
        sample = newest.value(0).toLongLong();
        reach = newest.value(1).toLongLong();
    }
    if (sample < kEstimateSample)
        return QuickCount{sample, true};
    const qint64 tail = baseCount(std::max(reach, periodStart), std::max(reach, periodEnd));
    if (tail <= 0)
        return std::nullopt;
    const qint64 whole = baseCount(periodStart, periodEnd);
    // At least the sample; never more than the base holds.
    const double ratio = double(whole) / double(tail);
    const qint64 guess = std::clamp<qint64>(qint64(double(sample) * ratio + 0.5), sample, whole);
    return QuickCount{guess, false};
}

} // namespace docket
