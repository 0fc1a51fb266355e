#include "analyticspage.h"

#include "analyticswidgets.h"
#include "domain/errors.h"
#include "domain/money.h"
#include "domain/order.h"
#include "export/analyticsreport.h"
#include "i18n.h"
#include "items/analyticsloader.h"
#include "settings.h"

#include <QAreaSeries>
#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QCategoryAxis>
#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QCursor>
#include <QDateEdit>
#include <QFileDialog>
#include <QGraphicsLayout>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHorizontalBarSeries>
#include <QLabel>
#include <QLegendMarker>
#include <QLineSeries>
#include <QMenu>
#include <QPainter>
#include <QPieSeries>
#include <QPrintDialog>
#include <QPrinter>
#include <QPushButton>
#include <QScrollArea>
#include <QStandardPaths>
#include <QToolButton>
#include <QToolTip>
#include <QVBoxLayout>
#include <cmath>

namespace docket {

namespace {

const int kCustomPreset = int(datePresets().size());
const int kDefaultPreset = int(datePresets().indexOf(DatePreset::ThisYear));
constexpr int kTopRegions = 12;

const QColor kAccent(0x25, 0x63, 0xeb);
const QColor kCompare(0x9c, 0xa3, 0xaf);
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

QString elide(const QString& s, int max)
{
    return s.size() <= max ? s : s.left(max - 1) + QChar(0x2026);
}

bool darkPalette(const QWidget* w)
{
    return w->palette().color(QPalette::Window).lightness() < 128;
}

QString percentText(double fraction)
{
    const QLocale l;
    return l.toString(fraction * 100.0, 'f', 1) + l.percent();
}

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
    auto* bar = new QWidget(this);
    bar->setObjectName(QStringLiteral("analyticsBar"));
    m_bar = bar;
    layout->addWidget(bar);
    auto* scroll = new QScrollArea(this);
    m_scroll = scroll;
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    auto* content = new QWidget(scroll);
    content->setObjectName(QStringLiteral("analyticsContent"));
    scroll->setWidget(content);
    layout->addWidget(scroll, 1);

    setStyleSheet(QStringLiteral(
        "#analyticsCard { background: palette(base); border: 1px solid palette(midlight); "
        "border-radius: 6px; }"));

    // Controls: the period and the filters side by side, or the filters on a
    // second row when the window is too narrow for both (fitControls()).
    m_barLayout = new QBoxLayout(QBoxLayout::LeftToRight, bar);
    m_barLayout->setContentsMargins(12, 10, 12, 8);
    m_barLayout->setSpacing(16);
    auto* row = new QHBoxLayout;
    row->setSpacing(8);
    m_periodRow = row;
    auto* filterRow = new QHBoxLayout;
    filterRow->setSpacing(8);
    m_filterRow = filterRow;
    m_barLayout->addLayout(row);
    m_barLayout->addLayout(filterRow, 1);
    m_preset = new QComboBox(bar);
    for (DatePreset p : datePresets())
        m_preset->addItem(p == DatePreset::Any ? tr("All time") : presetLabel(p), int(p));
    m_preset->addItem(tr("Custom range"));
    m_preset->setAccessibleName(tr("Period"));
    m_from = new QDateEdit(bar);
    m_to = new QDateEdit(bar);
    for (QDateEdit* e : {m_from, m_to}) {
        e->setCalendarPopup(true);
        e->setDisplayFormat(QLocale().dateFormat(QLocale::ShortFormat));
    }
    m_from->setAccessibleName(tr("First day"));
    m_to->setAccessibleName(tr("Last day"));
    m_granularity = new QComboBox(bar);
    m_granularity->addItem(tr("Automatic"));
    for (Granularity g : {Granularity::Day, Granularity::Week, Granularity::Month})
        m_granularity->addItem(granularity::label(g), granularity::code(g));
    m_granularity->setAccessibleName(tr("Granularity"));
    // Its first item says what Automatic picks: as wide as that text is now.
    m_granularity->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_granularity->setToolTip(tr("Points of the time charts: days, weeks or months. Automatic "
                                 "picks days up to two months, weeks up to a year and a half, "
                                 "months beyond."));
    m_comparison = new QComboBox(bar);
    m_comparison->addItem(tr("vs previous period"), int(Comparison::PreviousPeriod));
    m_comparison->addItem(tr("vs same period last year"), int(Comparison::SamePeriodLastYear));
    m_comparison->addItem(tr("No comparison"), int(Comparison::None));
    m_comparison->setAccessibleName(tr("Comparison"));

    auto makeFilter = [&](QToolButton*& button, QMenu*& menu, const QString& name) {
        button = new QToolButton(bar);
        button->setPopupMode(QToolButton::InstantPopup);
        button->setToolButtonStyle(Qt::ToolButtonTextOnly);
        button->setAccessibleName(name);
        menu = new QMenu(button);
        button->setMenu(menu);
    };
    makeFilter(m_channels, m_channelMenu, tr("Channels"));
    makeFilter(m_statuses, m_statusMenu, tr("Statuses"));
    const QStringList channels = m_session.scope().kind == Scope::Kind::Channels
                                     ? m_session.scope().channels
                                     : channel::codes();
    for (const QString& c : channels) {
        QAction* a = m_channelMenu->addAction(channel::label(c));
        a->setData(c);
        a->setCheckable(true);
        connect(a, &QAction::toggled, this, [this] {
            updateFilterButtons();
            schedule();
        });
    }
    for (OrderStatus s : status::all()) {
        QAction* a = m_statusMenu->addAction(status::label(s));
        a->setData(status::code(s));
        a->setCheckable(true);
        connect(a, &QAction::toggled, this, [this] {
            updateFilterButtons();
            schedule();
        });
    }

    m_state = new QLabel(bar);
    m_state->setForegroundRole(QPalette::PlaceholderText);
    auto* refreshButton = new QToolButton(bar);
    refreshButton->setText(tr("Refresh"));
    refreshButton->setIcon(QIcon(QStringLiteral(":/icons/refresh.svg")));
    refreshButton->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    connect(refreshButton, &QToolButton::clicked, this, &AnalyticsPage::refresh);
    m_report = new QToolButton(bar);
    m_report->setText(tr("Report"));
    m_report->setIcon(QIcon(QStringLiteral(":/icons/print.svg")));
    m_report->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_report->setPopupMode(QToolButton::InstantPopup);
    auto* reportMenu = new QMenu(m_report);
    reportMenu->addAction(tr("Save Report as PDF…"), this, &AnalyticsPage::saveReportAs);
    reportMenu->addAction(tr("Print Report…"), this, &AnalyticsPage::print);
    m_report->setMenu(reportMenu);

    row->addWidget(m_preset);
    row->addWidget(m_from);
    row->addWidget(new QLabel(QStringLiteral("–"), bar));
    row->addWidget(m_to);
    row->addSpacing(8);
    row->addWidget(m_granularity);
    row->addWidget(m_comparison);
    row->addStretch(0); // on a row of its own, its controls keep their width
    filterRow->addWidget(m_channels);
    filterRow->addWidget(m_statuses);
    filterRow->addStretch(1);
    filterRow->addWidget(m_state);
    filterRow->addWidget(refreshButton);
    filterRow->addWidget(m_report);
    bar->installEventFilter(this);
    fitControls();

    connect(m_preset, &QComboBox::currentIndexChanged, this, &AnalyticsPage::applyPreset);
    auto datesEdited = [this] {
        if (m_updating)
            return;
        m_updating = true;
        m_preset->setCurrentIndex(kCustomPreset);
        m_updating = false;
        updateAutoLabel();
        schedule();
    };
    connect(m_from, &QDateEdit::dateChanged, this, datesEdited);
    connect(m_to, &QDateEdit::dateChanged, this, datesEdited);
    connect(m_granularity, &QComboBox::currentIndexChanged, this, &AnalyticsPage::schedule);
    connect(m_comparison, &QComboBox::currentIndexChanged, this, &AnalyticsPage::schedule);

    // KPI cards and charts.
    auto* grid = new QGridLayout(content);
    grid->setContentsMargins(12, 4, 12, 12);
    grid->setHorizontalSpacing(12);
    grid->setVerticalSpacing(12);
    // Six cards in a row, or two rows of three (three of two) when they do not
    // fit the page's width (fitKpis()).
    m_kpiGrid = new QGridLayout;
    m_kpiGrid->setSpacing(12);
    const QList<std::pair<QString, QString>> kpis = {
        {tr("Revenue"),
         tr("Net sales: the totals of valid orders that are paid, processing, shipped or "
            "delivered. Pending orders are not paid yet; cancelled orders and invalid or "
            "deleted orders never count; refunds subtract (a refunded order adds nothing).")},
        {tr("Orders"), tr("Valid orders created in the period, any status.")},
        {tr("Average order value"), tr("Revenue divided by the orders that make it.")},
        {tr("Completion rate"), tr("Delivered orders as a share of all valid orders.")},
        {tr("Invalid rate"), tr("Orders marked invalid as a share of all orders (valid and "
                                "invalid; deleted orders are gone).")},
        {tr("Time to shipment"),
         tr("Average time from an order's creation to its first status change to "
            "\"shipped\", over the orders that have one recorded.")},
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

    updateFilterButtons();
    m_preset->setCurrentIndex(kDefaultPreset);
    if (m_preset->currentIndex() == kDefaultPreset && !m_debounce.isActive())
        applyPreset(kDefaultPreset);
}

AnalyticsPage::~AnalyticsPage() = default;

ChartPanel* AnalyticsPage::panel(Chart chart) const
{
    return m_panels.value(int(chart));
}

void AnalyticsPage::applyPreset(int index)
{
    if (m_updating || !resolvePreset(index))
        return;
    updateAutoLabel();
    schedule();
}

bool AnalyticsPage::resolvePreset(int index)
{
    if (index < 0 || index >= kCustomPreset)
        return false;
    const QDate today = QDate::currentDate();
    auto [from, to] = presetRange(DatePreset(m_preset->itemData(index).toInt()), today);
    if (!from.isValid()) {
        // "Any date": from the first to the last order in scope.
        try {
            const auto range = AnalyticsStore(m_db->connection(), m_session)
                                   .dataRange(QTimeZone::systemTimeZone());
            from = range.first.isValid() ? range.first : today;
            to = range.second.isValid() ? std::max(range.second, today) : today;
        } catch (const DocketError& e) {
            from = to = today;
            m_state->setText(e.message());
        }
    }
    const bool wasUpdating = m_updating;
    m_updating = true;
    m_from->setDate(from);
    m_to->setDate(to);
    m_updating = wasUpdating;
    return true;
}

void AnalyticsPage::updateAutoLabel()
{
    const Granularity g = granularity::automatic(m_from->date(), m_to->date());
    m_granularity->setItemText(0, tr("Automatic (%1)").arg(granularity::label(g)));
}

void AnalyticsPage::updateFilterButtons()
{
    auto summary = [](QMenu* menu, const QString& all, const QString& some) {
        QStringList names;
        for (QAction* a : menu->actions())
            if (a->isChecked())
                names << a->text();
        if (names.isEmpty())
            return all;
        if (names.size() <= 2)
            return names.join(QStringLiteral(", "));
        return some.arg(names.size());
    };
    m_channels->setText(summary(m_channelMenu, tr("All channels"), tr("%1 channels")));
    m_statuses->setText(summary(m_statusMenu, tr("All statuses"), tr("%1 statuses")));
}

AnalyticsQuery AnalyticsPage::query() const
{
    AnalyticsQuery q;
    q.from = m_from->date();
    q.to = m_to->date();
    q.timeZone = QTimeZone::systemTimeZone();
    q.firstDayOfWeek = QLocale().firstDayOfWeek();
    if (m_granularity->currentIndex() > 0)
        q.granularity = granularity::fromCode(m_granularity->currentData().toString());
    q.comparison = Comparison(m_comparison->currentData().toInt());
    for (QAction* a : m_channelMenu->actions())
        if (a->isChecked())
            q.channels << a->data().toString();
    for (QAction* a : m_statusMenu->actions())
        if (a->isChecked())
            q.statuses << a->data().toString();
    return q;
}

void AnalyticsPage::setQuery(const AnalyticsQuery& q)
{
    m_updating = true;
    const auto preset = presetMatching(q.from, q.to, QDate::currentDate());
    m_preset->setCurrentIndex(
        preset && *preset != DatePreset::Any ? m_preset->findData(int(*preset)) : kCustomPreset);
    m_from->setDate(q.from);
    m_to->setDate(q.to);
    m_granularity->setCurrentIndex(
        q.granularity ? m_granularity->findData(granularity::code(*q.granularity)) : 0);
    m_comparison->setCurrentIndex(m_comparison->findData(int(q.comparison)));
    for (QAction* a : m_channelMenu->actions())
        a->setChecked(q.channels.contains(a->data().toString()));
    for (QAction* a : m_statusMenu->actions())
        a->setChecked(q.statuses.contains(a->data().toString()));
    m_updating = false;
    updateFilterButtons();
    updateAutoLabel();
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
    if (resolvePreset(m_preset->currentIndex()))
        updateAutoLabel();
    refresh();
    m_throttle.start();
}

void AnalyticsPage::schedule()
{
    if (!m_updating)
        m_debounce.start();
}

void AnalyticsPage::request()
{
    const AnalyticsQuery q = query();
    if (const auto errors = q.validate(); !errors.isEmpty()) {
        m_state->setText(errors.first().message);
        return;
    }
    m_loading = true;
    m_state->setText(tr("Updating…"));
    m_loader->request(++m_generation, q);
}

void AnalyticsPage::onLoaded(quint64 generation, const AnalyticsResult& result)
{
    if (generation != m_generation)
        return; // an answer to an older question
    m_loading = false;
    m_result = result;
    m_state->setText(result.fromSummaries ? QString() : tr("Figures of your own orders"));
    showResult();
    emit loaded();
}

void AnalyticsPage::onFailed(quint64 generation, const QString& message)
{
    if (generation != m_generation)
        return;
    m_loading = false;
    m_state->setText(tr("Could not load the figures"));
    m_state->setToolTip(message);
    emit statusMessage(message, 10000);
}

QString AnalyticsPage::money(qint64 cents) const
{
    return Money(cents, m_result ? m_result->currency : QStringLiteral("EUR")).toString();
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
        .arg(m_channels->text(), m_statuses->text(),
             QString::fromUtf8(m_result ? m_result->query.timeZone.id()
                                        : QTimeZone::systemTimeZone().id()));
}

void AnalyticsPage::showResult()
{
    showKpis();
    showTimeSeries(Chart::Revenue);
    showTimeSeries(Chart::Orders);
    showStatus();
    showBars(Chart::Channels);
    showBars(Chart::Regions);
    showBars(Chart::TopRevenue);
    showBars(Chart::TopQuantity);
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
    const QString against = m_comparison->currentText();
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
        return Out{QStringLiteral("%1 %2").arg(arrow, percentText(std::abs(*ch))), good};
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
    set(0, money(t.revenueCents), relative(double(t.revenueCents), double(c.revenueCents), true),
        money(c.revenueCents));
    set(1, l.toString(t.orders), relative(double(t.orders), double(c.orders), true),
        l.toString(c.orders));
    const auto aov = t.averageOrderCents();
    const auto aovBefore = c.averageOrderCents();
    set(2, aov ? money(*aov) : QStringLiteral("—"),
        relative(double(aov.value_or(0)), double(aovBefore.value_or(0)), true),
        aovBefore ? money(*aovBefore) : QStringLiteral("—"));
    const auto rateText = [](std::optional<double> v) {
        return v ? percentText(*v) : QStringLiteral("—");
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
                            tr("None of the period's orders has a recorded change to "
                               "\"shipped\" (imported and demo orders have none)."));
    } else {
        set(5, hoursText(ship), relative(*ship, c.averageHoursToShip().value_or(0), false),
            hoursText(c.averageHoursToShip()));
    }
    m_kpiColumns = 0; // the figures changed: their widths too
    fitKpis();
}

void AnalyticsPage::showTimeSeries(Chart which)
{
    ChartPanel* p = panel(which);
    QChart* chart = p->chart();
    clearChart(chart);
    chart->setTheme(darkPalette(this) ? QChart::ChartThemeDark : QChart::ChartThemeLight);
    chart->setBackgroundVisible(false);
    const AnalyticsResult& r = *m_result;
    const bool revenue = which == Chart::Revenue;
    auto valueOf = [revenue](const SeriesBucket& b) {
        return revenue ? double(b.revenueCents) / 100.0 : double(b.orders);
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
        compare->setName(m_comparison->currentIndex() == 1 ? tr("Same period last year")
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
        connect(area, &QAreaSeries::hovered, this, [this, which](const QPointF& pt, bool state) {
            hover(which, qRound(pt.x()), state);
        });
        connect(area, &QAreaSeries::clicked, this,
                [this, which](const QPointF& pt) { click(which, qRound(pt.x())); });
    } else {
        current->setPen(QPen(kAccent, 2));
        current->setPointsVisible(markers);
        connect(current, &QLineSeries::hovered, this, [this, which](const QPointF& pt, bool state) {
            hover(which, qRound(pt.x()), state);
        });
        connect(current, &QLineSeries::clicked, this,
                [this, which](const QPointF& pt) { click(which, qRound(pt.x())); });
    }
    if (compare) {
        QPen pen(kCompare, 1.5, Qt::DashLine);
        compare->setPen(pen);
        chart->addSeries(compare);
        connect(compare, &QLineSeries::hovered, this, [this, which](const QPointF& pt, bool state) {
            hover(which, qRound(pt.x()), state);
        });
    }
    chart->addSeries(main);

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
    chart->legend()->setVisible(compare != nullptr);
    chart->legend()->setAlignment(Qt::AlignBottom);
    labelTimeAxis(which);
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

void AnalyticsPage::labelTimeAxis(Chart which)
{
    if (!m_result)
        return;
    ChartPanel* p = panel(which);
    auto* x = qobject_cast<QCategoryAxis*>(p->chart()->axes(Qt::Horizontal).value(0));
    if (!x)
        return;
    const AnalyticsResult& r = *m_result;
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

void AnalyticsPage::fitControls()
{
    const QMargins m = m_barLayout->contentsMargins();
    const int margins = m.left() + m.right();
    // Narrower than both rows side by side only when on two rows.
    m_bar->setMinimumWidth(
        std::max(m_periodRow->minimumSize().width(), m_filterRow->minimumSize().width()) + margins);
    const int oneRow = m_periodRow->sizeHint().width() + m_barLayout->spacing() +
                       m_filterRow->sizeHint().width() + margins;
    m_barLayout->setDirection(m_bar->width() >= oneRow ? QBoxLayout::LeftToRight
                                                       : QBoxLayout::TopToBottom);
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
    for (int n : {int(m_kpis.size()), 3})
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

bool AnalyticsPage::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == m_bar &&
        (event->type() == QEvent::Resize || event->type() == QEvent::LayoutRequest))
        fitControls();
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

void AnalyticsPage::showStatus()
{
    ChartPanel* p = panel(Chart::Status);
    QChart* chart = p->chart();
    clearChart(chart);
    chart->setTheme(darkPalette(this) ? QChart::ChartThemeDark : QChart::ChartThemeLight);
    chart->setBackgroundVisible(false);
    auto* pie = new QPieSeries;
    pie->setHoleSize(0.5);
    pie->setPieSize(0.78);
    qint64 total = 0;
    for (const BreakdownRow& b : m_result->byStatus)
        total += b.orders;
    const QLocale l;
    int index = 0;
    for (const BreakdownRow& b : m_result->byStatus) {
        const int i = index++;
        if (b.orders <= 0)
            continue;
        auto* slice = pie->append(QStringLiteral("%1  %2").arg(b.label, l.toString(b.orders)),
                                  double(b.orders));
        slice->setColor(statusColour(b.key));
        slice->setBorderColor(palette().color(QPalette::Base));
        const double share = total ? double(b.orders) / double(total) : 0;
        slice->setLabel(QStringLiteral("%1 %2").arg(b.label, percentText(share)));
        slice->setLabelVisible(share >= 0.04);
        slice->setLabelColor(palette().color(QPalette::Text));
        slice->setProperty("index", i);
        connect(slice, &QPieSlice::hovered, this, [this, slice, i](bool state) {
            slice->setExploded(state);
            hover(Chart::Status, i, state);
        });
        connect(slice, &QPieSlice::clicked, this, [this, i] { click(Chart::Status, i); });
    }
    if (total == 0) {
        auto* none = pie->append(tr("No orders"), 1);
        none->setColor(palette().color(QPalette::Midlight));
        none->setLabelVisible(true);
    }
    chart->addSeries(pie);
    chart->legend()->setVisible(total > 0);
    chart->legend()->setAlignment(Qt::AlignRight);
    // Legend entries: label and count (the slice labels carry percentages).
    const auto markers = chart->legend()->markers(pie);
    int m = 0;
    for (const BreakdownRow& b : m_result->byStatus) {
        if (b.orders <= 0)
            continue;
        if (m < markers.size())
            markers[m++]->setLabel(QStringLiteral("%1  %2").arg(b.label, l.toString(b.orders)));
    }
    p->setSubtitle(tr("%L1 valid orders").arg(total));
}

void AnalyticsPage::showBars(Chart which)
{
    ChartPanel* p = panel(which);
    QChart* chart = p->chart();
    clearChart(chart);
    chart->setTheme(darkPalette(this) ? QChart::ChartThemeDark : QChart::ChartThemeLight);
    chart->setBackgroundVisible(false);
    const AnalyticsResult& r = *m_result;
    const bool quantity = which == Chart::TopQuantity;
    QList<BreakdownRow> rows;
    QColor colour = kAccent;
    switch (which) {
    case Chart::Channels:
        rows = r.byChannel;
        break;
    case Chart::Regions:
        rows = r.byRegion.mid(0, kTopRegions);
        colour = kIndigo;
        break;
    case Chart::TopRevenue:
        rows = r.topProductsByRevenue;
        break;
    case Chart::TopQuantity:
        rows = r.topProductsByQuantity;
        colour = kTeal;
        break;
    default:
        return;
    }
    const bool horizontal = which != Chart::Channels;
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
        const double v = quantity ? double(b.quantity) : double(b.cents) / 100.0;
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
    connect(series, &QAbstractBarSeries::hovered, this,
            [this, which, horizontal, count](bool state, int index, QBarSet*) {
                hover(which, horizontal ? count - 1 - index : index, state);
            });
    connect(series, &QAbstractBarSeries::clicked, this,
            [this, which, horizontal, count](int index, QBarSet*) {
                click(which, horizontal ? count - 1 - index : index);
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
    else if (which == Chart::Regions && r.byRegion.size() > kTopRegions)
        p->setSubtitle(tr("shipping address; the top %L1 of %L2 regions")
                           .arg(kTopRegions)
                           .arg(r.byRegion.size()));
    else if (which == Chart::Regions)
        p->setSubtitle(tr("shipping address"));
    else
        p->setSubtitle({});
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
               tr("Revenue: %1 (%L2 orders)").arg(money(b.revenueCents)).arg(b.revenueOrders) +
               QStringLiteral("<br>") + tr("Orders: %L1").arg(b.orders);
        if (index < r.compareSeries.size()) {
            const SeriesBucket& c = r.compareSeries[index];
            text += QStringLiteral("<br><br><i>%1</i><br>").arg(bucketText(c).toHtmlEscaped()) +
                    tr("Revenue: %1").arg(money(c.revenueCents)) + QStringLiteral("<br>") +
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
               tr("%L1 orders, total %2").arg(b.orders).arg(money(b.cents)) +
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
               tr("Revenue: %1 from %L2 orders").arg(money(b.cents)).arg(b.orders);
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
               tr("Revenue: %1").arg(money(b.cents)) + QStringLiteral("<br>") +
               tr("Units sold: %L1 on %L2 order lines").arg(b.quantity).arg(b.orders) +
               QStringLiteral("<br><br>") + tr("Click to open the orders with this product.");
        break;
    }
    }
    QToolTip::showText(QCursor::pos(), text, panel(chart)->view());
}

// ---------------------------------------------------------------------------

void AnalyticsPage::printReport(QPrinter* printer) const
{
    QPainter p(printer);
    const QRectF page = printer->pageLayout().paintRectPixels(printer->resolution());
    const QRectF area(0, 0, page.width(), page.height());
    const double dpi = printer->resolution();
    const double mm = dpi / 25.4;
    QFont base = font();
    base.setPointSizeF(9);
    QFont titleFont = base;
    titleFont.setPointSizeF(16);
    titleFont.setBold(true);
    QFont bold = base;
    bold.setBold(true);
    QFont big = base;
    big.setPointSizeF(13);
    big.setBold(true);
    const QLocale l;
    int pageNo = 1;

    auto header = [&](bool first) -> double {
        double y = area.top();
        if (first) {
            p.setFont(titleFont);
            const QString title = tr("%1 — Sales report").arg(settings::shopName.value());
            const QRectF r(area.left(), y, area.width(), 9 * mm);
            p.drawText(r, Qt::AlignLeft | Qt::AlignVCenter, title);
            y += 10 * mm;
        }
        p.setFont(first ? bold : base);
        const QString period = m_result ? periodText() : tr("No figures loaded");
        const QRectF pr = p.boundingRect(QRectF(area.left(), y, area.width(), 40 * mm),
                                         Qt::AlignLeft | Qt::TextWordWrap, period);
        p.drawText(pr, Qt::AlignLeft | Qt::TextWordWrap, period);
        y = pr.bottom() + 1 * mm;
        p.setFont(base);
        const QString meta =
            filterText() + QStringLiteral(" · ") +
            tr("Printed %1")
                .arg(formatDateTime(QDateTime::currentDateTime(), QLocale::ShortFormat, l));
        const QRectF mr = p.boundingRect(QRectF(area.left(), y, area.width(), 20 * mm),
                                         Qt::AlignLeft | Qt::TextWordWrap, meta);
        p.setPen(QColor(0x55, 0x55, 0x55));
        p.drawText(mr, Qt::AlignLeft | Qt::TextWordWrap, meta);
        p.drawText(QRectF(area.left(), area.bottom() - 5 * mm, area.width(), 5 * mm),
                   Qt::AlignRight | Qt::AlignVCenter, tr("Page %1").arg(pageNo));
        p.setPen(Qt::black);
        y = mr.bottom() + 2 * mm;
        p.drawLine(QPointF(area.left(), y), QPointF(area.right(), y));
        return y + 4 * mm;
    };

    double y = header(true);
    // KPIs: two rows of three boxes.
    const double gap = 3 * mm;
    const int perRow = 3;
    const double kw = (area.width() - gap * (perRow - 1)) / perRow;
    const double kh = 19 * mm;
    for (qsizetype i = 0; i < m_kpis.size(); ++i) {
        const QRectF box(area.left() + double(i % perRow) * (kw + gap),
                         y + double(i / perRow) * (kh + gap), kw, kh);
        p.setPen(QColor(0xd0, 0xd5, 0xdd));
        p.drawRoundedRect(box, 1.5 * mm, 1.5 * mm);
        p.setPen(QColor(0x55, 0x55, 0x55));
        p.setFont(base);
        const QRectF inner = box.adjusted(3 * mm, 2 * mm, -3 * mm, -2 * mm);
        p.drawText(inner, Qt::AlignLeft | Qt::AlignTop, m_kpis[i]->title());
        p.setPen(Qt::black);
        p.setFont(big);
        p.drawText(inner, Qt::AlignLeft | Qt::AlignVCenter, m_kpis[i]->value());
        p.setFont(base);
        p.setPen(QColor(0x55, 0x55, 0x55));
        p.drawText(inner, Qt::AlignLeft | Qt::AlignBottom, m_kpis[i]->change());
    }
    p.setPen(Qt::black);
    y += 2 * kh + gap + 6 * mm;

    // Charts at their on-screen proportions: the revenue chart full width,
    // then two per row; a row that does not fit starts a new page.
    const QList<QList<const ChartPanel*>> rows = {{m_panels[0]},
                                                  {m_panels[1], m_panels[2]},
                                                  {m_panels[3], m_panels[4]},
                                                  {m_panels[5], m_panels[6]}};
    const double titleHeight = 7 * mm;
    for (const auto& row : rows) {
        const double cw = (area.width() - gap * double(row.size() - 1)) / double(row.size());
        QList<QImage> images;
        double imageHeight = 0;
        for (const ChartPanel* panel : row) {
            images << panel->image(3.0);
            const QImage& img = images.last();
            imageHeight =
                std::max(imageHeight, cw * double(img.height()) / double(std::max(1, img.width())));
        }
        imageHeight = std::min(imageHeight, area.height() * 0.45);
        if (y + titleHeight + imageHeight > area.bottom() - 6 * mm) {
            printer->newPage();
            ++pageNo;
            y = header(false);
        }
        for (qsizetype c = 0; c < row.size(); ++c) {
            const double x = area.left() + double(c) * (cw + gap);
            p.setFont(bold);
            p.drawText(QRectF(x, y, cw, titleHeight - 1 * mm), Qt::AlignLeft | Qt::AlignVCenter,
                       row[c]->title());
            QSizeF size = images[c].size();
            size.scale(QSizeF(cw, imageHeight), Qt::KeepAspectRatio);
            p.drawImage(QRectF(QPointF(x, y + titleHeight), size), images[c]);
        }
        y += titleHeight + imageHeight + 5 * mm;
    }
}

bool AnalyticsPage::saveReportPdf(const QString& path, QString* error) const
{
    QPrinter printer(QPrinter::HighResolution);
    printer.setOutputFormat(QPrinter::PdfFormat);
    printer.setOutputFileName(path);
    printer.setPageSize(QPageSize(QPageSize::A4));
    printer.setPageOrientation(QPageLayout::Portrait);
    printer.setPageMargins(QMarginsF(14, 14, 14, 12), QPageLayout::Millimeter);
    printer.setDocName(tr("Sales report"));
    printer.setCreator(QStringLiteral("Docket"));
    printReport(&printer);
    if (QFileInfo(path).size() > 0)
        return true;
    if (error)
        *error = tr("The report could not be written to %1.").arg(path);
    return false;
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
