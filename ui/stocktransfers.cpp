// The Transfers tab of the stock page (draft -> in transit -> received,
// with any shortfall) and the dialog that drafts a transfer: StockPage's
// second seam (stockpage.cpp holds the page, stocktakes and the ledger).
#include "stockpage.h"

#include "formparts.h"
#include "stocktables.h"

#include "domain/errors.h"
#include "stores/cataloguestore.h"
#include "stores/stockstore.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QRegularExpression>
#include <QSplitter>
#include <QTableWidget>
#include <QVBoxLayout>

namespace docket {

using stocktables::fillWarehouses;
using stocktables::item;
using stocktables::number;
using stocktables::showError;
using stocktables::table;
using stocktables::when;

// ---------------------------------------------------------------- transfers

QWidget* StockPage::buildTransfers()
{
    auto* page = new QWidget(this);
    const bool may = m_session.can(Permission::AdjustStock);
    m_transfers = table(
        page, {tr("No."), tr("From"), tr("To"), tr("State"), tr("Created"), tr("By"), tr("Note")},
        QStringLiteral("transferList"));
    m_transferLines =
        table(page, {tr("SKU"), tr("Name"), tr("Quantity"), tr("Received"), tr("Short")},
              QStringLiteral("transferLines"));
    m_transferLines->horizontalHeader()->setStretchLastSection(false);
    m_transferLines->horizontalHeader()->setSectionResizeMode(1, QHeaderView::Stretch);
    m_transferLines->setEditTriggers(QAbstractItemView::DoubleClicked |
                                     QAbstractItemView::EditKeyPressed |
                                     QAbstractItemView::AnyKeyPressed);
    m_transferSummary = new QLabel(page);
    m_transferSummary->setWordWrap(true);
    m_newTransfer =
        new QPushButton(QIcon(QStringLiteral(":/icons/new.svg")), tr("&New Transfer…"), page);
    m_newTransfer->setObjectName(QStringLiteral("newTransfer"));
    m_send = new QPushButton(tr("Sen&d"), page);
    m_send->setObjectName(QStringLiteral("sendTransfer"));
    m_send->setToolTip(tr("The units leave the source warehouse"));
    m_receive = new QPushButton(QIcon(QStringLiteral(":/icons/receive.svg")), tr("&Receive"), page);
    m_receive->setObjectName(QStringLiteral("receiveTransfer"));
    m_receive->setToolTip(tr("The units arrive; type in Received what did, if not all"));
    m_cancelTransfer = new QPushButton(tr("Cancel Draft"), page);
    m_cancelTransfer->setObjectName(QStringLiteral("cancelTransfer"));
    for (QPushButton* b : {m_newTransfer, m_send, m_receive, m_cancelTransfer})
        b->setVisible(may);
    auto* top = new QHBoxLayout;
    top->addWidget(m_newTransfer);
    top->addStretch(1);
    auto* bar = new QHBoxLayout;
    bar->addWidget(m_transferSummary, 1);
    bar->addWidget(m_cancelTransfer);
    bar->addWidget(m_send);
    bar->addWidget(m_receive);
    auto* detail = new QWidget(page);
    auto* dv = new QVBoxLayout(detail);
    dv->setContentsMargins(0, 0, 0, 0);
    dv->addLayout(bar);
    dv->addWidget(m_transferLines, 1);
    auto* split = new QSplitter(Qt::Vertical, page);
    split->addWidget(m_transfers);
    split->addWidget(detail);
    split->setStretchFactor(0, 1);
    split->setStretchFactor(1, 2);
    auto* v = new QVBoxLayout(page);
    v->addLayout(top);
    v->addWidget(split, 1);
    connect(m_newTransfer, &QPushButton::clicked, this, &StockPage::newTransfer);
    connect(m_send, &QPushButton::clicked, this, &StockPage::sendTransfer);
    connect(m_receive, &QPushButton::clicked, this, &StockPage::receiveTransfer);
    connect(m_cancelTransfer, &QPushButton::clicked, this, &StockPage::cancelTransfer);
    connect(m_transfers, &QTableWidget::currentCellChanged, this,
            [this](int row, int, int previousRow) {
                if (row != previousRow)
                    showTransfer();
            });
    return page;
}

qint64 StockPage::currentTransfer() const
{
    const int r = m_transfers->currentRow();
    return r >= 0 && m_transfers->item(r, 0)
               ? m_transfers->item(r, 0)->data(Qt::UserRole).toLongLong()
               : 0;
}

void StockPage::reloadTransfers()
{
    const qint64 current = currentTransfer();
    QList<Transfer> all;
    try {
        all = StockStore(m_db->connection(), m_session).transfers();
    } catch (const DocketError& e) {
        m_transferSummary->setText(e.message());
        return;
    }
    const QSignalBlocker block(m_transfers);
    m_transfers->setRowCount(int(all.size()));
    int select = all.isEmpty() ? -1 : 0;
    for (int r = 0; r < all.size(); ++r) {
        const Transfer& t = all[r];
        m_transfers->setItem(r, 0, item(QString::number(t.id), t.id));
        m_transfers->setItem(r, 1, item(t.fromCode));
        m_transfers->setItem(r, 2, item(t.toCode));
        m_transfers->setItem(r, 3, item(transferstate::labelForCode(t.state)));
        m_transfers->setItem(r, 4, item(when(t.createdAt)));
        m_transfers->setItem(r, 5, item(t.createdBy));
        m_transfers->setItem(r, 6, item(t.note));
        if (t.id == current)
            select = r;
    }
    m_transfers->resizeColumnsToContents();
    m_transfers->setCurrentCell(select, 0);
    showTransfer();
}

void StockPage::showTransfer()
{
    const qint64 id = currentTransfer();
    m_transferLines->setRowCount(0);
    if (!id) {
        m_transferSummary->setText(tr("No transfer yet. A transfer moves stock between "
                                      "warehouses: draft, sent (the units leave), received."));
        for (QPushButton* b : {m_send, m_receive, m_cancelTransfer})
            b->setEnabled(false);
        return;
    }
    try {
        const Transfer t = StockStore(m_db->connection(), m_session).transfer(id);
        const bool inTransit = t.state == QLatin1String("in_transit");
        m_transferLines->setRowCount(int(t.lines.size()));
        qint64 units = 0;
        for (int r = 0; r < t.lines.size(); ++r) {
            const TransferLine& l = t.lines[r];
            units += l.quantity;
            m_transferLines->setItem(r, 0, item(l.sku, l.productId));
            m_transferLines->setItem(r, 1, item(l.name));
            m_transferLines->setItem(r, 2, number(l.quantity));
            auto* got = new QTableWidgetItem(
                l.received ? QString::number(*l.received)
                           : (inTransit ? QString::number(l.quantity) : QString()));
            got->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            if (!inTransit)
                got->setFlags(got->flags() & ~Qt::ItemIsEditable);
            m_transferLines->setItem(r, 3, got);
            QTableWidgetItem* shortItem = l.shortfall() ? number(l.shortfall()) : item(QString());
            shortItem->setForeground(stocktables::shortColour());
            m_transferLines->setItem(r, 4, shortItem);
        }
        m_transferLines->resizeColumnsToContents();
        m_transferLines->horizontalHeader()->setSectionResizeMode(1, QHeaderView::Stretch);
        QString text = tr("Transfer %1: %L2 units from %3 to %4 — %5.")
                           .arg(t.id)
                           .arg(units)
                           .arg(t.fromCode, t.toCode, transferstate::labelForCode(t.state));
        if (t.sentAt.isValid())
            text += QLatin1Char(' ') + tr("Sent by %1 on %2.").arg(t.sentBy, when(t.sentAt));
        if (t.receivedAt.isValid())
            text += QLatin1Char(' ') +
                    tr("Received by %1 on %2.").arg(t.receivedBy, when(t.receivedAt));
        m_transferSummary->setText(text);
        m_send->setEnabled(t.state == QLatin1String("draft"));
        m_cancelTransfer->setEnabled(t.state == QLatin1String("draft"));
        m_receive->setEnabled(inTransit);
    } catch (const DocketError& e) {
        m_transferSummary->setText(e.message());
    }
}

void StockPage::newTransfer()
{
    NewTransferDialog dialog(m_db->connection(), m_session, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    m_tabs->setCurrentIndex(1);
    reloadTransfers();
    for (int r = 0; r < m_transfers->rowCount(); ++r)
        if (m_transfers->item(r, 0)->data(Qt::UserRole).toLongLong() == dialog.createdId())
            m_transfers->setCurrentCell(r, 0);
    emit statusMessage(
        tr("Transfer %1 drafted; send it when the goods leave.").arg(dialog.createdId()));
}

void StockPage::sendTransfer()
{
    const qint64 id = currentTransfer();
    try {
        StockStore(m_db->connection(), m_session).sendTransfer(id);
        emit statusMessage(tr("Transfer %1 is in transit.").arg(id));
        emit stockChanged();
    } catch (const DocketError& e) {
        fail(tr("Cannot Send the Transfer"), e.message());
    }
    reloadTransfers();
}

void StockPage::receiveTransfer()
{
    const qint64 id = currentTransfer();
    static const QRegularExpression whole(QStringLiteral("^(0|[1-9][0-9]{0,9})$"));
    QList<StockStore::TransferRequest> received;
    for (int r = 0; r < m_transferLines->rowCount(); ++r) {
        const QString text = m_transferLines->item(r, 3)->text().trimmed();
        if (!whole.match(text).hasMatch()) {
            fail(tr("Cannot Receive the Transfer"),
                 tr("%1: \"%2\" is not a whole number of at least 0.")
                     .arg(m_transferLines->item(r, 0)->text(), text));
            return;
        }
        received << StockStore::TransferRequest{
            m_transferLines->item(r, 0)->data(Qt::UserRole).toLongLong(), text.toLongLong()};
    }
    try {
        StockStore(m_db->connection(), m_session).receiveTransfer(id, received);
        emit statusMessage(tr("Transfer %1 received.").arg(id));
        emit stockChanged();
    } catch (const DocketError& e) {
        fail(tr("Cannot Receive the Transfer"), e.message());
    }
    reloadTransfers();
}

void StockPage::cancelTransfer()
{
    const qint64 id = currentTransfer();
    try {
        StockStore(m_db->connection(), m_session).cancelTransfer(id);
    } catch (const DocketError& e) {
        fail(tr("Cannot Cancel the Transfer"), e.message());
    }
    reloadTransfers();
}

// ---------------------------------------------------------------- dialog

NewTransferDialog::NewTransferDialog(QSqlDatabase db, Session session, QWidget* parent)
    : QDialog(parent), m_db(std::move(db)), m_session(std::move(session))
{
    setObjectName(QStringLiteral("newTransferDialog"));
    setWindowTitle(tr("New Transfer"));
    m_from = new QComboBox(this);
    m_from->setObjectName(QStringLiteral("transferFrom"));
    m_to = new QComboBox(this);
    m_to->setObjectName(QStringLiteral("transferTo"));
    fillWarehouses(m_from, m_db, m_session);
    fillWarehouses(m_to, m_db, m_session);
    if (m_to->count() > 1)
        m_to->setCurrentIndex(1);
    m_lines = new QTableWidget(8, 2, this);
    m_lines->setObjectName(QStringLiteral("transferLinesEdit"));
    m_lines->setHorizontalHeaderLabels({tr("SKU"), tr("Quantity")});
    m_lines->verticalHeader()->hide();
    m_lines->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    for (int r = 0; r < m_lines->rowCount(); ++r) {
        m_lines->setItem(r, 0, new QTableWidgetItem);
        m_lines->setItem(r, 1, new QTableWidgetItem);
    }
    m_note = new QLineEdit(this);
    m_error = form::errorLabel(this);
    auto* f = new QFormLayout;
    f->addRow(tr("&From:"), m_from);
    f->addRow(tr("&To:"), m_to);
    f->addRow(tr("&Note:"), m_note);
    auto* v = new QVBoxLayout(this);
    v->addLayout(f);
    v->addWidget(new QLabel(tr("What goes (a SKU and a quantity a line):"), this));
    v->addWidget(m_lines, 1);
    v->addWidget(m_error);
    v->addWidget(form::acceptCancelButtons(this, tr("Create Draft")));
    resize(480, 460);
}

void NewTransferDialog::accept()
{
    static const QRegularExpression whole(QStringLiteral("^[1-9][0-9]{0,9}$"));
    QList<StockStore::TransferRequest> lines;
    CatalogueStore cat(m_db, m_session);
    try {
        for (int r = 0; r < m_lines->rowCount(); ++r) {
            const QString sku = m_lines->item(r, 0)->text().trimmed();
            const QString qty = m_lines->item(r, 1)->text().trimmed();
            if (sku.isEmpty() && qty.isEmpty())
                continue;
            const auto p = cat.bySku(sku);
            if (!p) {
                showError(
                    m_error,
                    tr("Line %1: there is no product with the SKU \"%2\".").arg(r + 1).arg(sku));
                return;
            }
            if (!whole.match(qty).hasMatch()) {
                showError(
                    m_error,
                    tr("Line %1: \"%2\" is not a whole number of at least 1.").arg(r + 1).arg(qty));
                return;
            }
            lines << StockStore::TransferRequest{p->id, qty.toLongLong()};
        }
        m_created = StockStore(m_db, m_session)
                        .createTransfer(m_from->currentData().toLongLong(),
                                        m_to->currentData().toLongLong(), lines, m_note->text());
    } catch (const DocketError& e) {
        showError(m_error, e.message());
        return;
    }
    QDialog::accept();
}

} // namespace docket
