#include "columnfit.h"

#include <QHeaderView>
#include <QPainter>
#include <QStyle>
#include <QStyleOption>
#include <QTableWidget>
#include <algorithm>
#include <numeric>

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
    const QFontMetrics fm = h->fontMetrics();
    // Each column whole (values and heading); with its heading cut to its
    // first letters and "…" (values whole); and at its least (a text, or the
    // last column, cut as far as that too). Hidden columns take nothing.
    QList<int> whole(n), values(n), least(n);
    for (int c = 0; c < n; ++c) {
        if (h->isSectionHidden(c))
            continue;
        const int heading = h->sectionSizeHint(c);
        const QString text = table->model()->headerData(c, Qt::Horizontal).toString();
        const int stub =
            std::min(heading, fm.horizontalAdvance(text.left(2) + QStringLiteral("…")) + 8);
        const int v = view->sizeHintForColumn(c);
        const int floor = h->minimumSectionSize();
        whole[c] = std::max({v, heading, floor});
        values[c] = std::max({v, stub, floor});
        least[c] =
            textColumns.contains(c) || c == n - 1 ? std::max(std::min(v, stub), floor) : values[c];
    }
    // In less room the columns give up width in stages, each stage's
    // columns in proportion to what they can spare: the headings first, then
    // the last column (the longest text, a note), then the other text
    // columns; figures and dates stay whole.
    QList<int> lastCut = values;
    lastCut[n - 1] = least[n - 1];
    QList<int> textCut = lastCut;
    for (int c : textColumns)
        if (c >= 0 && c < n)
            textCut[c] = least[c];
    const QList<QList<int>> stages{whole, values, lastCut, textCut};
    auto sum = [](const QList<int>& w) {
        return std::accumulate(w.cbegin(), w.cend(), 0);
    };
    QList<int> w = textCut;
    for (qsizetype i = 0; i + 1 < stages.size(); ++i) {
        const QList<int>& wide = stages[i];
        const QList<int>& narrow = stages[i + 1];
        const int hi = sum(wide), lo = sum(narrow);
        if (room >= hi) {
            w = wide;
            break;
        }
        if (room >= lo) {
            for (int c = 0; c < n; ++c)
                w[c] = narrow[c] + int(qint64(wide[c] - narrow[c]) * (room - lo) / (hi - lo));
            break;
        }
    }
    // The last column takes what is left (no stretchLastSection: that keeps
    // at least the default section size).
    w[n - 1] = std::max(room - (sum(w) - w[n - 1]), w[n - 1]);
    for (int c = 0; c < n; ++c)
        if (!h->isSectionHidden(c) && h->sectionSize(c) != w[c])
            h->resizeSection(c, w[c]);
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
