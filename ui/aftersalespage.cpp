#include "aftersalespage.h"

#include "formparts.h"
#include "stocktables.h"

#include "domain/errors.h"
#include "stores/cataloguestore.h"
#include "stores/fulfilmentstore.h"
#include "stores/returnstore.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSplitter>
#include <QTableWidget>
#include <QVBoxLayout>

namespace docket {

using stocktables::item;
using stocktables::number;
using stocktables::table;
using stocktables::when;

namespace {

enum Filter { Open, Overdue, All };

QString dispositionLabel(const ReturnLine& l)
{
    if (l.disposition == QLatin1String("restock"))
        return AfterSalesPage::tr("Restocked in %1").arg(l.warehouseCode);
    if (l.disposition == QLatin1String("write_off"))
        return AfterSalesPage::tr("Written off");
    return {};
}

// "Refund €30.00", "Exchange", ...
QString resolutionText(const ReturnRequest& r)
{
    if (r.resolution == QLatin1String("refund"))
        return AfterSalesPage::tr("Refund %1").arg(r.refund.toString());
    return returnresolution::labelForCode(r.resolution);
}

} // namespace

AfterSalesPage::AfterSalesPage(std::shared_ptr<const Database> db, Session session, QWidget* parent)
    : QWidget(parent), m_db(std::move(db)), m_session(std::move(session))
{
    setObjectName(QStringLiteral("afterSalesPage"));
    m_filter = new QComboBox(this);
    m_filter->setObjectName(QStringLiteral("returnFilter"));
    m_filter->setAccessibleName(tr("Which returns"));
    m_filter->addItem(tr("Open returns"), int(Open));
    m_filter->addItem(tr("Overdue returns"), int(Overdue));
    m_filter->addItem(tr("All returns"), int(All));
    for (ReturnState s : returnstate::all())
        m_filter->addItem(returnstate::label(s), returnstate::code(s));
    m_approve = new QPushButton(tr("&Approve"), this);
    m_reject = new QPushButton(tr("Re&ject…"), this);
    m_receive = new QPushButton(tr("&Receive…"), this);
    m_close = new QPushButton(tr("&Close…"), this);
    auto* bar = new QHBoxLayout;
    bar->addWidget(m_filter);
    bar->addStretch();
    for (QPushButton* b : {m_approve, m_reject, m_receive, m_close}) {
        b->setVisible(m_session.can(Permission::HandleReturns));
        bar->addWidget(b);
    }

    m_list = table(this,
                   {tr("No."), tr("Order"), tr("State"), tr("Reason"), tr("Requested"), tr("Age"),
                    tr("Deadline"), tr("Resolution")},
                   QStringLiteral("returnList"));
    m_lines =
        table(this, {tr("Line"), tr("SKU"), tr("Name"), tr("Quantity"), tr("What became of it")},
              QStringLiteral("returnLines"));
    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("returnSummary"));
    m_summary->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    // Room for the return and, once refunded, the order's balance.
    m_summary->setMinimumHeight(m_summary->fontMetrics().lineSpacing() * 3);
    m_summary->setWordWrap(true);
    m_feedback = new QLabel(this);
    m_feedback->setWordWrap(true);
    m_feedback->setTextFormat(Qt::PlainText);
    auto* detail = new QWidget(this);
    auto* dl = new QVBoxLayout(detail);
    dl->setContentsMargins(0, 0, 0, 0);
    dl->addWidget(m_summary);
    dl->addWidget(m_lines, 1);
    dl->addWidget(m_feedback);
    auto* split = new QSplitter(Qt::Vertical, this);
    split->addWidget(m_list);
    split->addWidget(detail);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 2);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(bar);
    layout->addWidget(split, 1);

    connect(m_filter, &QComboBox::currentIndexChanged, this, &AfterSalesPage::refresh);
    connect(m_list, &QTableWidget::itemSelectionChanged, this, &AfterSalesPage::showDetail);
    connect(m_approve, &QPushButton::clicked, this, &AfterSalesPage::approve);
    connect(m_reject, &QPushButton::clicked, this, &AfterSalesPage::reject);
    connect(m_receive, &QPushButton::clicked, this, &AfterSalesPage::receive);
    connect(m_close, &QPushButton::clicked, this, &AfterSalesPage::close);
    showDetail();
}

void AfterSalesPage::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    refresh();
}

qint64 AfterSalesPage::currentReturn() const
{
    const auto rows = m_list->selectionModel()->selectedRows();
    return rows.isEmpty() ? 0
                          : m_list->item(rows.first().row(), 0)->data(Qt::UserRole).toLongLong();
}

void AfterSalesPage::refresh()
{
    const qint64 keep = currentReturn();
    ReturnFilter f;
    const QVariant v = m_filter->currentData();
    if (v.typeId() == QMetaType::QString)
        f.state = v.toString();
    else if (v.toInt() == Open)
        f.openOnly = true;
    else if (v.toInt() == Overdue)
        f.overdueOnly = true;
    QList<ReturnRequest> rows;
    try {
        rows = ReturnStore(m_db->connection(), m_session).returns(f);
    } catch (const DocketError& e) {
        emit statusMessage(e.message());
    }
    const QDateTime now = QDateTime::currentDateTimeUtc();
    m_list->setRowCount(0);
    m_list->setRowCount(int(rows.size()));
    for (int r = 0; r < rows.size(); ++r) {
        const ReturnRequest& x = rows[r];
        m_list->setItem(r, 0, item(QString::number(x.id), x.id));
        m_list->setItem(r, 1, item(x.orderNumber));
        m_list->setItem(r, 2, item(returnstate::labelForCode(x.state)));
        m_list->setItem(r, 3, item(returnreason::labelForCode(x.reason)));
        m_list->setItem(r, 4, item(when(x.createdAt)));
        m_list->setItem(r, 5, number(x.createdAt.daysTo(now)));
        auto* deadline = item(when(x.deadline));
        if (x.overdue(now)) {
            deadline->setText(tr("%1 (overdue)").arg(deadline->text()));
            deadline->setForeground(QColor(0xc0, 0x39, 0x2b));
        }
        m_list->setItem(r, 6, deadline);
        m_list->setItem(r, 7, item(resolutionText(x)));
        if (x.id == keep)
            m_list->selectRow(r);
    }
    // Every column but the last, which keeps the rest of the width (sized
    // to its contents it left the right of the list empty).
    for (int c = 0; c + 1 < m_list->columnCount(); ++c)
        m_list->resizeColumnToContents(c);
    showDetail();
}

void AfterSalesPage::showDetail()
{
    const qint64 id = currentReturn();
    m_lines->setRowCount(0);
    m_feedback->clear();
    ReturnRequest r;
    if (id) {
        try {
            ReturnStore store(m_db->connection(), m_session);
            r = store.returnRequest(id);
            QStringList fb;
            for (const OrderFeedback& f : store.feedback(r.orderId))
                fb << (f.kind == QLatin1String("feedback")
                           ? tr("%1 ★ %2 — %3").arg(f.rating).arg(f.text, f.by)
                           : tr("Note: %1 — %2").arg(f.text, f.by));
            m_feedback->setText(fb.join(QLatin1Char('\n')));
        } catch (const DocketError& e) {
            emit statusMessage(e.message());
            r = {};
        }
    }
    QString summary = r.id ? tr("Return %1 of order %2 — %3, %4. %5")
                                 .arg(r.id)
                                 .arg(r.orderNumber, returnstate::labelForCode(r.state),
                                      returnreason::labelForCode(r.reason), r.note)
                           : tr("Choose a return to see its lines and the order's feedback.");
    if (r.resolution == QLatin1String("refund")) {
        // The refund went back through the order's payments: its balance shows it.
        try {
            const FulfilmentStore::Balance b =
                FulfilmentStore(m_db->connection(), m_session).balance(r.orderId);
            summary += QLatin1Char('\n') +
                       tr("Refunded %1 through the order's payments; order %2 now has %3 paid "
                          "of %4 (%5 refunded in all).")
                           .arg(r.refund.toString(), r.orderNumber, b.paid().toString(),
                                b.total.toString(), b.refunded.toString());
        } catch (const DocketError& e) {
            emit statusMessage(e.message());
        }
    }
    m_summary->setText(summary.trimmed());
    m_lines->setRowCount(int(r.lines.size()));
    for (int i = 0; i < r.lines.size(); ++i) {
        const ReturnLine& l = r.lines[i];
        m_lines->setItem(i, 0, number(l.lineNo));
        m_lines->setItem(i, 1, item(l.sku));
        m_lines->setItem(i, 2, item(l.name));
        m_lines->setItem(i, 3, number(l.quantity));
        m_lines->setItem(i, 4, item(dispositionLabel(l)));
    }
    m_lines->resizeColumnToContents(1); // the SKU and the product's name whole
    m_lines->resizeColumnToContents(2);
    m_approve->setEnabled(r.state == QLatin1String("requested"));
    m_reject->setEnabled(r.state == QLatin1String("requested"));
    m_receive->setEnabled(r.state == QLatin1String("approved"));
    m_close->setEnabled(r.state == QLatin1String("received"));
}

void AfterSalesPage::fail(const QString& title, const QString& message)
{
    QMessageBox::warning(this, title, message);
    refresh();
}

void AfterSalesPage::approve()
{
    const qint64 id = currentReturn();
    try {
        ReturnStore(m_db->connection(), m_session).approve(id);
        emit statusMessage(tr("Return %1 approved.").arg(id));
        refresh();
    } catch (const DocketError& e) {
        fail(tr("Cannot Approve the Return"), e.message());
    }
}

void AfterSalesPage::reject()
{
    const qint64 id = currentReturn();
    bool ok = false;
    const QString reason = QInputDialog::getText(
        this, tr("Reject Return %1").arg(id),
        tr("Why is the return rejected? The customer reads it."), QLineEdit::Normal, {}, &ok);
    if (!ok)
        return;
    try {
        ReturnStore(m_db->connection(), m_session).reject(id, reason);
        emit statusMessage(tr("Return %1 rejected.").arg(id));
        refresh();
    } catch (const DocketError& e) {
        fail(tr("Cannot Reject the Return"), e.message());
    }
}

void AfterSalesPage::receive()
{
    try {
        const ReturnRequest r =
            ReturnStore(m_db->connection(), m_session).returnRequest(currentReturn());
        ReceiveReturnDialog dlg(r, m_db->connection(), m_session, this);
        if (dlg.exec() != QDialog::Accepted)
            return;
        emit statusMessage(tr("Return %1 received.").arg(r.id));
        emit stockChanged();
        refresh();
    } catch (const DocketError& e) {
        fail(tr("Cannot Receive the Return"), e.message());
    }
}

void AfterSalesPage::close()
{
    try {
        const ReturnRequest r =
            ReturnStore(m_db->connection(), m_session).returnRequest(currentReturn());
        CloseReturnDialog dlg(r, m_db->connection(), m_session, this);
        if (dlg.exec() != QDialog::Accepted)
            return;
        emit statusMessage(tr("Return %1 closed.").arg(r.id));
        refresh();
    } catch (const DocketError& e) {
        fail(tr("Cannot Close the Return"), e.message());
    }
}

// ---------------------------------------------------------------- dialogs

ReceiveReturnDialog::ReceiveReturnDialog(const ReturnRequest& request, QSqlDatabase db,
                                         Session session, QWidget* parent)
    : QDialog(parent), m_request(request), m_db(std::move(db)), m_session(std::move(session))
{
    setWindowTitle(tr("Receive Return %1").arg(request.id));
    m_lines =
        table(this, {tr("SKU"), tr("Quantity"), tr("Goes to")}, QStringLiteral("receiveLines"));
    m_lines->setRowCount(int(request.lines.size()));
    QList<Warehouse> warehouses;
    try {
        warehouses = CatalogueStore(m_db, m_session).warehouses();
    } catch (const DocketError&) {
    }
    for (int i = 0; i < request.lines.size(); ++i) {
        m_lines->setItem(i, 0, item(request.lines[i].sku));
        m_lines->setItem(i, 1, number(request.lines[i].quantity));
        auto* box = new QComboBox(m_lines);
        for (const Warehouse& w : warehouses)
            if (w.active)
                box->addItem(tr("Restock in %1").arg(w.code), w.id);
        box->addItem(tr("Write off"), 0);
        m_lines->setCellWidget(i, 2, box);
    }
    m_lines->resizeColumnsToContents();
    m_error = form::errorLabel(this);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(new QLabel(tr("Say for each line where it goes: back on a shelf, or "
                                    "written off when it cannot be sold again."),
                                 this));
    layout->addWidget(m_lines, 1);
    layout->addWidget(m_error);
    layout->addWidget(form::acceptCancelButtons(this, tr("Receive")));
    resize(520, 320);
}

void ReceiveReturnDialog::accept()
{
    QList<ReturnStore::Disposition> lines;
    for (int i = 0; i < m_request.lines.size(); ++i) {
        auto* box = qobject_cast<QComboBox*>(m_lines->cellWidget(i, 2));
        const qint64 w = box->currentData().toLongLong();
        lines.push_back({m_request.lines[i].lineNo, w != 0, w});
    }
    try {
        ReturnStore(m_db, m_session).receive(m_request.id, lines);
        QDialog::accept();
    } catch (const DocketError& e) {
        m_error->setText(e.message());
        m_error->show();
    }
}

CloseReturnDialog::CloseReturnDialog(const ReturnRequest& request, QSqlDatabase db, Session session,
                                     QWidget* parent)
    : QDialog(parent), m_request(request), m_db(std::move(db)), m_session(std::move(session))
{
    setWindowTitle(tr("Close Return %1").arg(request.id));
    m_resolution = new QComboBox(this);
    for (ReturnResolution r :
         {ReturnResolution::Refund, ReturnResolution::Exchange, ReturnResolution::Repair})
        m_resolution->addItem(returnresolution::label(r), int(r));
    m_amount = new QLineEdit(this);
    m_amount->setObjectName(QStringLiteral("refundAmount"));
    m_amount->setPlaceholderText(tr("e.g. 19.90"));
    m_note = new QLineEdit(this);
    m_note->setObjectName(QStringLiteral("closeNote"));
    m_error = form::errorLabel(this);
    // The returned lines' value is the most the refund gives back: offered
    // as the amount, with what the order's payments hold now.
    QString paidText;
    try {
        m_amount->setText(ReturnStore(m_db, m_session).returnedValue(request.id).toPlainString());
        const FulfilmentStore::Balance b =
            FulfilmentStore(m_db, m_session).balance(request.orderId);
        paidText = tr("Order %1 has %2 paid of %3. A refund goes back through its payments, the "
                      "newest first, and shows in its balance.")
                       .arg(request.orderNumber, b.paid().toString(), b.total.toString());
    } catch (const DocketError& e) {
        paidText = e.message();
    }
    auto* f = new QFormLayout;
    f->addRow(tr("&Resolution:"), m_resolution);
    f->addRow(tr("Refund &amount (%1):").arg(request.currency), m_amount);
    f->addRow(tr("&Note:"), m_note);
    auto* paid = new QLabel(paidText, this);
    paid->setObjectName(QStringLiteral("refundPaid"));
    paid->setWordWrap(true);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(f);
    layout->addWidget(paid);
    auto* exchangeHint = new QLabel(tr("An exchange creates a replacement order with the returned "
                                       "products at no charge; it reserves stock like any order."),
                                    this);
    exchangeHint->setWordWrap(true);
    layout->addWidget(exchangeHint);
    layout->addWidget(m_error);
    layout->addWidget(form::acceptCancelButtons(this, tr("Close Return")));
    connect(m_resolution, &QComboBox::currentIndexChanged, this, [this] {
        m_amount->setEnabled(m_resolution->currentData().toInt() == int(ReturnResolution::Refund));
    });
}

void CloseReturnDialog::accept()
{
    const auto resolution = ReturnResolution(m_resolution->currentData().toInt());
    try {
        ReturnStore store(m_db, m_session);
        if (resolution == ReturnResolution::Exchange) {
            store.exchange(m_request.id, m_note->text());
        } else if (resolution == ReturnResolution::Refund) {
            const auto amount = Money::parse(m_amount->text(), m_request.currency);
            if (!amount) {
                m_error->setText(tr("\"%1\" is not an amount.").arg(m_amount->text()));
                m_error->show();
                return;
            }
            store.close(m_request.id, resolution, m_note->text(), *amount);
        } else {
            store.close(m_request.id, resolution, m_note->text());
        }
        QDialog::accept();
    } catch (const DocketError& e) {
        m_error->setText(e.message());
        m_error->show();
    }
}

} // namespace docket
