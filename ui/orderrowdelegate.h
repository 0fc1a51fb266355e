#pragma once

#include <QStyledItemDelegate>

namespace docket {

// Paints order rows by state, from the model's roles and the palette (so it
// works in light and dark themes): new = accent tint + bold, overdue = amber
// tint and an amber bar at the row's left edge (so an order both new and
// overdue shows both: the new tint and the bar), invalid = dimmed and struck
// through, not yet loaded = placeholder.
class OrderRowDelegate : public QStyledItemDelegate
{
    Q_OBJECT
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    // The overdue bar's colour and width.
    static QColor overdueColor() { return QColor(0xE8, 0x9B, 0x2C); }
    // The Due column's text past the deadline, and within a day of it.
    static QColor pastDueColor() { return QColor(0xC6, 0x28, 0x28); }
    static QColor dueSoonColor() { return QColor(0xA8, 0x5F, 0x00); }
    static constexpr int kOverdueBarWidth = 4;

    void paint(QPainter* painter, const QStyleOptionViewItem& option,
               const QModelIndex& index) const override;

protected:
    void initStyleOption(QStyleOptionViewItem* option, const QModelIndex& index) const override;
};

} // namespace docket
