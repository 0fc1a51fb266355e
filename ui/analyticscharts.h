#pragma once

#include "stores/analyticsstore.h"

#include <QCoreApplication>
#include <functional>

class QPalette;

namespace docket {

class ChartPanel;

// Draws an AnalyticsResult into the analytics page's chart panels: revenue or
// orders over time against the comparison period, orders by status as a
// ring, and bars for the sales channels, regions and top products. Each chart
// is cleared and drawn anew in the palette's light or dark theme; hovering a
// point, slice or bar and clicking it call back with its index in the
// result's list, so the page can show the figures and open the orders.
class AnalyticsCharts
{
    Q_DECLARE_TR_FUNCTIONS(docket::AnalyticsCharts)
public:
    enum class Bars { Channels, Regions, TopRevenue, TopQuantity };
    // The regions shown at most (the biggest).
    static constexpr int kTopRegions = 12;

    struct Interaction
    {
        std::function<void(int index, bool state)> hover;
        std::function<void(int index)> click;
    };

    static void timeSeries(ChartPanel* panel, const AnalyticsResult& r, bool revenue,
                           Comparison comparison, const QPalette& palette, const Interaction& on);
    // As many of the time axis's labels as fit the chart's width (at most eight).
    static void labelTimeAxis(ChartPanel* panel, const AnalyticsResult& r);
    static void statusRing(ChartPanel* panel, const AnalyticsResult& r, const QPalette& palette,
                           const Interaction& on);
    static void bars(ChartPanel* panel, const AnalyticsResult& r, Bars which,
                     const QPalette& palette, const Interaction& on);
    // "12.3%" in the user's locale.
    static QString percentText(double fraction);
};

} // namespace docket
