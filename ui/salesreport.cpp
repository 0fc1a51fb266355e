#include "salesreport.h"

#include "analyticswidgets.h"
#include "domain/shopsettings.h"
#include "i18n.h"

#include <QDateTime>
#include <QFileInfo>
#include <QPainter>
#include <QPrinter>

namespace docket {

QString SalesReport::title() const
{
    // Not the desk's old settings key: it held the English placeholder, and
    // the report printed "Docket Demo Shop" in a Chinese window.
    return tr("%1 — Sales report")
        .arg(shopName.isEmpty() ? ShopSettings().shopNameText() : shopName);
}

void SalesReport::print(QPrinter* printer) const
{
    QPainter p(printer);
    const QRectF page = printer->pageLayout().paintRectPixels(printer->resolution());
    const QRectF area(0, 0, page.width(), page.height());
    const double dpi = printer->resolution();
    const double mm = dpi / 25.4;
    QFont base = font;
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
            const QString title = this->title();
            const QRectF r(area.left(), y, area.width(), 9 * mm);
            p.drawText(r, Qt::AlignLeft | Qt::AlignVCenter, title);
            y += 10 * mm;
        }
        p.setFont(first ? bold : base);
        const QString periodText = !period.isEmpty() ? period : tr("No figures loaded");
        const QRectF pr = p.boundingRect(QRectF(area.left(), y, area.width(), 40 * mm),
                                         Qt::AlignLeft | Qt::TextWordWrap, periodText);
        p.drawText(pr, Qt::AlignLeft | Qt::TextWordWrap, periodText);
        y = pr.bottom() + 1 * mm;
        p.setFont(base);
        const QString meta =
            filters + QStringLiteral(" · ") +
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
    // KPIs: two rows of three boxes (of four, for more than six).
    const double gap = 3 * mm;
    const int perRow = kpis.size() > 6 ? 4 : 3;
    const int kpiRows = int((kpis.size() + perRow - 1) / perRow);
    const double kw = (area.width() - gap * (perRow - 1)) / perRow;
    const double kh = 19 * mm;
    for (qsizetype i = 0; i < kpis.size(); ++i) {
        const QRectF box(area.left() + double(i % perRow) * (kw + gap),
                         y + double(i / perRow) * (kh + gap), kw, kh);
        p.setPen(QColor(0xd0, 0xd5, 0xdd));
        p.drawRoundedRect(box, 1.5 * mm, 1.5 * mm);
        p.setPen(QColor(0x55, 0x55, 0x55));
        p.setFont(base);
        const QRectF inner = box.adjusted(3 * mm, 2 * mm, -3 * mm, -2 * mm);
        p.drawText(inner, Qt::AlignLeft | Qt::AlignTop, kpis[i]->title());
        p.setPen(Qt::black);
        p.setFont(big);
        p.drawText(inner, Qt::AlignLeft | Qt::AlignVCenter, kpis[i]->value());
        p.setFont(base);
        p.setPen(QColor(0x55, 0x55, 0x55));
        p.drawText(inner, Qt::AlignLeft | Qt::AlignBottom, kpis[i]->change());
    }
    p.setPen(Qt::black);
    y += kpiRows * kh + (kpiRows - 1) * gap + 6 * mm;

    // Charts at their on-screen proportions: the first full width, then two
    // per row; a row that does not fit starts a new page.
    QList<QList<const ChartPanel*>> rows;
    if (!charts.isEmpty())
        rows.append({charts.first()});
    for (qsizetype i = 1; i < charts.size(); i += 2) {
        QList<const ChartPanel*> row{charts[i]};
        if (i + 1 < charts.size())
            row << charts[i + 1];
        rows << row;
    }
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

bool SalesReport::savePdf(const QString& path, QString* error) const
{
    QPrinter printer(QPrinter::HighResolution);
    printer.setOutputFormat(QPrinter::PdfFormat);
    printer.setOutputFileName(path);
    printer.setPageSize(QPageSize(QPageSize::A4));
    printer.setPageOrientation(QPageLayout::Portrait);
    printer.setPageMargins(QMarginsF(14, 14, 14, 12), QPageLayout::Millimeter);
    printer.setDocName(tr("Sales report"));
    printer.setCreator(QStringLiteral("Docket"));
    print(&printer);
    if (QFileInfo(path).size() > 0)
        return true;
    if (error)
        *error = tr("The report could not be written to %1.").arg(path);
    return false;
}

} // namespace docket
