#pragma once

#include <QCoreApplication>
#include <QFont>
#include <QList>
#include <QString>

class QPrinter;

namespace docket {

class ChartPanel;
class KpiCard;

// The analytics page as a printed report (A4, PDF or a printer): a header on
// every page with the shop's name, the period and the filters, the key
// figures in two rows of three boxes, then every chart at its on-screen
// proportions: the first full width, then two per row; a row that does not
// fit starts a new page.
class SalesReport
{
    Q_DECLARE_TR_FUNCTIONS(docket::SalesReport)
public:
    QFont font;                // the base font (its family; sizes are the report's)
    QString shopName;          // for the header (ShopSettings::shopNameText())
    QString period;            // the period and its comparison; empty: nothing loaded
    QString filters;           // channels, statuses, time zone
    QList<KpiCard*> kpis;      // as on the page
    QList<ChartPanel*> charts; // as on the page, the first one full width

    // The first page's heading: "<shop> — Sales report".
    QString title() const;
    void print(QPrinter* printer) const;
    bool savePdf(const QString& path, QString* error = nullptr) const;
};

} // namespace docket
