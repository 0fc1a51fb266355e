#pragma once

#include "domain/order.h"
#include "stores/orderfilter.h"

#include <QCoreApplication>
#include <QList>
#include <QLocale>
#include <QString>
#include <QStringList>
#include <QVariant>
#include <optional>

namespace docket {

// The columns of an order row, one table for the order list (its column
// chooser, saved views) and the export: a new column is one entry in
// ordercolumns.cpp. The list's model columns are the entries with a width, in
// this order; the first seven are the sortable ones and keep the numbers of
// OrderColumn. Keys are stable: settings, saved views and export choices
// store them.
namespace ordercolumns {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(OrderColumns)
};

enum class Kind {
    Text,  // QString
    Money, // Money, in the row's currency
    Time,  // qint64 UTC seconds, shown and written as local time
    Count, // qint64; negative: not known
    Flag,  // bool
    Due,   // qint64 UTC seconds of a deadline (0: none), shown as time left or overdue
};

struct Column
{
    const char* key;         // "email"
    const char* title;       // QT_TRANSLATE_NOOP("OrderColumns", ...): the list's header
    const char* exportTitle; // the export's header when it differs (nullptr: title)
    Kind kind;
    std::optional<OrderColumn> sort; // sortable (an index behind it)
    int width;                       // default width in the list, px; 0: export only
    bool listDefault;                // shown in a new list
    bool needsItems;                 // needs OrderStore::setWithItems
    QVariant (*value)(const OrderSummary&);

    QString id() const { return QString::fromLatin1(key); }
    bool inList() const { return width > 0; }
};

// Every column: the list's first, in its default order, then export-only ones.
const QList<Column>& all();
// The list's columns (model column i is listColumns()[i]).
const QList<const Column*>& listColumns();
const Column* find(QStringView key);
// Model column of `key` in the list, or -1.
int listIndex(QStringView key);
QString title(const Column& c);       // translated
QString exportTitle(const Column& c); // translated
// What a new list shows, and a first export writes (the ten columns exports
// always had).
QStringList defaultListKeys();
QStringList defaultExportKeys();
// `keys` without unknown or repeated ones; for the list, only list columns
// and the order number always first.
QStringList cleanListKeys(const QStringList& keys);
QStringList cleanExportKeys(const QStringList& keys);
// A cell as the list shows it. The amount of an order paid in part (issue
// 15 item 1: something captured, less than the total, nothing refunded)
// reads "€40.00 of €95.00".
QString displayText(const Column& c, const OrderSummary& row, const QLocale& locale = QLocale());
// The Status cell: the order's status, except while it is held for review
// (issue 15 item 4): "Awaiting review", the step it waits in, since its
// status ("Awaiting payment") does not move until someone approves it.
QString statusText(const OrderSummary& row);
// The Status cell's tooltip for an order held for review: "DK0000001 waits
// for review; it is Awaiting payment until it is approved."; empty otherwise.
QString reviewText(const OrderSummary& row);
// The Due cell's tooltip: which step the deadline is of and when it falls
// ("Step “Awaiting review”: due 12/7/26 6:40 PM."); empty without one.
QString dueToolTip(const OrderSummary& row, const QLocale& locale = QLocale());
// True when `row` is paid in part, as the amount cell shows it.
bool isPartPaid(const OrderSummary& row);
// The amount's tooltip: "€40.00 of €95.00 paid; €55.00 still owed." for a
// part payment, what was refunded when something was; empty otherwise.
QString paymentText(const OrderSummary& row, const QLocale& locale = QLocale());

} // namespace ordercolumns

} // namespace docket
