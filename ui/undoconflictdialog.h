#pragma once

#include "stores/undoconflicts.h"

#include <QDialog>

class QLabel;
class QPushButton;
class QTreeWidget;

namespace docket {

// The undo (or redo) of a batch met orders someone changed since (issue 13
// item 9): lists them — order, what happened to it, who, when — and lets the
// user choose: take back (or do again) only the others, those still as the
// step left them, or nothing at all. Undo Nothing (Redo Nothing) is the
// default (Return, Escape); when no order is left, Close is the only choice.
class UndoConflictDialog : public QDialog
{
    Q_OBJECT
public:
    enum class Choice { UndoNothing, UndoOthers };

    // `step`: the undo step's text ("Invalidating 480 Orders"); `total`:
    // how many orders the undo (redo) was for.
    UndoConflictDialog(const UndoPlan& plan, UndoDirection direction, const QString& step,
                       qsizetype total, QWidget* parent = nullptr);

    Choice choice() const { return m_choice; }
    QTreeWidget* ordersTree() const { return m_orders; }
    QLabel* heading() const { return m_heading; }
    // nullptr when no order can be taken back.
    QPushButton* undoOthersButton() const { return m_undoOthers; }
    QPushButton* undoNothingButton() const { return m_undoNothing; }

    // The list shows at most this many orders, then how many more.
    static constexpr int kShown = 500;

private:
    Choice m_choice = Choice::UndoNothing;
    QLabel* m_heading = nullptr;
    QTreeWidget* m_orders = nullptr;
    QPushButton* m_undoOthers = nullptr;
    QPushButton* m_undoNothing = nullptr;
};

} // namespace docket
