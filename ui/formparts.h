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

} // namespace docket::form
