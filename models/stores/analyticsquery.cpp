#include "analyticsquery.h"

#include "analyticsstore.h"

#include "domain/dateperiod.h"
#include "domain/errors.h"
#include "domain/order.h"

#include <algorithm>
#include <cstdlib>

// The analytics query types: the period and its buckets, the granularity,
// validation, the figures' derived values and the drill-down filter.

namespace docket {

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

QStringList grossStatuses()
{
    return revenueStatuses() << QStringLiteral("refunded");
}

bool isGrossStatus(const QString& status)
{
    return grossStatuses().contains(status);
}

QStringList intersect(const QStringList& a, const QStringList& b)
{
    QStringList out;
    for (const QString& s : a)
        if (b.contains(s) && !out.contains(s))
            out << s;
    return out;
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
        b.startUtc = dateperiod::startOfDay(d, zone);
        b.endUtc = dateperiod::startOfDay(last.addDays(1), zone);
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
    if (measure == Measure::Revenue) {
        // Region and product figures are of the orders not refunded; the
        // others of gross sales.
        const QStringList sold =
            sku.isEmpty() && region.isEmpty() ? grossStatuses() : revenueStatuses();
        statuses = statuses.isEmpty() ? sold : intersect(sold, statuses);
    }
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
        if (!from.isValid() || !to.isValid() || to < from)
            return {};
        // A period that starts a calendar year ("this year", whole years)
        // compares with the same dates of the year(s) before: 1 Jan – 4 Dec
        // with 1 Jan – 4 Dec, not with the 338 days before (27 Jan – 31 Dec).
        if (from.month() == 1 && from.day() == 1) {
            const int years = to.year() - from.year() + 1;
            return {from.addYears(-years), to.addYears(-years)};
        }
        // One that starts a month ("this month", whole months) with the same
        // days of as many months before, a month's end with that month's end.
        if (from.day() == 1) {
            const int months = (to.year() - from.year()) * 12 + to.month() - from.month() + 1;
            const QDate end = to.addMonths(-months);
            return {from.addMonths(-months),
                    to == dateperiod::lastOfMonth(to) ? dateperiod::lastOfMonth(end) : end};
        }
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

PeriodTotals PeriodTotals::zero(const QString& currency)
{
    PeriodTotals t;
    t.revenue = t.refunded = Money(0, currency);
    return t;
}

std::optional<Money> PeriodTotals::averageOrder() const
{
    if (revenueOrders <= 0)
        return std::nullopt;
    // Rounded half away from zero, in integers.
    const qint64 cents = gross().minorUnits();
    const qint64 q = cents / revenueOrders;
    const qint64 r = cents % revenueOrders;
    return Money(2 * std::abs(r) >= revenueOrders ? q + (cents < 0 ? -1 : 1) : q,
                 revenue.currency());
}

std::optional<double> PeriodTotals::refundRate() const
{
    const qint64 g = gross().minorUnits();
    if (g <= 0)
        return std::nullopt;
    return double(refunded.minorUnits()) / double(g);
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

} // namespace docket
