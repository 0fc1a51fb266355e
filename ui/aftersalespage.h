#pragma once

#include "db/database.h"
#include "domain/returns.h"
#include "domain/session.h"

#include <QDialog>
#include <QWidget>
#include <memory>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableWidget;

namespace docket {

// After-sales: return requests with their age and the deadline of their next
// step (overdue ones marked), filtered by open / overdue / state; the
// selected return's lines and its order's feedback; approve, reject, receive
// (restock each line to a warehouse or write it off) and close with a refund,
// an exchange order or a repair — each shown to those whose role allows it.
class AfterSalesPage : public QWidget
{
    Q_OBJECT
public:
    AfterSalesPage(std::shared_ptr<const Database> db, Session session, QWidget* parent = nullptr);

    QComboBox* filterBox() const { return m_filter; }
    QTableWidget* returnList() const { return m_list; }
    QTableWidget* lineTable() const { return m_lines; }
    QPushButton* approveButton() const { return m_approve; }
    QPushButton* closeButton() const { return m_close; }
    qint64 currentReturn() const;

public slots:
    void refresh();
    void approve();
    void reject();
    void receive();
    void close();

signals:
    void statusMessage(const QString& message, int timeoutMs = 5000);
    // A receipt restocked goods (the catalogue follows).
    void stockChanged();

protected:
    void showEvent(QShowEvent* event) override;

private:
    void showDetail();
    void fail(const QString& title, const QString& message);

    std::shared_ptr<const Database> m_db;
    Session m_session;
    QComboBox* m_filter;
    QTableWidget* m_list;
    QTableWidget* m_lines;
    QLabel* m_summary;
    QLabel* m_feedback;
    QPushButton* m_approve;
    QPushButton* m_reject;
    QPushButton* m_receive;
    QPushButton* m_close;
};

// Receiving a return: for each line, the warehouse it goes back to or
// "write off".
class ReceiveReturnDialog : public QDialog
{
    Q_OBJECT
public:
    ReceiveReturnDialog(const ReturnRequest& request, QSqlDatabase db, Session session,
                        QWidget* parent = nullptr);
    QTableWidget* lineTable() const { return m_lines; }
public slots:
    void accept() override;

private:
    ReturnRequest m_request;
    QSqlDatabase m_db;
    Session m_session;
    QTableWidget* m_lines;
    QLabel* m_error;
};

// Closing a return: refund (an amount), exchange (a replacement order) or
// repair (a note).
class CloseReturnDialog : public QDialog
{
    Q_OBJECT
public:
    CloseReturnDialog(const ReturnRequest& request, QSqlDatabase db, Session session,
                      QWidget* parent = nullptr);
    QComboBox* resolutionBox() const { return m_resolution; }
    QLineEdit* amountEdit() const { return m_amount; }
    QLineEdit* noteEdit() const { return m_note; }
public slots:
    void accept() override;

private:
    ReturnRequest m_request;
    QSqlDatabase m_db;
    Session m_session;
    QComboBox* m_resolution;
    QLineEdit* m_amount;
    QLineEdit* m_note;
    QLabel* m_error;
};

} // namespace docket
