#pragma once

#include <QDateTime>
#include <QString>
#include <QStringList>

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

} // namespace docket::stocktables
