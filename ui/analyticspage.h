#pragma once

#include "analyticscharts.h"
#include "analyticsfilterbar.h"
#include "db/database.h"
#include "domain/session.h"
#include "salesreport.h"
#include "stores/analyticsstore.h"
#include "stores/orderfilter.h"

#include <QTimer>
#include <QWidget>
#include <memory>
#include <optional>

class QGridLayout;
class QLabel;
class QPrinter;
class QScrollArea;

namespace docket {

class AnalyticsLoader;
class ChartPanel;
class KpiCard;

// Sales charts and KPIs for managers: revenue and orders over time against a
// comparison period, orders by status, revenue by channel and region, top
// products, and six key figures. The period and filters (AnalyticsFilterBar)
// update every chart from a loader thread; hovering shows exact values;
// clicking a bar, slice or point asks for the orders behind it (openOrders);
// AnalyticsCharts draws them.
// Each chart saves as PNG and CSV; the page prints as a PDF report
// (SalesReport). When orders change (dataChanged),
// the page reloads while visible, at most once per liveRefreshInterval(), and
// at once when it is shown again after a change it missed.
class AnalyticsPage : public QWidget
{
    Q_OBJECT
public:
    enum class Chart { Revenue, Orders, Status, Channels, Regions, TopRevenue, TopQuantity };
    static constexpr int kChartCount = 7;
    static constexpr int kDebounceMs = 150;
    static constexpr int kLiveRefreshMs = 4000;
    // Narrower than this, the charts go one under another instead of two side by side.
    static constexpr int kMinChartWidth = 460;

    AnalyticsPage(std::shared_ptr<const Database> db, Session session, QWidget* parent = nullptr);
    ~AnalyticsPage() override;

    // What the controls ask for (the period resolved to dates).
    AnalyticsQuery query() const;
    // Sets every control at once and loads.
    void setQuery(const AnalyticsQuery& query);
    // The figures on screen (nullopt before the first answer).
    const std::optional<AnalyticsResult>& result() const { return m_result; }
    bool isLoading() const { return m_loading; }
    // A change (dataChanged) not yet reloaded: hidden, or within the throttle.
    bool hasPendingChange() const { return m_changed; }
    int liveRefreshInterval() const { return m_throttle.interval(); }
    void setLiveRefreshInterval(int ms) { m_throttle.setInterval(ms); }

    ChartPanel* panel(Chart chart) const;
    QList<KpiCard*> kpiCards() const { return m_kpis; }
    QComboBox* presetBox() const { return m_filters->presetBox(); }
    QComboBox* granularityBox() const { return m_filters->granularityBox(); }
    QComboBox* comparisonBox() const { return m_filters->comparisonBox(); }
    QDateEdit* fromEdit() const { return m_filters->fromEdit(); }
    QDateEdit* toEdit() const { return m_filters->toEdit(); }

    // The filter behind a figure (what a click opens): a bar or slice by index,
    // or a point of the time series.
    std::optional<OrderFilter> drillDownFilter(Chart chart, int index) const;

    // The whole page as a report: header with the period, KPIs, every chart.
    void printReport(QPrinter* printer) const;
    bool saveReportPdf(const QString& path, QString* error = nullptr) const;

public slots:
    void refresh();
    // Orders changed somewhere (ChangeWatcher::changed): reload, throttled.
    void dataChanged();
    void saveReportAs();
    void print();

signals:
    void openOrders(const docket::OrderFilter& filter);
    void statusMessage(const QString& message, int timeoutMs = 5000);
    // A new answer is on screen (tests wait for it).
    void loaded();

protected:
    void showEvent(QShowEvent* event) override;
    void hideEvent(QHideEvent* event) override;
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void liveRefresh();
    void schedule();
    void request();
    void onLoaded(quint64 generation, const docket::AnalyticsResult& result);
    void onFailed(quint64 generation, const QString& message);
    // The KPI cards in as many columns as fit, the charts in one or two.
    void fitKpis();
    void fitCharts();
    void showResult();
    void showKpis();
    // The time axis's labels, as many as fit the chart's width.
    void labelTimeAxis(Chart which);
    // Hovering and clicking a figure of `chart`.
    AnalyticsCharts::Interaction interaction(Chart chart);
    void click(Chart chart, int index);
    void hover(Chart chart, int index, bool state);
    QString bucketText(const SeriesBucket& b) const;
    QString periodText() const;
    QString filterText() const;
    QString money(const Money& amount) const;
    // The page as it stands, for printing.
    SalesReport report() const;

    std::shared_ptr<const Database> m_db;
    Session m_session;
    std::unique_ptr<AnalyticsLoader> m_loader;
    quint64 m_generation = 0;
    bool m_loading = false;
    QTimer m_debounce;
    QTimer m_throttle; // running: a live reload happened less than an interval ago
    bool m_changed = false;
    std::optional<AnalyticsResult> m_result;

    AnalyticsFilterBar* m_filters = nullptr;
    QLabel* m_caption = nullptr;
    QScrollArea* m_scroll = nullptr;
    QGridLayout* m_kpiGrid = nullptr;
    int m_kpiColumns = 0;
    int m_chartColumns = 0;
    QList<KpiCard*> m_kpis;
    QList<ChartPanel*> m_panels;
};

} // namespace docket
