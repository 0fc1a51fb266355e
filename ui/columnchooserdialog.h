#pragma once

#include "items/listlayout.h"

#include <QDialog>

class QListWidget;
class QPushButton;

namespace docket {

// Which columns the order list shows and in which order: every column of
// ordercolumns with a tick, dragged (or moved with the buttons) into place.
// The order number always shows, first.
class ColumnChooserDialog : public QDialog
{
    Q_OBJECT
public:
    explicit ColumnChooserDialog(const ListLayout& layout, QWidget* parent = nullptr);

    // The ticked columns, in the list's order.
    QStringList columns() const;
    void setColumns(const QStringList& keys);
    QListWidget* list() const { return m_list; }

private:
    void move(int by);
    void updateButtons();

    QListWidget* m_list;
    QPushButton* m_up;
    QPushButton* m_down;
    QPushButton* m_defaults;
};

} // namespace docket
