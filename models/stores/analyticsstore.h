#pragma once

#include "analyticsquery.h"

#include "db/database.h"
#include "domain/session.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>
#include <QTimeZone>
#include <functional>
#include <optional>

namespace docket {

// The figures, their definitions and the query types are in analyticsquery.h;
// the figures as CSV and JSON in export/analyticsreport.h.

// Reads the figures above for one session. Requires ViewAnalytics; sees only
// the session's scope. One store per connection (and so per thread).
class AnalyticsStore
{
    Q_DECLARE_TR_FUNCTIONS(AnalyticsStore)

public:
    AnalyticsStore(QSqlDatabase db, Session session);

    const Session& session() const { return m_session; }
    // True when the figures come from the summary tables (scope all or channels).
    bool usesSummaries() const;

    // Called between queries; return true to abandon the load (throws
    // DocketError(Cancelled)).
    using CancelFn = std::function<bool()>;

    // Everything the analytics page shows.
    AnalyticsResult load(const AnalyticsQuery& query, const CancelFn& cancelled = {}) const;

    // The parts, for the benchmark and the tests.
    QList<SeriesBucket> series(const AnalyticsQuery& query, QDate from, QDate to,
                               PeriodTotals* totals = nullptr,
                               QList<BreakdownRow>* byStatus = nullptr,
                               QList<BreakdownRow>* byChannel = nullptr) const;
    PeriodTotals totals(const AnalyticsQuery& query, QDate from, QDate to) const;
    QList<BreakdownRow> revenueByRegion(const AnalyticsQuery& query) const;
    // Both rankings from one read: by revenue and by quantity.
    std::pair<QList<BreakdownRow>, QList<BreakdownRow>>
    topProducts(const AnalyticsQuery& query) const;
    // Adds time-to-shipment figures to `totals`.
    void addShipping(const AnalyticsQuery& query, QDate from, QDate to, PeriodTotals* totals) const;

    // First and last local day with an order in scope; invalid when none.
    std::pair<QDate, QDate> dataRange(const QTimeZone& zone) const;
    // The shop's currency (the shop.currency setting) that figures are shown in.
    QString currency() const;

    // Rebuilds the summary tables from the orders in one transaction (they are
    // kept exact by triggers; this is for repairs). Requires ChangeSettings and
    // an unrestricted scope. Returns the number of orders summarised.
    qint64 rebuildSummaries();
    // Compares the summaries with the orders; empty when they agree, else a
    // description of the first difference per table.
    QStringList verifySummaries() const;

private:
    struct Filters;
    Filters filters(const AnalyticsQuery& query) const;
    void requireView() const;

    QSqlDatabase m_db;
    Session m_session;
    Backend m_backend;
};

} // namespace docket
