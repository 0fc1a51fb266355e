#include "orderdialog.h"

#include "db/sql.h"
#include "domain/errors.h"
#include "formparts.h"
#include "fulfilment/fulfilmentpanel.h"
#include "i18n.h"
#include "orderconflictdialog.h"
#include "settings.h"
#include "stores/orderconflict.h"
#include "stores/orderstore.h"

#include <QCompleter>
#include <QStandardItemModel>
#include <QStyledItemDelegate>

#include <algorithm>

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QStyle>
#include <QTabWidget>
#include <QTableWidget>
#include <QToolButton>
#include <QTreeWidget>
#include <QVBoxLayout>

// OrderDialog: the History and Customer tabs (the order's events, the
// customer's other orders, internal comments) and the Order tab's reload
// after a record of the Fulfilment tab.

namespace docket {

void OrderDialog::reloadKeepingEdits()
{
    const Order base = m_order;
    Order theirs;
    try {
        theirs = m_store.order(base.id);
    } catch (const DocketError& e) {
        showProblem({}, e.message());
        return;
    }
    Order mine = edited();
    QList<OrderLine> lines;
    QString error;
    // Lines half typed (not a quantity yet): kept as typed, cell by cell.
    QList<QStringList> typedLines;
    if (readLines(&lines, &error)) {
        mine.lines = lines;
    } else {
        for (int r = 0; r < m_lines->rowCount(); ++r) {
            QStringList row;
            for (int c = 0; c < m_lines->columnCount(); ++c)
                row << (m_lines->item(r, c) ? m_lines->item(r, c)->text() : QString());
            typedLines << row;
        }
    }
    // What I changed (relative to the order as loaded) goes on top of the
    // order as the records left it; the records' status wins unless I chose one.
    const Reapplied merged = reapplyEdits(base, mine, theirs);
    load(merged.order);
    m_order = theirs; // the version the next save builds on
    if (!typedLines.isEmpty()) {
        const bool blocked = m_lines->blockSignals(true);
        m_lines->setRowCount(0);
        for (const QStringList& row : std::as_const(typedLines)) {
            addLine();
            for (int c = 0; c < row.size() && c < m_lines->columnCount(); ++c)
                if (QTableWidgetItem* item = m_lines->item(m_lines->rowCount() - 1, c))
                    item->setText(row.at(c));
        }
        m_lines->blockSignals(blocked);
        updateTotal();
    }
    loadHistory();
}

void OrderDialog::loadHistory()
{
    m_history->clear();
    const QLocale loc;
    for (const OrderEvent& e : m_store.events(m_order.id)) {
        QString change;
        if (!e.field.isEmpty()) {
            QString oldV = e.oldValue, newV = e.newValue;
            if (e.field == QLatin1String("status")) {
                oldV = status::labelForCode(oldV);
                newV = status::labelForCode(newV);
            } else if (e.field == QLatin1String("channel")) {
                oldV = channel::label(oldV);
                newV = channel::label(newV);
            }
            change = tr("%1: %2 → %3").arg(fieldLabel(e.field), oldV, newV);
        }
        if (!e.note.isEmpty())
            change = change.isEmpty() ? e.note : change + QStringLiteral(" — ") + e.note;
        auto* item =
            new QTreeWidgetItem({formatDateTime(e.at.toLocalTime(), QLocale::ShortFormat, loc),
                                 e.actor, eventKindLabel(e.kind), change});
        item->setToolTip(3, change);
        if (e.kind == QLatin1String("commented")) {
            QFont f = item->font(3);
            f.setItalic(true);
            item->setFont(3, f);
        }
        m_history->addTopLevelItem(item);
    }
    for (int c = 0; c < 3; ++c)
        m_history->resizeColumnToContents(c);
    m_tabs->setTabText(1, tr("&History (%L1)").arg(m_history->topLevelItemCount()));
}

OrderFilter OrderDialog::customerFilter() const
{
    OrderFilter f;
    f.validity = OrderFilter::Validity::All;
    f.customer = CustomerKey::of(m_order.email, m_order.phone, m_order.customerName);
    return f;
}

void OrderDialog::loadCustomer()
{
    m_customerLoaded = true;
    m_customerOrders->setRowCount(0);
    const std::optional<CustomerKey> key =
        CustomerKey::of(m_order.email, m_order.phone, m_order.customerName);
    m_showCustomer->setEnabled(key.has_value());
    if (!key) {
        m_customerHeading->setText(tr("This order names no customer."));
        m_customerFigures->clear();
        return;
    }
    CustomerSummary c;
    try {
        c = m_store.customerSummary(*key, 100);
    } catch (const DocketError& e) {
        m_customerHeading->setText(e.message());
        return;
    }
    // Say how the orders were matched: an email is one person, a name may
    // be several.
    switch (key->by) {
    case CustomerKey::By::Email:
        m_customerHeading->setText(tr("%1's orders, found by the email address %2.")
                                       .arg(m_order.customerName, key->value));
        break;
    case CustomerKey::By::Phone:
        m_customerHeading->setText(
            tr("%1's orders, found by the phone number %2 (the order has no email address).")
                .arg(m_order.customerName, key->value));
        break;
    case CustomerKey::By::Name:
        m_customerHeading->setText(
            tr("Orders under the name %1 (the order has no email address or phone number, so "
               "they may be several people's).")
                .arg(key->value));
        break;
    }
    const QLocale loc;
    QStringList totals;
    for (const Money& total : c.totals)
        totals << total.toString(loc);
    QString figures = tr("%Ln valid order(s)", nullptr, int(std::min<qint64>(c.orders, INT_MAX)));
    if (c.invalidOrders > 0)
        figures +=
            tr(" and %Ln marked invalid", nullptr, int(std::min<qint64>(c.invalidOrders, INT_MAX)));
    if (!totals.isEmpty())
        figures += QStringLiteral(" · ") +
                   tr("total %1")
                       .arg(totals.join(QCoreApplication::translate(
                           "OrderFilter", ", ", "separator of a list of statuses, regions, ...")));
    if (c.firstOrder.isValid())
        figures += QStringLiteral(" · ") +
                   tr("first order %1, last order %2")
                       .arg(loc.toString(c.firstOrder.toLocalTime().date(), QLocale::ShortFormat),
                            loc.toString(c.lastOrder.toLocalTime().date(), QLocale::ShortFormat));
    m_customerFigures->setText(figures);
    for (const OrderSummary& r : c.recent) {
        const int row = m_customerOrders->rowCount();
        m_customerOrders->insertRow(row);
        auto* number = new QTableWidgetItem(r.number);
        if (r.id == m_order.id) {
            QFont f = number->font();
            f.setBold(true);
            number->setFont(f);
            number->setToolTip(tr("This order"));
        }
        m_customerOrders->setItem(row, 0, number);
        m_customerOrders->setItem(row, 1,
                                  new QTableWidgetItem(formatDateTime(
                                      QDateTime::fromSecsSinceEpoch(r.createdAt).toLocalTime(),
                                      QLocale::ShortFormat, loc)));
        m_customerOrders->setItem(
            row, 2,
            new QTableWidgetItem(r.invalid ? tr("%1 (invalid)").arg(status::labelForCode(r.status))
                                           : status::labelForCode(r.status)));
        auto* amount = new QTableWidgetItem(r.total.toString(loc));
        amount->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        m_customerOrders->setItem(row, 3, amount);
    }
    m_customerOrders->resizeColumnToContents(0);
    m_customerOrders->resizeColumnToContents(1);
}

void OrderDialog::addComment()
{
    const QString text = m_comment->toPlainText();
    try {
        m_store.addComment(m_order.id, text);
    } catch (const DocketError& e) {
        QMessageBox::warning(this, tr("Comment"), e.message());
        return;
    }
    m_comment->clear();
    loadHistory();
    m_history->scrollToBottom();
}

} // namespace docket
