#include "analyticspage.h"

#include "analyticscharts.h"
#include "analyticsfilterbar.h"
#include "analyticswidgets.h"
#include "domain/errors.h"
#include "domain/money.h"
#include "domain/order.h"
#include "export/analyticsreport.h"
#include "i18n.h"
#include "items/analyticsloader.h"
#include "settings.h"
#include "stores/shopsettingsstore.h"

#include <QChart>
#include <QChartView>
#include <QCursor>
#include <QFileDialog>
#include <QGraphicsLayout>
#include <QGridLayout>
#include <QLabel>
#include <QPrintDialog>
#include <QPrinter>
#include <QScrollArea>
#include <QStandardPaths>
#include <QToolTip>
#include <QVBoxLayout>
#include <climits>
#include <cmath>

namespace docket {

namespace {

// "+12.3 %" (relative change) or nullopt when there is nothing to compare.
std::optional<double> relativeChange(double now, double before)
{
    if (before == 0)
        return std::nullopt;
    return (now - before) / std::abs(before);
}

} // namespace

AnalyticsPage::AnalyticsPage(std::shared_ptr<const Database> db, Session session, QWidget* parent)
    : QWidget(parent), m_db(std::move(db)), m_session(std::move(session))
{
    setObjectName(QStringLiteral("analyticsPage"));
    m_loader = std::make_unique<AnalyticsLoader>(m_db, m_session);
    connect(m_loader.get(), &AnalyticsLoader::loaded, this, &AnalyticsPage::onLoaded);
    connect(m_loader.get(), &AnalyticsLoader::failed, this, &AnalyticsPage::onFailed);
    m_debounce.setSingleShot(true);
    m_debounce.setInterval(kDebounceMs);
    connect(&m_debounce, &QTimer::timeout, this, &AnalyticsPage::request);
    m_throttle.setSingleShot(true);
    m_throttle.setInterval(kLiveRefreshMs);
    connect(&m_throttle, &QTimer::timeout, this, [this] {
        if (m_changed && isVisible())
            liveRefresh();
    });

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    auto* scroll = new QScrollArea(this);
    m_scroll = scroll;
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    auto* content = new QWidget(scroll);
    content->setObjectName(QStringLiteral("analyticsContent"));
    scroll->setWidget(content);

    setStyleSheet(QStringLiteral(
        "#analyticsCard { background: palette(base); border: 1px solid palette(midlight); "
        "border-radius: 6px; }"));

    // The controls above the charts (made after the scroll area: the tab order
    // goes from it to the controls, then to the charts).
    m_filters = new AnalyticsFilterBar(m_db, m_session, this);
    layout->addWidget(m_filters);
    layout->addWidget(scroll, 1);
    connect(m_filters, &AnalyticsFilterBar::changed, this, &AnalyticsPage::schedule);
    connect(m_filters, &AnalyticsFilterBar::refreshRequested, this, &AnalyticsPage::refresh);
    connect(m_filters, &AnalyticsFilterBar::saveReportRequested, this,
            &AnalyticsPage::saveReportAs);
    connect(m_filters, &AnalyticsFilterBar::printRequested, this, &AnalyticsPage::print);

    // KPI cards and charts.
    auto* grid = new QGridLayout(content);
    grid->setContentsMargins(12, 4, 12, 12);
    grid->setHorizontalSpacing(12);
    grid->setVerticalSpacing(12);
    // Seven cards in a row, or rows of four or three (of two) when they do not
    // fit the page's width (fitKpis()).
    m_kpiGrid = new QGridLayout;
    m_kpiGrid->setSpacing(12);
    const QList<std::pair<QString, QString>> kpis = {
        {tr("Revenue"),
         tr("Net sales: gross sales less refunds. Gross sales are the totals of the valid "
            "orders placed in the period that are paid, processing, shipped, delivered or "
            "refunded since, on the day they were placed; refunds are the amounts refunded in "
            "the period, each on the day it was made. Pending, cancelled, invalid and deleted "
            "orders never count.")},
        {tr("Orders"), tr("Valid orders created in the period, any status.")},
        {tr("Average order value"), tr("Gross sales divided by the orders that make them.")},
        {tr("Completion rate"), tr("Delivered orders as a share of all valid orders.")},
        {tr("Invalid rate"), tr("Orders marked invalid as a share of all orders (valid and "
                                "invalid; deleted orders are gone).")},
        {tr("Time to shipment"),
         tr("Average time from an order's creation to its first shipment, over the period's "
            "orders that have one recorded.")},
        {tr("Refunds"),
         tr("The amounts refunded in the period, each on the day it was made, whichever day "
            "its order was placed; their number and their share of gross sales.")},
    };
    for (const auto& [title, tip] : kpis) {
        auto* card = new KpiCard(title, content);
        card->setToolTip(tip);
        m_kpis << card;
    }
    m_caption = new QLabel(content);
    m_caption->setForegroundRole(QPalette::PlaceholderText);
    m_caption->setWordWrap(true);
    grid->addWidget(m_caption, 0, 0, 1, 2);
    grid->addLayout(m_kpiGrid, 1, 0, 1, 2);
    fitKpis();
    scroll->viewport()->installEventFilter(this);

    const QList<std::pair<QString, QString>> charts = {
        {tr("Revenue"), QStringLiteral("revenue")},
        {tr("Orders"), QStringLiteral("orders")},
        {tr("Orders by status"), QStringLiteral("orders-by-status")},
        {tr("Revenue by sales channel"), QStringLiteral("revenue-by-channel")},
        {tr("Revenue by region"), QStringLiteral("revenue-by-region")},
        {tr("Top 10 products by revenue"), QStringLiteral("top-products-revenue")},
        {tr("Top 10 products by quantity"), QStringLiteral("top-products-quantity")},
    };
    for (const auto& [title, stem] : charts) {
        auto* p = new ChartPanel(title, stem, content);
        connect(p, &ChartPanel::statusMessage, this, &AnalyticsPage::statusMessage);
        m_panels << p;
    }
    for (Chart c : {Chart::Revenue, Chart::Orders})
        m_panels[int(c)]->view()->installEventFilter(this);
    m_panels[0]->setToolTip(kpis[0].second);
    m_panels[0]->view()->setMinimumHeight(300);
    fitCharts();
    grid->setColumnStretch(0, 1);
    grid->setColumnStretch(1, 1);

    using S = ReportSection;
    const S sections[] = {S::Series,
                          S::Series,
                          S::Status,
                          S::Channels,
                          S::Regions,
                          S::ProductsByRevenue,
                          S::ProductsByQuantity};
    for (int i = 0; i < kChartCount; ++i) {
        const S s = sections[i];
        m_panels[i]->setCsvSource(
            [this, s] { return m_result ? analytics::csv(*m_result, s) : QString(); });
    }

    m_filters->selectDefaultPeriod();
}

AnalyticsPage::~AnalyticsPage() = default;

ChartPanel* AnalyticsPage::panel(Chart chart) const
{
    return m_panels.value(int(chart));
}

AnalyticsQuery AnalyticsPage::query() const
{
    return m_filters->query();
}

void AnalyticsPage::setQuery(const AnalyticsQuery& q)
{
    m_filters->setQuery(q);
    m_debounce.stop();
    request();
}

void AnalyticsPage::refresh()
{
    m_debounce.stop();
    request();
}

void AnalyticsPage::dataChanged()
{
    m_changed = true;
    // Hidden: showEvent reloads. Within the throttle: its timeout does.
    if (isVisible() && !m_throttle.isActive())
        liveRefresh();
}

void AnalyticsPage::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    if (m_changed)
        liveRefresh();
}

void AnalyticsPage::liveRefresh()
{
    m_changed = false;
    // A named period moves with the calendar ("today" after midnight) and
    // "All time" with the data.
    m_filters->followPreset();
    refresh();
    m_throttle.start();
}

void AnalyticsPage::schedule()
{
    m_debounce.start();
}

void AnalyticsPage::request()
{
    const AnalyticsQuery q = query();
    if (const auto errors = q.validate(); !errors.isEmpty()) {
        m_filters->setState(errors.first().message);
        return;
    }
    m_loading = true;
    m_filters->setState(tr("Updating…"));
    m_loader->request(++m_generation, q);
}

void AnalyticsPage::onLoaded(quint64 generation, const AnalyticsResult& result)
{
    if (generation != m_generation)
        return; // an answer to an older question
    m_loading = false;
    m_result = result;
    m_filters->setState(result.fromSummaries ? QString() : tr("Figures of your own orders"));
    showResult();
    emit loaded();
}

void AnalyticsPage::onFailed(quint64 generation, const QString& message)
{
    if (generation != m_generation)
        return;
    m_loading = false;
    m_filters->setState(tr("Could not load the figures"));
    m_filters->setStateToolTip(message);
    emit statusMessage(message, 10000);
}

QString AnalyticsPage::money(const Money& amount) const
{
    return amount.toString();
}

QString AnalyticsPage::bucketText(const SeriesBucket& b) const
{
    const QLocale l;
    if (b.first == b.last)
        return l.toString(b.first, QLocale::ShortFormat);
    return tr("%1 – %2").arg(l.toString(b.first, QLocale::ShortFormat),
                             l.toString(b.last, QLocale::ShortFormat));
}

QString AnalyticsPage::periodText() const
{
    if (!m_result)
        return {};
    const QLocale l;
    QString s = tr("%1 – %2").arg(l.toString(m_result->query.from, longDateFormat(l)),
                                  l.toString(m_result->query.to, longDateFormat(l)));
    if (m_result->compareFrom.isValid())
        s += QLatin1Char('\n') + tr("Compared with %1 – %2")
                                     .arg(l.toString(m_result->compareFrom, QLocale::ShortFormat),
                                          l.toString(m_result->compareTo, QLocale::ShortFormat));
    return s;
}

QString AnalyticsPage::filterText() const
{
    return tr("Channels: %1 · Statuses: %2 · Time zone: %3")
        .arg(m_filters->channelsText(), m_filters->statusesText(),
             QString::fromUtf8(m_result ? m_result->query.timeZone.id()
                                        : QTimeZone::systemTimeZone().id()));
}

void AnalyticsPage::showResult()
{
    showKpis();
    const AnalyticsResult& r = *m_result;
    const QPalette colours = palette();
    using Charts = AnalyticsCharts;
    for (Chart c : {Chart::Revenue, Chart::Orders})
        Charts::timeSeries(panel(c), r, c == Chart::Revenue, m_filters->comparison(), colours,
                           interaction(c));
    Charts::statusRing(panel(Chart::Status), r, colours, interaction(Chart::Status));
    Charts::bars(panel(Chart::Channels), r, Charts::Bars::Channels, colours,
                 interaction(Chart::Channels));
    Charts::bars(panel(Chart::Regions), r, Charts::Bars::Regions, colours,
                 interaction(Chart::Regions));
    Charts::bars(panel(Chart::TopRevenue), r, Charts::Bars::TopRevenue, colours,
                 interaction(Chart::TopRevenue));
    Charts::bars(panel(Chart::TopQuantity), r, Charts::Bars::TopQuantity, colours,
                 interaction(Chart::TopQuantity));
    // Lay the charts out now (axes, legends), not at the next event loop turn:
    // an export right after an answer must show them.
    for (ChartPanel* p : std::as_const(m_panels))
        p->chart()->layout()->activate();
}

void AnalyticsPage::showKpis()
{
    {
        const QLocale l;
        QString caption = tr("%1 – %2").arg(l.toString(m_result->query.from, longDateFormat(l)),
                                            l.toString(m_result->query.to, longDateFormat(l)));
        if (m_result->compareFrom.isValid())
            caption += QStringLiteral("  ·  ") +
                       tr("changes against %1 – %2")
                           .arg(l.toString(m_result->compareFrom, QLocale::ShortFormat),
                                l.toString(m_result->compareTo, QLocale::ShortFormat));
        m_caption->setText(caption);
    }
    const AnalyticsResult& r = *m_result;
    const PeriodTotals& t = r.totals;
    const PeriodTotals& c = r.compareTotals;
    const bool cmp = r.compareFrom.isValid();
    const QLocale l;
    const QString against = m_filters->comparisonText();
    auto relative = [&](double now, double before, bool upIsGood) {
        struct Out
        {
            QString text;
            std::optional<bool> good;
        };
        if (!cmp)
            return Out{};
        const auto ch = relativeChange(now, before);
        if (!ch)
            return Out{tr("no comparison figure"), std::nullopt};
        const QString arrow = *ch > 0   ? QStringLiteral("▲")
                              : *ch < 0 ? QStringLiteral("▼")
                                        : QStringLiteral("■");
        std::optional<bool> good;
        if (std::abs(*ch) >= 0.0005)
            good = (*ch > 0) == upIsGood;
        return Out{QStringLiteral("%1 %2").arg(arrow, AnalyticsCharts::percentText(std::abs(*ch))),
                   good};
    };
    auto points = [&](std::optional<double> now, std::optional<double> before, bool upIsGood) {
        struct Out
        {
            QString text;
            std::optional<bool> good;
        };
        if (!cmp)
            return Out{};
        if (!now || !before)
            return Out{tr("no comparison figure"), std::nullopt};
        const double d = (*now - *before) * 100.0;
        const QString arrow = d > 0   ? QStringLiteral("▲")
                              : d < 0 ? QStringLiteral("▼")
                                      : QStringLiteral("■");
        std::optional<bool> good;
        if (std::abs(d) >= 0.05)
            good = (d > 0) == upIsGood;
        return Out{tr("%1 %2 pts").arg(arrow, l.toString(std::abs(d), 'f', 1)), good};
    };
    auto set = [&](int i, const QString& value, const auto& change, const QString& before) {
        m_kpis[i]->setValue(value, change.text, change.good,
                            cmp ? tr("%1: %2").arg(against, before) : QString());
    };
    set(0, money(t.revenue),
        relative(double(t.revenue.minorUnits()), double(c.revenue.minorUnits()), true),
        money(c.revenue));
    set(1, l.toString(t.orders), relative(double(t.orders), double(c.orders), true),
        l.toString(c.orders));
    const auto aov = t.averageOrder();
    const auto aovBefore = c.averageOrder();
    set(2, aov ? money(*aov) : QStringLiteral("—"),
        relative(double(aov ? aov->minorUnits() : 0),
                 double(aovBefore ? aovBefore->minorUnits() : 0), true),
        aovBefore ? money(*aovBefore) : QStringLiteral("—"));
    const auto rateText = [](std::optional<double> v) {
        return v ? AnalyticsCharts::percentText(*v) : QStringLiteral("—");
    };
    set(3, rateText(t.completionRate()), points(t.completionRate(), c.completionRate(), true),
        rateText(c.completionRate()));
    set(4, rateText(t.invalidRate()), points(t.invalidRate(), c.invalidRate(), false),
        rateText(c.invalidRate()));
    const auto hoursText = [&l, this](std::optional<double> h) {
        if (!h)
            return QStringLiteral("—");
        if (*h >= 48)
            return tr("%1 days").arg(l.toString(*h / 24.0, 'f', 1));
        return tr("%1 h").arg(l.toString(*h, 'f', 1));
    };
    const auto ship = t.averageHoursToShip();
    if (!ship) {
        m_kpis[5]->setValue(QStringLiteral("—"), tr("no shipments recorded"), std::nullopt,
                            tr("None of the period's orders has a recorded shipment (orders "
                               "shipped by a status change alone have none)."));
    } else {
        set(5, hoursText(ship), relative(*ship, c.averageHoursToShip().value_or(0), false),
            hoursText(c.averageHoursToShip()));
    }
    // Refunds: fewer is better; without a comparison, how many and their
    // share of gross sales.
    const auto refundRate = t.refundRate();
    const QString refundFacts =
        tr("%Ln refund(s)", "", int(std::min<qint64>(t.refunds, INT_MAX))) +
        (refundRate ? tr(", %1 of gross sales").arg(AnalyticsCharts::percentText(*refundRate))
                    : QString());
    if (cmp)
        set(6, money(t.refunded),
            relative(double(t.refunded.minorUnits()), double(c.refunded.minorUnits()), false),
            money(c.refunded));
    else
        m_kpis[6]->setValue(money(t.refunded), refundFacts, std::nullopt, QString());
    m_kpiColumns = 0; // the figures changed: their widths too
    fitKpis();
}

AnalyticsCharts::Interaction AnalyticsPage::interaction(Chart chart)
{
    return {[this, chart](int index, bool state) { hover(chart, index, state); },
            [this, chart](int index) {
                click(chart, index);
            }};
}

void AnalyticsPage::labelTimeAxis(Chart which)
{
    if (m_result)
        AnalyticsCharts::labelTimeAxis(panel(which), *m_result);
}

void AnalyticsPage::fitKpis()
{
    const QMargins m = m_scroll->widget()->layout()->contentsMargins();
    const int room = m_scroll->viewport()->width() - m.left() - m.right();
    const int spacing = m_kpiGrid->horizontalSpacing();
    // The width `columns` columns need: each as wide as its widest card.
    auto need = [&](int columns) {
        int total = spacing * (columns - 1);
        for (int c = 0; c < columns; ++c) {
            int widest = 0;
            for (int i = c; i < m_kpis.size(); i += columns)
                widest = std::max(widest, m_kpis[i]->minimumSizeHint().width());
            total += widest;
        }
        return total;
    };
    int columns = 2;
    for (int n : {int(m_kpis.size()), 4, 3})
        if (need(n) <= room) {
            columns = n;
            break;
        }
    if (columns == m_kpiColumns)
        return;
    m_kpiColumns = columns;
    for (KpiCard* card : std::as_const(m_kpis))
        m_kpiGrid->removeWidget(card);
    for (int i = 0; i < m_kpis.size(); ++i)
        m_kpiGrid->addWidget(m_kpis[i], i / columns, i % columns);
    for (int c = 0; c < m_kpis.size(); ++c)
        m_kpiGrid->setColumnStretch(c, c < columns ? 1 : 0);
}

void AnalyticsPage::fitCharts()
{
    auto* grid = static_cast<QGridLayout*>(m_scroll->widget()->layout());
    const QMargins m = grid->contentsMargins();
    const int room = m_scroll->viewport()->width() - m.left() - m.right();
    // Two charts side by side only where each keeps room for its axis labels
    // and bar names (at 1024 px they were cut: "ne-Rhône-Alpes", "200,0...").
    const int columns = room >= 2 * kMinChartWidth + grid->horizontalSpacing() ? 2 : 1;
    if (columns == m_chartColumns)
        return;
    m_chartColumns = columns;
    for (ChartPanel* p : std::as_const(m_panels))
        grid->removeWidget(p);
    grid->addWidget(m_panels[int(Chart::Revenue)], 2, 0, 1, 2);
    int i = 0;
    for (Chart c : {Chart::Orders, Chart::Status, Chart::Channels, Chart::Regions,
                    Chart::TopRevenue, Chart::TopQuantity}) {
        if (columns == 2)
            grid->addWidget(m_panels[int(c)], 3 + i / 2, i % 2);
        else
            grid->addWidget(m_panels[int(c)], 3 + i, 0, 1, 2);
        ++i;
    }
}

void AnalyticsPage::hideEvent(QHideEvent* event)
{
    // Another page comes up (sidebar, shortcut, a drill-down): a chart's hover
    // text must not stay over it.
    QToolTip::hideText();
    QWidget::hideEvent(event);
}

bool AnalyticsPage::eventFilter(QObject* watched, QEvent* event)
{
    // The pointer left a chart: its hover text goes with it.
    if (event->type() == QEvent::Leave)
        for (ChartPanel* p : m_panels)
            if (p && watched == p->view())
                QToolTip::hideText();
    if (watched == m_scroll->viewport() && event->type() == QEvent::Resize) {
        fitKpis();
        fitCharts();
    }
    if (event->type() == QEvent::Resize && m_result)
        for (Chart c : {Chart::Revenue, Chart::Orders})
            if (watched == panel(c)->view())
                labelTimeAxis(c);
    return QWidget::eventFilter(watched, event);
}

std::optional<OrderFilter> AnalyticsPage::drillDownFilter(Chart chart, int index) const
{
    if (!m_result || index < 0)
        return std::nullopt;
    const AnalyticsResult& r = *m_result;
    const AnalyticsQuery& q = r.query;
    switch (chart) {
    case Chart::Revenue:
    case Chart::Orders:
        if (index >= r.series.size())
            return std::nullopt;
        return analytics::drillDown(q, chart == Chart::Revenue ? Measure::Revenue : Measure::Orders,
                                    r.series[index].first, r.series[index].last);
    case Chart::Status:
        if (index >= r.byStatus.size())
            return std::nullopt;
        return analytics::drillDown(q, Measure::Orders, {}, {}, r.byStatus[index].key);
    case Chart::Channels:
        if (index >= r.byChannel.size())
            return std::nullopt;
        return analytics::drillDown(q, Measure::Revenue, {}, {}, {}, r.byChannel[index].key);
    case Chart::Regions:
        if (index >= r.byRegion.size())
            return std::nullopt;
        return analytics::drillDown(q, Measure::Revenue, {}, {}, {}, {}, {}, r.byRegion[index].key);
    case Chart::TopRevenue:
    case Chart::TopQuantity: {
        const auto& list =
            chart == Chart::TopRevenue ? r.topProductsByRevenue : r.topProductsByQuantity;
        if (index >= list.size() || list[index].key.isEmpty())
            return std::nullopt;
        return analytics::drillDown(q, Measure::Revenue, {}, {}, {}, {}, list[index].key);
    }
    }
    return std::nullopt;
}

void AnalyticsPage::click(Chart chart, int index)
{
    if (const auto f = drillDownFilter(chart, index)) {
        QToolTip::hideText(); // the page goes; its hover text with it
        emit openOrders(*f);
    }
}

void AnalyticsPage::hover(Chart chart, int index, bool state)
{
    if (!state || !m_result) {
        QToolTip::hideText();
        return;
    }
    const AnalyticsResult& r = *m_result;
    const QLocale l;
    QString text;
    const QString clickHint = tr("Click to open these orders.");
    switch (chart) {
    case Chart::Revenue:
    case Chart::Orders: {
        if (index < 0 || index >= r.series.size())
            return;
        const SeriesBucket& b = r.series[index];
        text = QStringLiteral("<b>%1</b><br>").arg(bucketText(b).toHtmlEscaped()) +
               tr("Revenue: %1 (%L2 orders)").arg(money(b.revenue)).arg(b.revenueOrders) +
               QStringLiteral("<br>") + tr("Orders: %L1").arg(b.orders);
        if (b.refunds > 0)
            text += QStringLiteral("<br>") +
                    tr("Refunds: %1 (%L2 made)").arg(money(b.refunded)).arg(b.refunds);
        if (index < r.compareSeries.size()) {
            const SeriesBucket& c = r.compareSeries[index];
            text += QStringLiteral("<br><br><i>%1</i><br>").arg(bucketText(c).toHtmlEscaped()) +
                    tr("Revenue: %1").arg(money(c.revenue)) + QStringLiteral("<br>") +
                    tr("Orders: %L1").arg(c.orders);
        }
        text += QStringLiteral("<br><br>") + clickHint;
        break;
    }
    case Chart::Status: {
        if (index < 0 || index >= r.byStatus.size())
            return;
        const BreakdownRow& b = r.byStatus[index];
        text = QStringLiteral("<b>%1</b><br>").arg(b.label.toHtmlEscaped()) +
               tr("%L1 orders, total %2").arg(b.orders).arg(money(b.amount)) +
               QStringLiteral("<br><br>") + clickHint;
        break;
    }
    case Chart::Channels:
    case Chart::Regions: {
        QList<BreakdownRow> rows = chart == Chart::Channels ? r.byChannel : r.byRegion;
        if (index < 0 || index >= rows.size())
            return;
        const BreakdownRow& b = rows[index];
        text = QStringLiteral("<b>%1</b><br>").arg(b.label.toHtmlEscaped()) +
               tr("Revenue: %1 from %L2 orders").arg(money(b.amount)).arg(b.orders);
        text += QStringLiteral("<br><br>") + clickHint;
        break;
    }
    case Chart::TopRevenue:
    case Chart::TopQuantity: {
        const auto& list =
            chart == Chart::TopRevenue ? r.topProductsByRevenue : r.topProductsByQuantity;
        if (index < 0 || index >= list.size())
            return;
        const BreakdownRow& b = list[index];
        text = QStringLiteral("<b>%1</b><br>%2<br>")
                   .arg(b.label.toHtmlEscaped(), b.key.toHtmlEscaped()) +
               tr("Revenue: %1").arg(money(b.amount)) + QStringLiteral("<br>") +
               tr("Units sold: %L1 on %L2 order lines").arg(b.quantity).arg(b.orders) +
               QStringLiteral("<br><br>") + tr("Click to open the orders with this product.");
        break;
    }
    }
    // Tied to the chart: the text goes when the pointer leaves it.
    QWidget* view = panel(chart)->view();
    QToolTip::showText(QCursor::pos(), text, view, view->rect());
}

// ---------------------------------------------------------------- the report

SalesReport AnalyticsPage::report() const
{
    // The shop's name from the shop settings (its placeholder in the user's
    // language until it is set).
    QString shopName;
    try {
        shopName = ShopSettingsStore(m_db->connection(), m_session).load().shopNameText();
    } catch (const DocketError&) {
        shopName = ShopSettings().shopNameText();
    }
    return SalesReport{font(), shopName, periodText(), filterText(), m_kpis, m_panels};
}

void AnalyticsPage::printReport(QPrinter* printer) const
{
    report().print(printer);
}

bool AnalyticsPage::saveReportPdf(const QString& path, QString* error) const
{
    return report().savePdf(path, error);
}

void AnalyticsPage::saveReportAs()
{
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString stem = m_result ? QStringLiteral("sales-report-%1-%2")
                                        .arg(m_result->query.from.toString(Qt::ISODate),
                                             m_result->query.to.toString(Qt::ISODate))
                                  : QStringLiteral("sales-report");
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Save Report"), dir + QLatin1Char('/') + stem + QStringLiteral(".pdf"),
        tr("PDF documents (*.pdf)"));
    if (path.isEmpty())
        return;
    QString error;
    emit statusMessage(saveReportPdf(path, &error) ? tr("Saved %1.").arg(path) : error, 5000);
}

void AnalyticsPage::print()
{
    QPrinter printer(QPrinter::HighResolution);
    printer.setPageSize(QPageSize(QPageSize::A4));
    QPrintDialog dialog(&printer, this);
    dialog.setWindowTitle(tr("Print Sales Report"));
    if (dialog.exec() == QDialog::Accepted)
        printReport(&printer);
}

} // namespace docket
