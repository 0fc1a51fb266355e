#pragma once

#include <QStyledItemDelegate>

namespace docket {

// Paints order rows by state, from the model's roles and the palette (so it
// works in light and dark themes): new = accent tint + bold, overdue = amber
// tint, invalid = dimmed and struck through, not yet loaded = placeholder.
class OrderRowDelegate : public QStyledItemDelegate
{
    Q_OBJECT
public:
    using QStyledItemDelegate::QStyledItemDelegate;

protected:
    void initStyleOption(QStyleOptionViewItem* option, const QModelIndex& index) const override;
};

} // namespace docket
