#pragma once

#include "domain/money.h"
#include "orderfilter.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>
#include <QTimeZone>
#include <optional>

namespace docket {

// Sales figures for managers: what the analytics page, `docketctl report` and
// the tests read. Definitions, the same everywhere:
//
//  * Orders: valid orders (not marked invalid) created in the period, any
//    status. Deleted orders are in the archive and count nowhere.
//  * Gross sales: the total of the valid orders created in the period that
//    were sold: paid or further along (paid, processing, shipped, delivered)
//    or refunded since. Pending orders are not paid yet, cancelled orders
//    never were. An order refunded later still counts here, on the day it
//    was placed.
//  * Refunds: the refunds (table refunds) made in the period, each with its
//    own amount on the day it was made, whichever day its order was placed;
//    of valid orders, and the channel and status filters and the scope apply
//    to them through their order. An order marked refunded by hand without a
//    refund record has no refund to subtract.
//  * Revenue (net sales) = gross sales - refunds (a period of few sales and a
//    large refund can be negative).
//  * Average order value: gross sales / the number of orders that make it.
//  * Refund rate: refunds / gross sales.
//  * Completion rate: delivered orders / orders.
//  * Invalid rate: invalid orders / (orders + invalid orders).
//  * Time to shipment: from creation to the order's first shipment (table
//    shipments, its shipped_at), averaged over the orders created in the
//    period that have one (orders shipped by a status change alone, from
//    before shipments were recorded, have none).
//  * Days, weeks and months are the time zone's local calendar days (weeks
//    start on `firstDayOfWeek`); a period is [first day 00:00, day after the
//    last 00:00) local time, exactly as the order list's date filter.
//
// Figures come from summary tables kept exact by triggers (see
// resources/sql/sqlite/0003_analytics.sql, and 0127 for the refunds) by UTC
// hour, day and month: every
// local bucket is read as whole UTC months, days and hours plus the orders
// themselves for what is left at its edges (the half hours of a +05:30 zone,
// the partial days of a region or product breakdown), so every time zone gets
// exact figures. A session whose scope the summaries cannot express (own
// orders) reads the orders.
namespace analytics {
// Statuses whose orders count as revenue and are in the region and product
// breakdowns: paid or further along, not refunded.
QStringList revenueStatuses();
bool isRevenueStatus(const QString& status);
// Statuses whose orders count in gross sales: revenueStatuses() and
// "refunded".
QStringList grossStatuses();
bool isGrossStatus(const QString& status);
// The strings of `a` that `b` holds too, once each, in the order of `a`.
QStringList intersect(const QStringList& a, const QStringList& b);
} // namespace analytics

enum class Granularity { Day, Week, Month };
enum class Comparison { None, PreviousPeriod, SamePeriodLastYear };

namespace granularity {
QString code(Granularity g); // "day", "week", "month"
std::optional<Granularity> fromCode(const QString& code);
QString label(Granularity g); // translated
// Day up to two months, week up to a year and a half, month beyond.
Granularity automatic(QDate from, QDate to);
} // namespace granularity

struct AnalyticsQuery
{
    Q_DECLARE_TR_FUNCTIONS(AnalyticsQuery)

public:
    QDate from; // first local day, inclusive (required)
    QDate to;   // last local day, inclusive (required)
    QTimeZone timeZone = QTimeZone::systemTimeZone();
    std::optional<Granularity> granularity; // empty = automatic
    Comparison comparison = Comparison::PreviousPeriod;
    QStringList channels; // empty = every channel in scope
    QStringList statuses; // empty = every status
    int topProducts = 10;
    Qt::DayOfWeek firstDayOfWeek = Qt::Monday;

    Granularity resolvedGranularity() const;
    // The comparison period; invalid dates for Comparison::None. The previous
    // period of a calendar-aligned one is the same dates a calendar unit
    // before (this year: the same dates last year; this month: the same days
    // of last month; whole months: the months before); otherwise as many days
    // just before.
    std::pair<QDate, QDate> comparisonRange() const;
    // Every problem, each naming its field; empty = fine.
    QList<FieldError> validate() const;
    void check() const; // throws DocketError(Invalid) for the first problem
    bool operator==(const AnalyticsQuery&) const = default;
};

// Figures over one period.
struct PeriodTotals
{
    qint64 orders = 0;         // valid orders, any status
    qint64 invalidOrders = 0;  // marked invalid
    qint64 revenueOrders = 0;  // valid orders that make gross sales (refunded ones too)
    Money revenue;             // net sales: gross sales - refunds
    qint64 refundedOrders = 0; // valid orders of the period in status "refunded"
    qint64 refunds = 0;        // refunds made in the period
    Money refunded;            // their amount, subtracted from gross sales
    qint64 cancelledOrders = 0;
    qint64 deliveredOrders = 0;
    qint64 shippedMeasured = 0;  // orders with a recorded shipment
    qint64 secondsToShipSum = 0; // summed over those

    // Zero amounts in the shop's currency: the store starts from these, so every
    // amount of one result is in one currency (Money refuses to mix them).
    static PeriodTotals zero(const QString& currency);
    Money gross() const { return revenue + refunded; }
    std::optional<Money> averageOrder() const;    // gross / revenueOrders, rounded half away
    std::optional<double> refundRate() const;     // refunded / gross, 0..1 (or above)
    std::optional<double> completionRate() const; // 0..1
    std::optional<double> invalidRate() const;    // 0..1
    std::optional<double> averageHoursToShip() const;
    bool operator==(const PeriodTotals&) const = default;
};

// One point of the time series: local days [first, last].
struct SeriesBucket
{
    QDate first;
    QDate last;
    qint64 startUtc = 0;      // seconds, inclusive
    qint64 endUtc = 0;        // seconds, exclusive
    qint64 orders = 0;        // valid orders
    qint64 revenueOrders = 0; // orders in gross sales
    Money revenue;            // net sales: gross sales - refunds
    qint64 invalidOrders = 0;
    qint64 refunds = 0; // refunds made in the bucket
    Money refunded;     // their amount
    Money gross() const { return revenue + refunded; }
    bool operator==(const SeriesBucket&) const = default;
};

// One bar or slice: a status, channel, region or product.
struct BreakdownRow
{
    QString key;         // status/channel code, "country/region", SKU
    QString label;       // for display (translated status/channel, product name)
    qint64 orders = 0;   // orders (status, channel, region) or order lines (products)
    qint64 quantity = 0; // products only
    Money amount;        // revenue (channel, region, product), order totals (status)
    bool operator==(const BreakdownRow&) const = default;
};

struct AnalyticsResult
{
    AnalyticsQuery query;
    Granularity granularity = Granularity::Day; // resolved
    QDate compareFrom;                          // null without comparison
    QDate compareTo;
    QString currency = QStringLiteral("EUR");
    QList<SeriesBucket> series;
    QList<SeriesBucket> compareSeries;
    PeriodTotals totals;
    PeriodTotals compareTotals;
    QList<BreakdownRow> byStatus;  // valid orders per status (all seven, in workflow order)
    QList<BreakdownRow> byChannel; // net sales per channel, largest first
    // Totals of the orders paid or further along and not refunded
    // (revenueStatuses()), per shipping region and product, largest first.
    QList<BreakdownRow> byRegion;
    QList<BreakdownRow> topProductsByRevenue;
    QList<BreakdownRow> topProductsByQuantity;
    bool fromSummaries = true; // false: read from the orders (scope "own")
};

// What a figure counts, for opening the orders behind it (Revenue: the
// orders of gross sales; with a product or region, those not refunded).
enum class Measure { Orders, Revenue };

namespace analytics {
// The order-list filter that shows exactly the orders behind a figure of
// `query`: days [from, to] (null = the query's period), optionally one status,
// one channel, one product (the orders with a line of that SKU) or one
// shipping region (a BreakdownRow key of byRegion; "/" is the unknown region).
OrderFilter drillDown(const AnalyticsQuery& query, Measure measure, QDate from = {}, QDate to = {},
                      const QString& status = {}, const QString& channel = {},
                      const QString& sku = {}, const QString& region = {});
// Local-day buckets of a period at a granularity (no figures).
QList<SeriesBucket> buckets(QDate from, QDate to, const QTimeZone& zone, Granularity g,
                            Qt::DayOfWeek firstDayOfWeek = Qt::Monday);
} // namespace analytics

} // namespace docket
