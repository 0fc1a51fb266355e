#include "orderrowdelegate.h"

#include "domain/fulfilment.h"
#include "items/ordertablemodel.h"

#include <QAbstractItemView>
#include <QApplication>
#include <QHeaderView>
#include <QPainter>
#include <QPalette>
#include <QTableView>

namespace docket {

namespace {
QColor blend(const QColor& a, const QColor& b, double t)
{
    return QColor::fromRgbF(a.redF() * (1 - t) + b.redF() * t,
                            a.greenF() * (1 - t) + b.greenF() * t,
                            a.blueF() * (1 - t) + b.blueF() * t);
}
} // namespace

void OrderRowDelegate::initStyleOption(QStyleOptionViewItem* option, const QModelIndex& index) const
{
    QStyledItemDelegate::initStyleOption(option, index);
    const QPalette& pal = option->palette;
    const QColor base = pal.color(QPalette::Base);
    if (!index.data(OrderTableModel::LoadedRole).toBool()) {
        option->palette.setColor(QPalette::Text, pal.color(QPalette::PlaceholderText));
        return;
    }
    if (index.data(OrderTableModel::InvalidRole).toBool()) {
        option->font.setStrikeOut(true);
        option->palette.setColor(QPalette::Text, pal.color(QPalette::PlaceholderText));
        return;
    }
    // The Due cell: red past the deadline, amber within a day of it.
    const QVariant due = index.data(OrderTableModel::DueStateRole);
    if (due.isValid()) {
        const auto state = fulfilment::DueState(due.toInt());
        if (state == fulfilment::DueState::Overdue)
            option->palette.setColor(QPalette::Text, pastDueColor());
        else if (state == fulfilment::DueState::Soon)
            option->palette.setColor(QPalette::Text, dueSoonColor());
    }
    if (index.data(OrderTableModel::IsNewRole).toBool()) {
        option->backgroundBrush = blend(base, pal.color(QPalette::Highlight), 0.16);
        option->font.setBold(true);
    } else if (index.data(OrderTableModel::OverdueRole).toBool()) {
        option->backgroundBrush = blend(base, overdueColor(), 0.18);
    }
}

void OrderRowDelegate::paint(QPainter* painter, const QStyleOptionViewItem& option,
                             const QModelIndex& index) const
{
    QStyledItemDelegate::paint(painter, option, index);
    if (!index.data(OrderTableModel::OverdueRole).toBool() ||
        index.data(OrderTableModel::InvalidRole).toBool() ||
        !index.data(OrderTableModel::LoadedRole).toBool())
        return;
    // The bar goes in the leftmost column as shown (columns can be moved).
    int leftmost = 0;
    if (const auto* view = qobject_cast<const QTableView*>(option.widget))
        for (int visual = 0; visual < view->horizontalHeader()->count(); ++visual) {
            const int logical = view->horizontalHeader()->logicalIndex(visual);
            if (!view->horizontalHeader()->isSectionHidden(logical)) {
                leftmost = logical;
                break;
            }
        }
    if (index.column() != leftmost)
        return;
    QRect bar = option.rect;
    bar.setWidth(kOverdueBarWidth);
    painter->fillRect(bar, overdueColor());
}

} // namespace docket
