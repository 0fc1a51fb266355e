#pragma once

#include <QHeaderView>
#include <QList>

class QTableWidget;

namespace docket::columnfit {

struct Column
{
    int section = 0;
    int preferred = 0; // its width while the list has room
    int compact = 0;   // the least it needs (its values, its heading)
};

// Sizes a list's columns into `room` pixels (the view's width less the
// column that takes the rest and the columns the user sized): each its
// preferred width while they all fit; in less room each gives up width in
// proportion to what it can spare, down to its compact width. The orders
// list and the catalogue fit their columns this way.
void fit(QHeaderView* header, const QList<Column>& columns, int room);

// Fits a small table (a detail pane's) to its width: each column as wide as
// its values and heading while they fit; in less room, stage by stage, the
// headings give up their extra width first (ending in "…" with an
// ElidingHeader), then the last column (a note, the longest text) down to a
// few letters, then the `textColumns` down to a few letters (their texts end
// in "…"); figures and dates stay whole. The last column takes what is left
// (no stretchLastSection: that keeps at least the default section size).
void fitToWidth(QTableWidget* table, const QList<int>& textColumns = {});

// A heading too long for its column ends in "…" rather than being cut at
// both sides.
class ElidingHeader : public QHeaderView
{
public:
    using QHeaderView::QHeaderView;

protected:
    void paintSection(QPainter* painter, const QRect& rect, int logicalIndex) const override;
};

} // namespace docket::columnfit
