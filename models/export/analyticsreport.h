#pragma once

#include "stores/analyticsquery.h"

#include <QJsonObject>
#include <QList>
#include <QString>
#include <optional>

namespace docket {

// The figures as files: what each chart's "Save data" writes and what
// `docketctl report` prints. Plain numbers (amounts as "1234.50", rates as
// fractions), ISO dates, RFC 4180 quoting.
enum class ReportSection {
    Kpis,
    Series,
    Status,
    Channels,
    Regions,
    ProductsByRevenue,
    ProductsByQuantity
};

namespace analytics {
QString sectionCode(ReportSection s); // "kpis", "series", ...
std::optional<ReportSection> sectionFromCode(const QString& code);
QList<ReportSection> allSections();
// One section as CSV: a header row and one row per KPI, bucket, bar or slice.
QString csv(const AnalyticsResult& result, ReportSection section);
// Everything, with the period, filters and definitions.
QJsonObject toJson(const AnalyticsResult& result);
} // namespace analytics

} // namespace docket
