#pragma once

#include <QString>

class QDialog;
class QDialogButtonBox;
class QLabel;
class QPushButton;
class QWidget;

// Pieces every form and dialog builds alike.
namespace docket::form {

// A form's problem text: red (docket.qss: #formError), word-wrapped, hidden
// until there is one.
QLabel* errorLabel(QWidget* parent);

// Cancel and `acceptText` (the default button) for a dialog, wired to its
// accept() and reject(); the accept button through `accept`.
QDialogButtonBox* acceptCancelButtons(QDialog* dialog, const QString& acceptText,
                                      QPushButton** accept = nullptr);

} // namespace docket::form
