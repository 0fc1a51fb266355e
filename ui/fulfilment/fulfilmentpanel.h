#pragma once

#include "domain/fulfilment.h"

#include <QWidget>
#include <memory>

class QHBoxLayout;
class QLabel;
class QPushButton;
class QTableWidget;
class QTabWidget;
class QTreeWidget;

namespace docket {

class FulfilmentStore;
class OrderStore;

// The order dialog's fulfilment tab (issue 15): the order's path at a glance
// (placed -> reviewed -> paid -> shipped -> delivered, with the time of each
// step, or where it left it), what is paid of what is owed, when its step is
// due, and tabs for its payments, refunds and shipments with their tracking
// events. The buttons follow the session's rights; each write goes through
// FulfilmentStore and the panel emits changed() so the dialog reloads the
// order (its status follows the records).
class FulfilmentPanel : public QWidget
{
    Q_OBJECT
public:
    FulfilmentPanel(OrderStore& orders, qint64 orderId, QWidget* parent = nullptr);
    ~FulfilmentPanel() override;

    FulfilmentStore& store() const { return *m_store; }
    QWidget* pathStrip() const { return m_path; }
    QLabel* balanceLabel() const { return m_balance; }
    QLabel* dueLabel() const { return m_due; }
    QTableWidget* paymentsTable() const { return m_payments; }
    QTableWidget* refundsTable() const { return m_refunds; }
    QTreeWidget* shipmentsTree() const { return m_shipments; }
    QTabWidget* tabs() const { return m_tabs; }

public slots:
    void reload();
    void recordPayment();
    void capturePayment();
    void refund();
    void ship();
    void addTrackingEvent();
    void markDelivered();
    void openTrackingLink();

signals:
    void changed();

private:
    void loadPath(const Order& o);
    void loadPayments();
    void loadShipments();
    void updateButtons();
    qint64 selectedShipment() const;
    // Runs a write; shows the store's refusal; reloads and emits changed().
    template <typename F> void act(F&& write);

    OrderStore& m_orders;
    qint64 m_orderId;
    std::unique_ptr<FulfilmentStore> m_store;
    QList<Carrier> m_carriers;
    QWidget* m_path;
    QHBoxLayout* m_pathLayout;
    QLabel* m_balance;
    QLabel* m_due;
    QTabWidget* m_tabs;
    QTableWidget* m_payments;
    QTableWidget* m_refunds;
    QTreeWidget* m_shipments;
    QPushButton* m_pay;
    QPushButton* m_capture;
    QPushButton* m_refund;
    QPushButton* m_ship;
    QPushButton* m_track;
    QPushButton* m_delivered;
    QPushButton* m_link;
    QLabel* m_error;
};

} // namespace docket
