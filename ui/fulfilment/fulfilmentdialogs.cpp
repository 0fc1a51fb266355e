#include "fulfilmentdialogs.h"

#include "domain/errors.h"
#include "formparts.h"
#include "stores/fulfilmentstore.h"

#include <QComboBox>
#include <QDateTimeEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QTableWidget>
#include <QVBoxLayout>

namespace docket {

namespace {

// The amount as typed in the user's locale or plainly ("40.00"); nullopt
// when it is not an amount.
std::optional<Money> typedMoney(const QString& text, const QString& currency)
{
    auto m = Money::parse(text.trimmed(), currency, QLocale());
    if (!m)
        m = Money::parse(text.trimmed(), currency);
    return m;
}

// A table of an order's lines with a quantity to fill in per line.
QTableWidget* quantityTable(QWidget* parent, const QString& quantityHeader)
{
    auto* t = new QTableWidget(0, 4, parent);
    t->setHorizontalHeaderLabels({QCoreApplication::translate("FulfilmentForm", "SKU"),
                                  QCoreApplication::translate("FulfilmentForm", "Product"),
                                  QCoreApplication::translate("FulfilmentForm", "Left"),
                                  quantityHeader});
    t->verticalHeader()->hide();
    t->horizontalHeader()->setSectionResizeMode(1, QHeaderView::Stretch);
    t->setMinimumHeight(140);
    return t;
}

void addQuantityRow(QTableWidget* t, const FulfilmentStore::LineState& l, qint64 left,
                    qint64 preset)
{
    const int r = t->rowCount();
    t->insertRow(r);
    auto fixed = [](const QString& text) {
        auto* i = new QTableWidgetItem(text);
        i->setFlags(i->flags() & ~Qt::ItemIsEditable);
        return i;
    };
    auto* sku = fixed(l.sku);
    sku->setData(Qt::UserRole, l.lineId);
    t->setItem(r, 0, sku);
    t->setItem(r, 1, fixed(l.name));
    t->setItem(r, 2, fixed(QLocale().toString(left)));
    auto* q = new QTableWidgetItem(QString::number(preset));
    q->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
    t->setItem(r, 3, q);
}

// (line id, quantity) of every row with a quantity; `error` names a row
// whose quantity is not a whole number.
template <typename Line> QList<Line> readQuantities(const QTableWidget* t, QString* error)
{
    QList<Line> out;
    for (int r = 0; r < t->rowCount(); ++r) {
        const QString text = t->item(r, 3)->text().trimmed();
        bool ok = false;
        const qint64 q = text.isEmpty() ? 0 : QLocale().toLongLong(text, &ok);
        if (!text.isEmpty() && (!ok || q < 0)) {
            *error =
                QCoreApplication::translate("FulfilmentForm", "Line %1: \"%2\" is not a quantity.")
                    .arg(r + 1)
                    .arg(text);
            return {};
        }
        if (q > 0)
            out.push_back(Line{t->item(r, 0)->data(Qt::UserRole).toLongLong(), q});
    }
    return out;
}

} // namespace

FulfilmentForm::FulfilmentForm(FulfilmentStore& store, const QString& title, QWidget* parent)
    : QDialog(parent), m_store(store)
{
    setWindowTitle(title);
    m_error = form::errorLabel(this);
}

void FulfilmentForm::finish(QLayout* form, const QString& acceptText)
{
    auto* v = new QVBoxLayout(this);
    v->addLayout(form);
    v->addWidget(m_error);
    v->addWidget(form::acceptCancelButtons(this, acceptText));
}

void FulfilmentForm::fail(const QString& message)
{
    m_error->setText(message);
    m_error->show();
}

void FulfilmentForm::accept()
{
    m_error->hide();
    try {
        m_written = write();
    } catch (const DocketError& e) {
        fail(e.message());
        return;
    }
    if (m_written > 0)
        QDialog::accept();
}

// ---- payment ----

PaymentDialog::PaymentDialog(FulfilmentStore& store, qint64 orderId, QWidget* parent)
    : FulfilmentForm(store, tr("Record a payment"), parent), m_orderId(orderId)
{
    setObjectName(QStringLiteral("paymentDialog"));
    const FulfilmentStore::Balance b = store.balance(orderId);
    m_currency = b.total.currency();
    m_method = new QComboBox(this);
    for (const PaymentMethod& m : store.paymentMethods())
        if (m.active) // the shop no longer takes the others
            m_method->addItem(m.label, m.code);
    m_amount = new QLineEdit(b.owed().toNumberString(), this);
    m_amount->setObjectName(QStringLiteral("paymentAmount"));
    m_reference = new QLineEdit(this);
    m_reference->setPlaceholderText(tr("The provider's transaction reference"));
    m_state = new QComboBox(this);
    for (PaymentState s : {PaymentState::Captured, PaymentState::Pending})
        m_state->addItem(paymentstate::label(s), paymentstate::code(s));
    auto* f = new QFormLayout;
    f->addRow(tr("Still owed:"),
              new QLabel(tr("%1 of %2").arg(b.owed().toString(), b.total.toString()), this));
    f->addRow(tr("&Method:"), m_method);
    f->addRow(tr("&Amount (%1):").arg(m_currency), m_amount);
    f->addRow(tr("&Reference:"), m_reference);
    f->addRow(tr("&State:"), m_state);
    finish(f, tr("&Record payment"));
}

qint64 PaymentDialog::write()
{
    const auto amount = typedMoney(m_amount->text(), m_currency);
    if (!amount) {
        fail(tr("\"%1\" is not an amount.").arg(m_amount->text()));
        return 0;
    }
    return m_store.addPayment(m_orderId, m_method->currentData().toString(), *amount,
                              m_reference->text().trimmed(),
                              *paymentstate::fromCode(m_state->currentData().toString()));
}

// ---- refund ----

RefundDialog::RefundDialog(FulfilmentStore& store, qint64 orderId, QWidget* parent)
    : FulfilmentForm(store, tr("Refund"), parent), m_orderId(orderId)
{
    setObjectName(QStringLiteral("refundDialog"));
    m_currency = store.balance(orderId).total.currency();
    m_payment = new QComboBox(this);
    for (const Payment& p : store.payments(orderId)) {
        if (p.state != PaymentState::Captured)
            continue;
        m_payment->addItem(tr("#%1 %2 %3 (%4 left)")
                               .arg(p.id)
                               .arg(fulfilment::builtinMethodLabel(p.method), p.amount.toString(),
                                    p.refundable().toString()),
                           p.id);
    }
    m_by = new QComboBox(this);
    m_by->addItem(tr("By amount"));
    m_by->addItem(tr("By lines"));
    m_amount = new QLineEdit(this);
    m_amount->setObjectName(QStringLiteral("refundAmount"));
    m_lines = quantityTable(this, tr("Refund"));
    for (const FulfilmentStore::LineState& l : store.lineStates(orderId))
        addQuantityRow(m_lines, l, l.ordered - l.refunded, 0);
    m_lines->setEnabled(false);
    m_reason = new QLineEdit(this);
    m_reason->setObjectName(QStringLiteral("refundReason"));
    m_reason->setPlaceholderText(tr("Why the money goes back"));
    connect(m_by, &QComboBox::currentIndexChanged, this, [this](int i) {
        m_amount->setEnabled(i == 0);
        m_lines->setEnabled(i == 1);
    });
    auto* f = new QFormLayout;
    f->addRow(tr("Back to &payment:"), m_payment);
    f->addRow(tr("Refund &by:"), m_by);
    f->addRow(tr("&Amount (%1):").arg(m_currency), m_amount);
    f->addRow(tr("Lines:"), m_lines);
    f->addRow(tr("Rea&son:"), m_reason);
    finish(f, tr("&Refund"));
    resize(560, sizeHint().height());
}

qint64 RefundDialog::write()
{
    if (m_payment->count() == 0) {
        fail(tr("There is no captured payment to refund."));
        return 0;
    }
    const qint64 payment = m_payment->currentData().toLongLong();
    if (m_by->currentIndex() == 1) {
        QString error;
        const QList<RefundLine> lines = readQuantities<RefundLine>(m_lines, &error);
        if (!error.isEmpty()) {
            fail(error);
            return 0;
        }
        return m_store.refundLines(m_orderId, payment, lines, m_reason->text());
    }
    const auto amount = typedMoney(m_amount->text(), m_currency);
    if (!amount) {
        fail(tr("\"%1\" is not an amount.").arg(m_amount->text()));
        return 0;
    }
    return m_store.refund(m_orderId, payment, *amount, m_reason->text());
}

// ---- shipment ----

ShipDialog::ShipDialog(FulfilmentStore& store, qint64 orderId, QWidget* parent)
    : FulfilmentForm(store, tr("Ship"), parent), m_orderId(orderId)
{
    setObjectName(QStringLiteral("shipDialog"));
    m_carrier = new QComboBox(this);
    for (const Carrier& c : store.carriers())
        m_carrier->addItem(c.name, c.code);
    m_tracking = new QLineEdit(this);
    m_tracking->setObjectName(QStringLiteral("trackingNumber"));
    m_lines = quantityTable(this, tr("In this parcel"));
    for (const FulfilmentStore::LineState& l : store.lineStates(orderId))
        if (l.unshipped() > 0)
            addQuantityRow(m_lines, l, l.unshipped(), l.unshipped());
    auto* f = new QFormLayout;
    f->addRow(tr("&Carrier:"), m_carrier);
    f->addRow(tr("&Tracking number:"), m_tracking);
    f->addRow(tr("Lines:"), m_lines);
    finish(f, tr("&Ship"));
    resize(560, sizeHint().height());
}

qint64 ShipDialog::write()
{
    QString error;
    const QList<ShipmentLine> lines = readQuantities<ShipmentLine>(m_lines, &error);
    if (!error.isEmpty()) {
        fail(error);
        return 0;
    }
    if (lines.isEmpty()) {
        fail(tr("Put at least one line in the parcel."));
        return 0;
    }
    return m_store.ship(m_orderId, m_carrier->currentData().toString(), m_tracking->text(), lines);
}

// ---- tracking event ----

TrackingEventDialog::TrackingEventDialog(FulfilmentStore& store, qint64 shipmentId, QWidget* parent)
    : FulfilmentForm(store, tr("Add a tracking event"), parent), m_shipmentId(shipmentId)
{
    setObjectName(QStringLiteral("trackingEventDialog"));
    m_at = new QDateTimeEdit(QDateTime::currentDateTime(), this);
    m_at->setCalendarPopup(true);
    m_place = new QLineEdit(this);
    m_text = new QLineEdit(this);
    m_text->setObjectName(QStringLiteral("trackingText"));
    m_text->setPlaceholderText(tr("What the carrier says, e.g. \"Out for delivery\""));
    auto* f = new QFormLayout;
    f->addRow(tr("&When:"), m_at);
    f->addRow(tr("&Place:"), m_place);
    f->addRow(tr("&Status:"), m_text);
    finish(f, tr("&Add"));
}

qint64 TrackingEventDialog::write()
{
    return m_store.addTrackingEvent(m_shipmentId, m_at->dateTime().toUTC().toSecsSinceEpoch(),
                                    m_place->text().trimmed(), m_text->text().trimmed());
}

} // namespace docket
