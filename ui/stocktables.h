#pragma once

#include "domain/session.h"

#include <QColor>
#include <QDateTime>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>

class QComboBox;
class QLabel;
class QTableWidget;
class QTableWidgetItem;
class QWidget;

// The read-only tables of the stock and after-sales pages, built alike: row
// selection, no grid, fixed row height; cells that are not edited, numbers
// right-aligned in the locale's digits, times in local time.
namespace docket::stocktables {

QTableWidget* table(QWidget* parent, const QStringList& headers, const QString& name);
// A table only to read beside a list: no selection, no focus.
QTableWidget* detailTable(QWidget* parent, const QStringList& headers, const QString& name);
// A cell; `id` (when not 0) in Qt::UserRole.
QTableWidgetItem* item(const QString& text, qint64 id = 0);
// A number; `signedNumber`: "+3" for a rise.
QTableWidgetItem* number(qint64 n, bool signedNumber = false);
// Local date and time, short; empty for an invalid time.
QString when(const QDateTime& t);

// The active warehouses as "CODE — Name" with their id as data (none when
// they cannot be read).
void fillWarehouses(QComboBox* box, const QSqlDatabase& db, const Session& session);
// A dialog's problem text: shown with `message`, hidden when it is empty.
void showError(QLabel* label, const QString& message);
// What is short (a variance, a transfer's shortfall) is written in this.
QColor shortColour();

} // namespace docket::stocktables
