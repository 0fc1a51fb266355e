#pragma once

#include "domain/fulfilment.h"

#include <QDialog>
#include <functional>

class QComboBox;
class QDateTimeEdit;
class QLabel;
class QLineEdit;
class QTableWidget;

namespace docket {

class FulfilmentStore;

// The small forms of the order dialog's fulfilment tab. Each one writes
// through FulfilmentStore when accepted and stays open with the store's
// message (naming the problem) when it refuses; nothing is half-written.
class FulfilmentForm : public QDialog
{
    Q_OBJECT
public:
    QLabel* errorLabel() const { return m_error; }
    // The id of the record written (0 until accepted).
    qint64 written() const { return m_written; }

public slots:
    void accept() override;

protected:
    FulfilmentForm(FulfilmentStore& store, const QString& title, QWidget* parent);
    // Builds the layout: `form` above the error and the buttons.
    void finish(QLayout* form, const QString& acceptText);
    // Writes; returns the new record's id. Throws DocketError.
    virtual qint64 write() = 0;
    void fail(const QString& message);

    FulfilmentStore& m_store;

private:
    QLabel* m_error = nullptr;
    qint64 m_written = 0;
};

// Record a payment: method, amount (the amount still owed to start with),
// the provider's reference, captured or pending.
class PaymentDialog : public FulfilmentForm
{
    Q_OBJECT
public:
    PaymentDialog(FulfilmentStore& store, qint64 orderId, QWidget* parent = nullptr);
    QComboBox* methodCombo() const { return m_method; }
    QLineEdit* amountEdit() const { return m_amount; }
    QLineEdit* referenceEdit() const { return m_reference; }
    QComboBox* stateCombo() const { return m_state; }

protected:
    qint64 write() override;

private:
    qint64 m_orderId;
    QString m_currency;
    QComboBox* m_method;
    QLineEdit* m_amount;
    QLineEdit* m_reference;
    QComboBox* m_state;
};

// A refund back to one payment, by amount or by lines and quantities.
class RefundDialog : public FulfilmentForm
{
    Q_OBJECT
public:
    RefundDialog(FulfilmentStore& store, qint64 orderId, QWidget* parent = nullptr);
    QComboBox* paymentCombo() const { return m_payment; }
    QComboBox* byCombo() const { return m_by; }
    QLineEdit* amountEdit() const { return m_amount; }
    QTableWidget* linesTable() const { return m_lines; }
    QLineEdit* reasonEdit() const { return m_reason; }

protected:
    qint64 write() override;

private:
    qint64 m_orderId;
    QString m_currency;
    QComboBox* m_payment;
    QComboBox* m_by;
    QLineEdit* m_amount;
    QTableWidget* m_lines;
    QLineEdit* m_reason;
};

// A parcel: carrier, tracking number, the lines and quantities in it (all
// that is not shipped yet to start with).
class ShipDialog : public FulfilmentForm
{
    Q_OBJECT
public:
    ShipDialog(FulfilmentStore& store, qint64 orderId, QWidget* parent = nullptr);
    QComboBox* carrierCombo() const { return m_carrier; }
    QLineEdit* trackingEdit() const { return m_tracking; }
    QTableWidget* linesTable() const { return m_lines; }

protected:
    qint64 write() override;

private:
    qint64 m_orderId;
    QComboBox* m_carrier;
    QLineEdit* m_tracking;
    QTableWidget* m_lines;
};

// A tracking event typed by hand: when, where, what the carrier says.
class TrackingEventDialog : public FulfilmentForm
{
    Q_OBJECT
public:
    TrackingEventDialog(FulfilmentStore& store, qint64 shipmentId, QWidget* parent = nullptr);
    QDateTimeEdit* timeEdit() const { return m_at; }
    QLineEdit* placeEdit() const { return m_place; }
    QLineEdit* textEdit() const { return m_text; }

protected:
    qint64 write() override;

private:
    qint64 m_shipmentId;
    QDateTimeEdit* m_at;
    QLineEdit* m_place;
    QLineEdit* m_text;
};

} // namespace docket
