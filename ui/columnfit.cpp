#include "columnfit.h"

#include <QHeaderView>
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

} // namespace docket::columnfit
