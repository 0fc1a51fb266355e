#pragma once

#include <QList>

class QHeaderView;

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

} // namespace docket::columnfit
