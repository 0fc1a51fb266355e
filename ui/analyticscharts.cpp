#include "analyticscharts.h"

#include "analyticswidgets.h"

#include <QAreaSeries>
#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QCategoryAxis>
#include <QChart>
#include <QChartView>
#include <QHorizontalBarSeries>
#include <QLegendMarker>
#include <QLineSeries>
#include <QPieSeries>
#include <algorithm>
#include <cmath>

namespace docket {

namespace {

const QColor kAccent(0x25, 0x63, 0xeb);
const QColor kCompare(0x9c, 0xa3, 0xaf);
const QColor kRefunds(0xdc, 0x26, 0x26);
const QColor kTeal(0x0d, 0x94, 0x88);
const QColor kIndigo(0x4f, 0x46, 0xe5);

QColor statusColour(const QString& code)
{
    static const QHash<QString, QColor> colours{
        {QStringLiteral("pending"), QColor(0xf5, 0x9e, 0x0b)},
        {QStringLiteral("paid"), QColor(0x3b, 0x82, 0xf6)},
        {QStringLiteral("processing"), QColor(0x8b, 0x5c, 0xf6)},
        {QStringLiteral("shipped"), QColor(0x06, 0xb6, 0xd4)},
        {QStringLiteral("delivered"), QColor(0x16, 0xa3, 0x4a)},
        {QStringLiteral("cancelled"), QColor(0x9c, 0xa3, 0xaf)},
        {QStringLiteral("refunded"), QColor(0xdc, 0x26, 0x26)},
    };
    return colours.value(code, kAccent);
}

void clearChart(QChart* chart)
{
    chart->removeAllSeries();
    const auto axes = chart->axes();
    for (QAbstractAxis* a : axes) {
        chart->removeAxis(a);
        delete a;
    }
}

// A chart plots numbers, not amounts: the amount in major units, for the axis
// only (labels and tooltips show the Money itself).
double axisValue(const Money& amount)
{
    return double(amount.minorUnits()) / 100.0;
}

QString elide(const QString& s, int max)
{
    return s.size() <= max ? s : s.left(max - 1) + QChar(0x2026);
}

bool darkPalette(const QPalette& palette)
{
    return palette.color(QPalette::Window).lightness() < 128;
}

} // namespace

QString AnalyticsCharts::percentText(double fraction)
{
    const QLocale l;
    return l.toString(fraction * 100.0, 'f', 1) + l.percent();
}

void AnalyticsCharts::timeSeries(ChartPanel* p, const AnalyticsResult& r, bool revenue,
                                 Comparison comparison, const QPalette& palette,
                                 const Interaction& on)
{
    QChart* chart = p->chart();
    clearChart(chart);
    chart->setTheme(darkPalette(palette) ? QChart::ChartThemeDark : QChart::ChartThemeLight);
    chart->setBackgroundVisible(false);
    auto valueOf = [revenue](const SeriesBucket& b) {
        return revenue ? axisValue(b.revenue) : double(b.orders);
    };
    const QLocale l;
    auto* current = new QLineSeries;
    current->setName(tr("This period"));
    double max = 0;
    for (qsizetype i = 0; i < r.series.size(); ++i) {
        current->append(double(i), valueOf(r.series[i]));
        max = std::max(max, valueOf(r.series[i]));
    }
    QLineSeries* compare = nullptr;
    if (r.compareFrom.isValid()) {
        compare = new QLineSeries;
        compare->setName(comparison == Comparison::SamePeriodLastYear ? tr("Same period last year")
                                                                      : tr("Previous period"));
        for (qsizetype i = 0; i < r.compareSeries.size() && i < r.series.size(); ++i) {
            compare->append(double(i), valueOf(r.compareSeries[i]));
            max = std::max(max, valueOf(r.compareSeries[i]));
        }
    }
    const bool markers = r.series.size() <= 45;
    QAbstractSeries* main = current;
    if (revenue) {
        auto* area = new QAreaSeries(current);
        area->setName(current->name());
        QColor fill = kAccent;
        fill.setAlpha(50);
        area->setBrush(fill);
        area->setPen(QPen(kAccent, 2));
        area->setPointsVisible(markers);
        main = area;
        QObject::connect(area, &QAreaSeries::hovered, p,
                         [on](const QPointF& pt, bool state) { on.hover(qRound(pt.x()), state); });
        QObject::connect(area, &QAreaSeries::clicked, p,
                         [on](const QPointF& pt) { on.click(qRound(pt.x())); });
    } else {
        current->setPen(QPen(kAccent, 2));
        current->setPointsVisible(markers);
        QObject::connect(current, &QLineSeries::hovered, p,
                         [on](const QPointF& pt, bool state) { on.hover(qRound(pt.x()), state); });
        QObject::connect(current, &QLineSeries::clicked, p,
                         [on](const QPointF& pt) { on.click(qRound(pt.x())); });
    }
    if (compare) {
        QPen pen(kCompare, 1.5, Qt::DashLine);
        compare->setPen(pen);
        chart->addSeries(compare);
        QObject::connect(compare, &QLineSeries::hovered, p,
                         [on](const QPointF& pt, bool state) { on.hover(qRound(pt.x()), state); });
    }
    chart->addSeries(main);
    // Refunds as their own series (revenue is net of them), when the period
    // has any: each on the day it was made.
    QLineSeries* refunds = nullptr;
    if (revenue && std::any_of(r.series.cbegin(), r.series.cend(),
                               [](const SeriesBucket& b) { return b.refunds > 0; })) {
        refunds = new QLineSeries;
        refunds->setName(tr("Refunds"));
        for (qsizetype i = 0; i < r.series.size(); ++i) {
            refunds->append(double(i), axisValue(r.series[i].refunded));
            max = std::max(max, axisValue(r.series[i].refunded));
        }
        refunds->setPen(QPen(kRefunds, 1.5));
        refunds->setPointsVisible(markers);
        chart->addSeries(refunds);
        QObject::connect(refunds, &QLineSeries::hovered, p,
                         [on](const QPointF& pt, bool state) { on.hover(qRound(pt.x()), state); });
        current->setName(tr("Net sales"));
        main->setName(current->name());
    }

    // X: the buckets, labelled in the user's language (labelTimeAxis).
    auto* x = new QCategoryAxis;
    x->setLabelsPosition(QCategoryAxis::AxisLabelsPositionOnValue);
    x->setStartValue(-1);
    const qsizetype n = r.series.size();
    x->setRange(n > 1 ? 0.0 : -0.5, n > 1 ? double(n - 1) : 0.5);
    x->setGridLineVisible(false);
    const QString granularityName = granularity::label(r.granularity);
    x->setTitleText(granularityName);
    auto* y = new QCategoryAxis;
    const QString currency = r.currency;
    setNiceValueAxis(y, max, [revenue, &l](double v) {
        return revenue ? l.toString(v, 'f', 0) : l.toString(qint64(std::llround(v)));
    });
    y->setTitleText(revenue ? tr("Revenue (%1)").arg(currency) : tr("Orders"));
    chart->addAxis(x, Qt::AlignBottom);
    chart->addAxis(y, Qt::AlignLeft);
    for (QAbstractSeries* s : chart->series()) {
        s->attachAxis(x);
        s->attachAxis(y);
    }
    chart->legend()->setVisible(compare != nullptr || refunds != nullptr);
    chart->legend()->setAlignment(Qt::AlignBottom);
    labelTimeAxis(p, r);
    // A first or last bucket shorter than the others (a week cut by the
    // period, today's day or month still running) is lower for that reason.
    bool partial = false;
    if (!r.series.isEmpty() && r.granularity != Granularity::Day) {
        const auto full = analytics::buckets(r.series.first().first.addDays(-40),
                                             r.series.last().last.addDays(40), r.query.timeZone,
                                             r.granularity, r.query.firstDayOfWeek);
        for (const SeriesBucket* b : {&r.series.first(), &r.series.last()}) {
            const bool whole = std::any_of(full.begin(), full.end(), [b](const SeriesBucket& f) {
                return f.first == b->first && f.last == b->last;
            });
            partial = partial || !whole;
        }
    }
    partial = partial || (!r.series.isEmpty() && r.series.last().last >= QDate::currentDate());
    p->setSubtitle(partial ? tr("by %1; the first or last point covers a shorter time")
                                 .arg(granularityName.toLower())
                           : tr("by %1").arg(granularityName.toLower()));
}

void AnalyticsCharts::labelTimeAxis(ChartPanel* p, const AnalyticsResult& r)
{
    auto* x = qobject_cast<QCategoryAxis*>(p->chart()->axes(Qt::Horizontal).value(0));
    if (!x)
        return;
    const QLocale l;
    auto text = [&](QDate d) {
        return r.granularity == Granularity::Month ? l.toString(d, tr("MMM yyyy"))
                                                   : l.toString(d, tr("d MMM"));
    };
    // As many labels as fit the chart's width (at most eight), so none is cut.
    const QFontMetrics fm(x->labelsFont());
    const int labelWidth =
        fm.horizontalAdvance(text(QDate(2024, 12, 28))) + 3 * fm.averageCharWidth();
    const int room = std::max(0, p->view()->width() - 90);
    const qsizetype fit = std::clamp<qsizetype>(room / std::max(1, labelWidth), 2, 8);
    const qsizetype n = r.series.size();
    const qsizetype step = std::max<qsizetype>(1, (n + fit - 1) / fit);
    for (const QString& label : x->categoriesLabels())
        x->remove(label);
    QStringList used;
    for (qsizetype i = 0; i < n; i += step) {
        const QString label = text(r.series[i].first);
        if (used.contains(label))
            continue;
        used << label;
        x->append(label, double(i));
    }
}

void AnalyticsCharts::statusRing(ChartPanel* p, const AnalyticsResult& r, const QPalette& palette,
                                 const Interaction& on)
{
    QChart* chart = p->chart();
    clearChart(chart);
    chart->setTheme(darkPalette(palette) ? QChart::ChartThemeDark : QChart::ChartThemeLight);
    chart->setBackgroundVisible(false);
    auto* pie = new QPieSeries;
    pie->setHoleSize(0.5);
    pie->setPieSize(0.78);
    qint64 total = 0;
    for (const BreakdownRow& b : r.byStatus)
        total += b.orders;
    const QLocale l;
    int index = 0;
    for (const BreakdownRow& b : r.byStatus) {
        const int i = index++;
        if (b.orders <= 0)
            continue;
        auto* slice = pie->append(QStringLiteral("%1  %2").arg(b.label, l.toString(b.orders)),
                                  double(b.orders));
        slice->setColor(statusColour(b.key));
        slice->setBorderColor(palette.color(QPalette::Base));
        const double share = total ? double(b.orders) / double(total) : 0;
        slice->setLabel(QStringLiteral("%1 %2").arg(b.label, percentText(share)));
        // A slice too thin for its label gets none, and no leader line
        // leading to nothing.
        const bool labelled = share >= 0.04;
        slice->setLabelVisible(labelled);
        slice->setLabelArmLengthFactor(labelled ? slice->labelArmLengthFactor() : 0.0);
        slice->setLabelColor(palette.color(QPalette::Text));
        slice->setProperty("index", i);
        QObject::connect(slice, &QPieSlice::hovered, p, [on, slice, i](bool state) {
            slice->setExploded(state);
            on.hover(i, state);
        });
        QObject::connect(slice, &QPieSlice::clicked, p, [on, i] { on.click(i); });
    }
    if (total == 0) {
        auto* none = pie->append(tr("No orders"), 1);
        none->setColor(palette.color(QPalette::Midlight));
        none->setLabelVisible(true);
    }
    chart->addSeries(pie);
    chart->legend()->setVisible(total > 0);
    chart->legend()->setAlignment(Qt::AlignRight);
    // Legend entries: label and count (the slice labels carry percentages).
    const auto markers = chart->legend()->markers(pie);
    int m = 0;
    for (const BreakdownRow& b : r.byStatus) {
        if (b.orders <= 0)
            continue;
        if (m < markers.size())
            markers[m++]->setLabel(QStringLiteral("%1  %2").arg(b.label, l.toString(b.orders)));
    }
    p->setSubtitle(tr("%L1 valid orders").arg(total));
}

void AnalyticsCharts::bars(ChartPanel* p, const AnalyticsResult& r, Bars which,
                           const QPalette& palette, const Interaction& on)
{
    QChart* chart = p->chart();
    clearChart(chart);
    chart->setTheme(darkPalette(palette) ? QChart::ChartThemeDark : QChart::ChartThemeLight);
    chart->setBackgroundVisible(false);
    const bool quantity = which == Bars::TopQuantity;
    QList<BreakdownRow> rows;
    QColor colour = kAccent;
    switch (which) {
    case Bars::Channels:
        rows = r.byChannel;
        break;
    case Bars::Regions:
        rows = r.byRegion.mid(0, kTopRegions);
        colour = kIndigo;
        break;
    case Bars::TopRevenue:
        rows = r.topProductsByRevenue;
        break;
    case Bars::TopQuantity:
        rows = r.topProductsByQuantity;
        colour = kTeal;
        break;
    }
    const bool horizontal = which != Bars::Channels;
    auto* set = new QBarSet(quantity ? tr("Quantity") : tr("Revenue"));
    set->setColor(colour);
    set->setBorderColor(colour);
    QStringList categories;
    double max = 0;
    // Horizontal bars list bottom-up: add the largest last so it is on top.
    QList<int> order;
    for (int i = 0; i < rows.size(); ++i)
        order << i;
    if (horizontal)
        std::reverse(order.begin(), order.end());
    QStringList used;
    for (int i : std::as_const(order)) {
        const BreakdownRow& b = rows[i];
        const double v = quantity ? double(b.quantity) : axisValue(b.amount);
        set->append(v);
        max = std::max(max, v);
        QString label = elide(b.label, 30);
        while (used.contains(label))
            label += QChar(0x200b); // categories must be unique
        used << label;
        categories << label;
    }
    QAbstractBarSeries* series = nullptr;
    if (horizontal)
        series = new QHorizontalBarSeries;
    else
        series = new QBarSeries;
    series->append(set);
    series->setBarWidth(0.65);
    chart->addSeries(series);
    const int count = int(rows.size());
    QObject::connect(series, &QAbstractBarSeries::hovered, p,
                     [on, horizontal, count](bool state, int index, QBarSet*) {
                         on.hover(horizontal ? count - 1 - index : index, state);
                     });
    QObject::connect(series, &QAbstractBarSeries::clicked, p,
                     [on, horizontal, count](int index, QBarSet*) {
                         on.click(horizontal ? count - 1 - index : index);
                     });
    auto* cat = new QBarCategoryAxis;
    cat->append(categories);
    cat->setGridLineVisible(false);
    cat->setTruncateLabels(false); // names are elided above; the axis takes their width
    auto* val = new QCategoryAxis;
    const QLocale l;
    setNiceValueAxis(
        val, max, [&l](double v) { return l.toString(v, 'f', 0); }, horizontal ? 4 : 5);
    val->setTitleText(quantity ? tr("Units sold") : tr("Revenue (%1)").arg(r.currency));
    // Room for every bar's name (the axis hides names that would overlap) and,
    // right of a horizontal value axis, for half its last label.
    const QFontMetrics fm(cat->labelsFont());
    if (horizontal) {
        p->view()->setMinimumHeight(
            std::max(240, int(rows.size()) * (fm.height() + 6) + 3 * fm.height() + 40));
        const QStringList values = val->categoriesLabels();
        const int half = values.isEmpty() ? 0 : fm.horizontalAdvance(values.last()) / 2;
        QMargins m = chart->margins();
        m.setRight(std::max(26, half + 8));
        chart->setMargins(m);
    }
    chart->addAxis(cat, horizontal ? Qt::AlignLeft : Qt::AlignBottom);
    chart->addAxis(val, horizontal ? Qt::AlignBottom : Qt::AlignLeft);
    series->attachAxis(cat);
    series->attachAxis(val);
    chart->legend()->setVisible(false);
    if (rows.isEmpty())
        p->setSubtitle(tr("no revenue in this period"));
    else if (which == Bars::Regions && r.byRegion.size() > kTopRegions)
        p->setSubtitle(tr("shipping address; the top %L1 of %L2 regions")
                           .arg(kTopRegions)
                           .arg(r.byRegion.size()));
    else if (which == Bars::Regions)
        p->setSubtitle(tr("shipping address"));
    else
        p->setSubtitle({});
}

} // namespace docket
