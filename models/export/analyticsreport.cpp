#include "analyticsreport.h"

#include "domain/money.h"
#include "domain/order.h"

#include <QJsonArray>

// The analytics figures as files: one CSV per section, everything as JSON.

namespace docket {

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

QString money(const Money& m)
{
    return m.toPlainString();
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
        const auto v = x.averageOrder();
        return v ? money(*v) : QString();
    };
    return {
        {"revenue", money(t.revenue), cmp ? money(c.revenue) : QString()},
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
        {"refunds", money(t.refunded), cmp ? money(c.refunded) : QString()},
        {"refund_count", QString::number(t.refunds), cmp ? QString::number(c.refunds) : QString()},
        {"refund_rate", optionalNumber(t.refundRate(), 4),
         cmp ? optionalNumber(c.refundRate(), 4) : QString()},
        {"gross_sales", money(t.gross()), cmp ? money(c.gross()) : QString()},
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
                    QStringLiteral("comparison_revenue"), QStringLiteral("comparison_orders"),
                    QStringLiteral("gross_sales"), QStringLiteral("refunds"),
                    QStringLiteral("refund_count"), QStringLiteral("comparison_refunds")});
        for (qsizetype i = 0; i < r.series.size(); ++i) {
            const SeriesBucket& b = r.series[i];
            QStringList row = {date(b.first),
                               date(b.last),
                               money(b.revenue),
                               QString::number(b.orders),
                               QString::number(b.revenueOrders),
                               QString::number(b.invalidOrders)};
            const bool compared = i < r.compareSeries.size();
            if (compared) {
                const SeriesBucket& c = r.compareSeries[i];
                row << date(c.first) << date(c.last) << money(c.revenue)
                    << QString::number(c.orders);
            } else {
                row << QString() << QString() << QString() << QString();
            }
            row << money(b.gross()) << money(b.refunded) << QString::number(b.refunds)
                << (compared ? money(r.compareSeries[i].refunded) : QString());
            out += csvRow(row);
        }
        break;
    case ReportSection::Status:
        out += csvRow({QStringLiteral("status"), QStringLiteral("label"), QStringLiteral("orders"),
                       QStringLiteral("total")});
        for (const BreakdownRow& b : r.byStatus)
            out += csvRow({b.key, b.label, QString::number(b.orders), money(b.amount)});
        break;
    case ReportSection::Channels:
        out += csvRow({QStringLiteral("channel"), QStringLiteral("label"),
                       QStringLiteral("revenue"), QStringLiteral("orders")});
        for (const BreakdownRow& b : r.byChannel)
            out += csvRow({b.key, b.label, money(b.amount), QString::number(b.orders)});
        break;
    case ReportSection::Regions:
        out += csvRow({QStringLiteral("country"), QStringLiteral("region"),
                       QStringLiteral("revenue"), QStringLiteral("orders")});
        for (const BreakdownRow& b : r.byRegion) {
            const qsizetype slash = b.key.indexOf(QLatin1Char('/'));
            out += csvRow({b.key.left(slash), b.key.mid(slash + 1), money(b.amount),
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
            out +=
                csvRow({QString::number(i + 1), list[i].key, list[i].label, money(list[i].amount),
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
                          {QStringLiteral("amount"), money(b.amount)},
                          {QStringLiteral("amount_cents"), qint64(b.amount.minorUnits())}};
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
                                 {QStringLiteral("revenue"), money(b.revenue)},
                                 {QStringLiteral("revenue_cents"), qint64(b.revenue.minorUnits())},
                                 {QStringLiteral("orders"), b.orders},
                                 {QStringLiteral("revenue_orders"), b.revenueOrders},
                                 {QStringLiteral("invalid_orders"), b.invalidOrders},
                                 {QStringLiteral("gross_sales"), money(b.gross())},
                                 {QStringLiteral("refunds"), money(b.refunded)},
                                 {QStringLiteral("refunds_cents"), qint64(b.refunded.minorUnits())},
                                 {QStringLiteral("refund_count"), b.refunds}});
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
            c == QLatin1String("invalid_orders") || c == QLatin1String("refund_count"))
            return v.toLongLong();
        if (c == QLatin1String("completion_rate") || c == QLatin1String("invalid_rate") ||
            c == QLatin1String("hours_to_shipment") || c == QLatin1String("refund_rate"))
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
        {QStringLiteral("gross_statuses"), QJsonArray::fromStringList(grossStatuses())},
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
