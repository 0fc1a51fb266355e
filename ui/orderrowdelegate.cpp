#include "orderrowdelegate.h"

#include "items/ordertablemodel.h"

#include <QApplication>
#include <QPalette>

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
    if (index.data(OrderTableModel::IsNewRole).toBool()) {
        option->backgroundBrush = blend(base, pal.color(QPalette::Highlight), 0.16);
        option->font.setBold(true);
    } else if (index.data(OrderTableModel::OverdueRole).toBool()) {
        option->backgroundBrush = blend(base, QColor(0xE8, 0x9B, 0x2C), 0.18);
    }
}

} // namespace docket
