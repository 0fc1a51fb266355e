#pragma once

#include "domain/order.h"

#include <QDialog>

class QPushButton;
class QTreeWidget;

namespace docket {

// Someone else saved the order while it was open here (the row version
// changed). Lists what they changed — field, as it was, their value, yours —
// marks the fields both changed, and lets the user choose: reload their
// version (my edits dropped), re-apply my changes on top of theirs, or go
// back to editing. Nothing is saved or dropped without that choice.
class OrderConflictDialog : public QDialog
{
    Q_OBJECT
public:
    enum class Choice { KeepEditing, Reload, Reapply };

    // base: the order as opened here; mine: as edited here; theirs: as
    // stored now. `who`/`when`: the last change's author and time, if known.
    OrderConflictDialog(const Order& base, const Order& mine, const Order& theirs,
                        const QString& who, const QDateTime& when, QWidget* parent = nullptr);

    Choice choice() const { return m_choice; }
    QTreeWidget* changesTree() const { return m_changes; }
    QPushButton* reloadButton() const { return m_reload; }
    QPushButton* reapplyButton() const { return m_reapply; }

private:
    Choice m_choice = Choice::KeepEditing;
    QTreeWidget* m_changes = nullptr;
    QPushButton* m_reload = nullptr;
    QPushButton* m_reapply = nullptr;
};

} // namespace docket
