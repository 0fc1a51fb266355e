#pragma once

#include <QString>

class QDialog;
class QDialogButtonBox;
class QLabel;
class QPushButton;
class QTableWidget;
class QWidget;

// Pieces every form and dialog builds alike.
namespace docket::form {

// A form's problem text: red (docket.qss: #formError), word-wrapped, hidden
// until there is one.
QLabel* errorLabel(QWidget* parent);

// A read-only list of records: whole rows selected one at a time, no
// editing, no grid, alternating rows, no row numbers. Callers add their
// headers, row height and stretching.
QTableWidget* readOnlyTable(QWidget* parent, int columns);

// Cancel and `acceptText` (the default button) for a dialog, wired to its
// accept() and reject(); the accept button through `accept`.
QDialogButtonBox* acceptCancelButtons(QDialog* dialog, const QString& acceptText,
                                      QPushButton** accept = nullptr);

// The width of `n` characters of text in `w`'s font, for a dialog's width.
// Not QFontMetrics::averageCharWidth() alone: with a Chinese font that is
// the width of a CJK character, twice a Latin one, and an "80 characters"
// dialog grew wider than the screen (the undo conflict dialog, cut in zh_CN
// and zh_TW). The narrower of the average and an "x".
int charsWide(const QWidget* w, int n);

} // namespace docket::form
