#include "columnfit.h"

#include <QHeaderView>
#include <QPainter>
#include <QStyle>
#include <QStyleOption>
#include <QTableWidget>
#include <algorithm>

namespace docket::columnfit {

void fit(QHeaderView* header, const QList<Column>& columns, int room)
{
    int preferred = 0, compact = 0;
    for (const Column& c : columns) {
        preferred += c.preferred;
        compact += c.compact;
    }
    const int spare = std::max(room - compact, 0);
    const int shrinkable = preferred - compact;
    for (const Column& c : columns) {
        const int w = room >= preferred || shrinkable <= 0
                          ? c.preferred
                          : c.compact + int(qint64(c.preferred - c.compact) * spare / shrinkable);
        if (header->sectionSize(c.section) != w)
            header->resizeSection(c.section, w);
    }
}

void fitToWidth(QTableWidget* table, const QList<int>& textColumns)
{
    QHeaderView* h = table->horizontalHeader();
    // (QTableView's override is protected; QAbstractItemView's is public.)
    const QAbstractItemView* view = table;
    const int n = h->count();
    const int room = table->viewport()->width();
    if (n == 0 || room <= 0)
        return;
    QList<Column> columns;
    const QFontMetrics fm = h->fontMetrics();
    for (int c = 0; c < n - 1; ++c) {
        // At least the heading's first letters and "…"; a figure or a date
        // whole, a text as far as that.
        const int heading = h->sectionSizeHint(c);
        const QString text = table->model()->headerData(c, Qt::Horizontal).toString();
        const int stub =
            std::min(heading, fm.horizontalAdvance(text.left(2) + QStringLiteral("…")) + 8);
        const int values = view->sizeHintForColumn(c);
        const int least = std::max({textColumns.contains(c) ? std::min(values, stub) : values,
                                    h->minimumSectionSize(), stub});
        columns << Column{c, std::max({values, heading, least}), least};
    }
    const int last = std::max(view->sizeHintForColumn(n - 1), h->sectionSizeHint(n - 1));
    const QString lastText = table->model()->headerData(n - 1, Qt::Horizontal).toString();
    const int lastStub =
        std::min(last, fm.horizontalAdvance(lastText.left(2) + QStringLiteral("…")) + 8);
    int compact = 0;
    for (const Column& c : std::as_const(columns))
        compact += c.compact;
    // The last column keeps a fifth of the table while the others can give
    // up width, then down to its first letters.
    const int lastReserve =
        std::clamp(room - compact, std::min(lastStub, std::min(last, room / 5)), last);
    fit(h, columns, room - lastReserve);
    // The last column takes the rest, or what it keeps.
    int others = 0;
    for (int c = 0; c < n - 1; ++c)
        others += h->isSectionHidden(c) ? 0 : h->sectionSize(c);
    h->resizeSection(n - 1, std::max(room - others, lastReserve));
}

void ElidingHeader::paintSection(QPainter* painter, const QRect& rect, int logicalIndex) const
{
    if (!rect.isValid())
        return;
    QStyleOptionHeaderV2 opt;
    initStyleOption(&opt);
    initStyleOptionForIndex(&opt, logicalIndex);
    opt.rect = rect;
    const QRect label = style()->subElementRect(QStyle::SE_HeaderLabel, &opt, this);
    if (opt.fontMetrics.horizontalAdvance(opt.text) > label.width())
        opt.text = opt.fontMetrics.elidedText(opt.text, Qt::ElideRight, label.width());
    style()->drawControl(QStyle::CE_Header, &opt, painter, this);
}

} // namespace docket::columnfit
