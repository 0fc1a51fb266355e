#include "fulfilmentpanel.h"

#include "domain/errors.h"
#include "formparts.h"
#include "fulfilmentdialogs.h"
#include "i18n.h"
#include "stores/fulfilmentstore.h"
#include "stores/orderstore.h"

#include <QDesktopServices>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QTabWidget>
#include <QTableWidget>
#include <QTreeWidget>
#include <QUrl>
#include <QVBoxLayout>

namespace docket {

using fulfilment::PathStep;

namespace {

QString when(const QDateTime& utc)
{
    return utc.isValid() ? formatDateTime(utc.toLocalTime(), QLocale::ShortFormat, QLocale())
                         : QString();
}

QTableWidget* recordTable(QWidget* parent, const QString& name, const QStringList& headers)
{
    auto* t = form::readOnlyTable(parent, int(headers.size()));
    t->setObjectName(name);
    t->setHorizontalHeaderLabels(headers);
    t->horizontalHeader()->setStretchLastSection(true);
    return t;
}

void setRow(QTableWidget* t, int row, qint64 id, const QStringList& cells, int amountColumn)
{
    for (int c = 0; c < cells.size(); ++c) {
        auto* item = new QTableWidgetItem(cells[c]);
        if (c == 0)
            item->setData(Qt::UserRole, id);
        if (c == amountColumn)
            item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        t->setItem(row, c, item);
    }
}

QWidget* withButtons(QWidget* view, const QList<QPushButton*>& buttons)
{
    auto* w = new QWidget;
    auto* bar = new QHBoxLayout;
    bar->addStretch(1);
    for (QPushButton* b : buttons)
        bar->addWidget(b);
    auto* v = new QVBoxLayout(w);
    v->setContentsMargins(6, 6, 6, 6);
    v->addWidget(view, 1);
    v->addLayout(bar);
    return w;
}

} // namespace

FulfilmentPanel::FulfilmentPanel(OrderStore& orders, qint64 orderId, QWidget* parent)
    : QWidget(parent), m_orders(orders), m_orderId(orderId),
      m_store(std::make_unique<FulfilmentStore>(orders.database(), orders.session()))
{
    setObjectName(QStringLiteral("fulfilmentPanel"));
    m_carriers = m_store->carriers();

    m_path = new QWidget(this);
    m_path->setObjectName(QStringLiteral("orderPath"));
    m_path->setAccessibleName(tr("The order's steps"));
    m_pathLayout = new QHBoxLayout(m_path);
    m_pathLayout->setContentsMargins(0, 0, 0, 0);
    m_balance = new QLabel(this);
    m_balance->setObjectName(QStringLiteral("orderBalance"));
    m_balance->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_due = new QLabel(this);
    m_due->setObjectName(QStringLiteral("orderDue"));

    m_payments = recordTable(this, QStringLiteral("paymentsTable"),
                             {tr("When"), tr("Method"), tr("Amount"), tr("State"), tr("Refunded"),
                              tr("Reference"), tr("By")});
    m_refunds =
        recordTable(this, QStringLiteral("refundsTable"),
                    {tr("When"), tr("Payment"), tr("Amount"), tr("Lines"), tr("By"), tr("Reason")});
    m_shipments = new QTreeWidget(this);
    m_shipments->setObjectName(QStringLiteral("shipmentsTree"));
    m_shipments->setHeaderLabels({tr("Parcel / event"), tr("Tracking number / place"),
                                  tr("Shipped / when"), tr("Delivered"), tr("Contents / status")});
    m_shipments->setAlternatingRowColors(true);
    m_shipments->header()->setStretchLastSection(true);

    auto button = [this](const QString& text, const char* name, auto slot) {
        auto* b = new QPushButton(text, this);
        b->setObjectName(QLatin1String(name));
        connect(b, &QPushButton::clicked, this, slot);
        return b;
    };
    m_pay = button(tr("Record &payment…"), "recordPayment", &FulfilmentPanel::recordPayment);
    m_capture = button(tr("&Capture"), "capturePayment", &FulfilmentPanel::capturePayment);
    m_capture->setToolTip(tr("The selected pending payment was received"));
    m_refund = button(tr("Re&fund…"), "refund", &FulfilmentPanel::refund);
    m_ship = button(tr("&Ship…"), "ship", &FulfilmentPanel::ship);
    m_track = button(tr("Add &tracking event…"), "addTracking", &FulfilmentPanel::addTrackingEvent);
    m_delivered = button(tr("Mark &delivered"), "markDelivered", &FulfilmentPanel::markDelivered);
    m_link = button(tr("Open tracking &link"), "trackingLink", &FulfilmentPanel::openTrackingLink);

    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(QStringLiteral("fulfilmentTabs"));
    m_tabs->addTab(withButtons(m_payments, {m_capture, m_pay}), tr("Payments"));
    m_tabs->addTab(withButtons(m_refunds, {m_refund}), tr("Refunds"));
    m_tabs->addTab(withButtons(m_shipments, {m_link, m_delivered, m_track, m_ship}),
                   tr("Shipments"));
    m_error = form::errorLabel(this);

    auto* facts = new QHBoxLayout;
    facts->addWidget(m_balance, 1);
    facts->addWidget(m_due);
    auto* v = new QVBoxLayout(this);
    v->addWidget(m_path);
    v->addLayout(facts);
    v->addWidget(m_tabs, 1);
    v->addWidget(m_error);

    connect(m_payments, &QTableWidget::itemSelectionChanged, this, &FulfilmentPanel::updateButtons);
    connect(m_shipments, &QTreeWidget::itemSelectionChanged, this, &FulfilmentPanel::updateButtons);
    reload();
}

FulfilmentPanel::~FulfilmentPanel() = default;

void FulfilmentPanel::reload()
{
    const Order o = m_orders.order(m_orderId);
    loadPath(o);
    const FulfilmentStore::Balance b = m_store->balance(m_orderId);
    QString money = tr("Paid %1 of %2").arg(b.paid().toString(), b.total.toString());
    if (b.refunded.minorUnits() > 0)
        money += tr(" · refunded %1").arg(b.refunded.toString());
    if (b.pending.minorUnits() > 0)
        money += tr(" · pending %1").arg(b.pending.toString());
    m_balance->setText(money);
    const fulfilment::Step step = fulfilment::stepOf(o.status, o.reviewState);
    if (o.dueAt.isValid() && step != fulfilment::Step::None && !o.isInvalid()) {
        const qint64 now = QDateTime::currentSecsSinceEpoch();
        const qint64 due = o.dueAt.toSecsSinceEpoch();
        m_due->setText(
            tr("%1: %2").arg(fulfilment::stepLabel(step), fulfilment::dueText(due, now)));
        m_due->setStyleSheet(due < now ? QStringLiteral("color: #c0392b; font-weight: bold;")
                                       : QString());
    } else {
        m_due->clear();
    }
    loadPayments();
    loadShipments();
    updateButtons();
}

void FulfilmentPanel::loadPath(const Order& o)
{
    while (QLayoutItem* item = m_pathLayout->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    const QList<PathStep> path = fulfilment::orderPath(o, m_orders.events(m_orderId));
    for (qsizetype i = 0; i < path.size(); ++i) {
        const PathStep& p = path[i];
        if (i > 0) {
            auto* arrow = new QLabel(QStringLiteral("→"), m_path);
            arrow->setAlignment(Qt::AlignCenter);
            m_pathLayout->addWidget(arrow);
            arrow->show();
        }
        QString detail;
        switch (p.state) {
        case PathStep::State::Done:
        case PathStep::State::Left:
            detail = p.at.isValid() ? when(p.at) : tr("done");
            break;
        case PathStep::State::Current:
            detail = tr("waiting");
            break;
        case PathStep::State::Skipped:
            detail = tr("not reviewed");
            break;
        case PathStep::State::Ahead:
            detail = QStringLiteral("·");
            break;
        }
        auto* l = new QLabel(QStringLiteral("<b>%1</b><br/><small>%2</small>")
                                 .arg(p.label.toHtmlEscaped(), detail.toHtmlEscaped()),
                             m_path);
        l->setObjectName(QStringLiteral("step_") + p.code);
        l->setAlignment(Qt::AlignCenter);
        l->setMinimumWidth(96);
        l->setToolTip(p.actor.isEmpty() ? QString() : fulfilment::actorLabel(p.actor));
        static const char* kStyle[] = {
            "background:#e3f4e6; color:#1e6b34; border:1px solid #9fd3ab;", // done
            "background:#fff4d6; color:#7a5600; border:1px solid #e6c15c;", // current
            "background:transparent; color:palette(mid); border:1px dashed palette(mid);",
            "background:transparent; color:palette(mid); border:1px dashed palette(mid);",
            "background:#fbe3e1; color:#8e2a20; border:1px solid #e8a49d;", // left
        };
        l->setStyleSheet(QStringLiteral("QLabel { %1 border-radius:6px; padding:4px 8px; }")
                             .arg(QLatin1String(kStyle[int(p.state)])));
        l->setProperty("stepState", int(p.state));
        m_pathLayout->addWidget(l);
        l->show();
    }
    m_pathLayout->addStretch(1);
}

void FulfilmentPanel::loadPayments()
{
    const QList<Payment> payments = m_store->payments(m_orderId);
    m_payments->setRowCount(int(payments.size()));
    for (int r = 0; r < payments.size(); ++r) {
        const Payment& p = payments[r];
        setRow(m_payments, r, p.id,
               {when(p.createdAt), fulfilment::builtinMethodLabel(p.method), p.amount.toString(),
                paymentstate::label(p.state),
                p.refunded.minorUnits() ? p.refunded.toString() : QString(), p.reference,
                fulfilment::actorLabel(p.createdBy)},
               2);
        m_payments->item(r, 0)->setData(Qt::UserRole + 1, int(p.state));
    }
    const QList<Refund> refunds = m_store->refunds(m_orderId);
    const QList<FulfilmentStore::LineState> lines = m_store->lineStates(m_orderId);
    m_refunds->setRowCount(int(refunds.size()));
    for (int r = 0; r < refunds.size(); ++r) {
        const Refund& f = refunds[r];
        QStringList parts;
        for (const RefundLine& rl : f.lines)
            for (const FulfilmentStore::LineState& l : lines)
                if (l.lineId == rl.lineId)
                    parts << tr("%1 × %2").arg(rl.quantity).arg(l.sku);
        setRow(m_refunds, r, f.id,
               {when(f.createdAt), tr("#%1").arg(f.paymentId), f.amount.toString(),
                parts.join(QStringLiteral(", ")), fulfilment::actorLabel(f.createdBy), f.reason},
               2);
    }
    m_payments->resizeColumnsToContents();
    m_refunds->resizeColumnsToContents();
}

void FulfilmentPanel::loadShipments()
{
    m_shipments->clear();
    const QList<FulfilmentStore::LineState> lines = m_store->lineStates(m_orderId);
    for (const Shipment& s : m_store->shipments(m_orderId)) {
        QStringList contents;
        for (const ShipmentLine& sl : s.lines)
            for (const FulfilmentStore::LineState& l : lines)
                if (l.lineId == sl.lineId)
                    contents << tr("%1 × %2").arg(sl.quantity).arg(l.sku);
        QString carrier = s.carrier;
        for (const Carrier& c : m_carriers)
            if (c.code == s.carrier)
                carrier = c.name;
        auto* item = new QTreeWidgetItem(
            m_shipments, {tr("#%1 %2").arg(s.id).arg(carrier), s.trackingNumber, when(s.shippedAt),
                          s.isDelivered() ? when(s.deliveredAt) : QString(),
                          contents.join(QStringLiteral(", "))});
        item->setData(0, Qt::UserRole, s.id);
        item->setData(1, Qt::UserRole, s.carrier);
        item->setData(3, Qt::UserRole, s.isDelivered());
        for (const TrackingEvent& e : s.events) {
            auto* child =
                new QTreeWidgetItem(item, {QString(), e.place, when(e.at), QString(), e.text});
            child->setData(0, Qt::UserRole, s.id);
            child->setToolTip(4, fulfilment::actorLabel(e.createdBy));
        }
        item->setExpanded(true);
    }
    for (int c = 0; c < 4; ++c)
        m_shipments->resizeColumnToContents(c);
}

void FulfilmentPanel::updateButtons()
{
    const Session& s = m_store->session();
    const bool invalid = m_orders.order(m_orderId).isInvalid();
    m_pay->setVisible(s.can(Permission::RecordPayments));
    m_capture->setVisible(s.can(Permission::RecordPayments));
    m_refund->setVisible(s.can(Permission::Refund));
    for (QPushButton* b : {m_ship, m_track, m_delivered})
        b->setVisible(s.can(Permission::Ship));
    m_pay->setEnabled(!invalid);
    m_ship->setEnabled(!invalid);
    const int row = m_payments->currentRow();
    m_capture->setEnabled(row >= 0 && m_payments->item(row, 0) &&
                          m_payments->item(row, 0)->data(Qt::UserRole + 1).toInt() ==
                              int(PaymentState::Pending));
    m_refund->setEnabled(m_store->balance(m_orderId).paid().minorUnits() > 0);
    const qint64 shipment = selectedShipment();
    m_track->setEnabled(shipment > 0);
    QString carrier;
    bool delivered = false;
    if (QTreeWidgetItem* item = m_shipments->currentItem()) {
        QTreeWidgetItem* top = item->parent() ? item->parent() : item;
        carrier = top->data(1, Qt::UserRole).toString();
        delivered = top->data(3, Qt::UserRole).toBool();
    }
    m_delivered->setEnabled(shipment > 0 && !delivered);
    bool hasLink = false;
    for (const Carrier& c : m_carriers)
        if (c.code == carrier && !c.urlTemplate.isEmpty())
            hasLink = true;
    m_link->setEnabled(shipment > 0 && hasLink);
}

qint64 FulfilmentPanel::selectedShipment() const
{
    QTreeWidgetItem* item = m_shipments->currentItem();
    return item ? item->data(0, Qt::UserRole).toLongLong() : 0;
}

template <typename F> void FulfilmentPanel::act(F&& write)
{
    m_error->hide();
    try {
        if (!write())
            return;
    } catch (const DocketError& e) {
        m_error->setText(e.message());
        m_error->show();
        return;
    }
    reload();
    emit changed();
}

void FulfilmentPanel::recordPayment()
{
    act([this] {
        PaymentDialog d(*m_store, m_orderId, this);
        return d.exec() == QDialog::Accepted;
    });
}

void FulfilmentPanel::capturePayment()
{
    const int row = m_payments->currentRow();
    if (row < 0)
        return;
    const qint64 id = m_payments->item(row, 0)->data(Qt::UserRole).toLongLong();
    act([&] {
        m_store->setPaymentState(id, PaymentState::Captured);
        return true;
    });
}

void FulfilmentPanel::refund()
{
    act([this] {
        RefundDialog d(*m_store, m_orderId, this);
        return d.exec() == QDialog::Accepted;
    });
}

void FulfilmentPanel::ship()
{
    act([this] {
        ShipDialog d(*m_store, m_orderId, this);
        return d.exec() == QDialog::Accepted;
    });
}

void FulfilmentPanel::addTrackingEvent()
{
    const qint64 shipment = selectedShipment();
    if (shipment == 0)
        return;
    act([&] {
        TrackingEventDialog d(*m_store, shipment, this);
        return d.exec() == QDialog::Accepted;
    });
}

void FulfilmentPanel::markDelivered()
{
    const qint64 shipment = selectedShipment();
    if (shipment == 0)
        return;
    act([&] {
        m_store->markDelivered(shipment);
        return true;
    });
}

void FulfilmentPanel::openTrackingLink()
{
    QTreeWidgetItem* item = m_shipments->currentItem();
    if (!item)
        return;
    QTreeWidgetItem* top = item->parent() ? item->parent() : item;
    for (const Carrier& c : m_carriers)
        if (c.code == top->data(1, Qt::UserRole).toString()) {
            const QString url = c.trackingUrl(top->text(1));
            if (!url.isEmpty())
                QDesktopServices::openUrl(QUrl(url));
        }
}

} // namespace docket
