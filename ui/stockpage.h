#pragma once

#include "db/database.h"
#include "domain/session.h"

#include <QDialog>
#include <QWidget>
#include <memory>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTabWidget;
class QTableWidget;

namespace docket {

class StockAnalyticsView;

// Stock work beyond single products: stocktakes (start a count, enter or
// import counted quantities, see expected against counted with what moved
// during the count, post), transfers between warehouses (draft, send,
// receive with any shortfall) and the ledger itself.
class StockPage : public QWidget
{
    Q_OBJECT
public:
    StockPage(std::shared_ptr<const Database> db, Session session, QWidget* parent = nullptr);
    ~StockPage() override;

    QTabWidget* tabs() const { return m_tabs; }
    QTableWidget* stocktakeList() const { return m_takes; }
    QTableWidget* stocktakeLines() const { return m_takeLines; }
    QTableWidget* transferList() const { return m_transfers; }
    QTableWidget* transferLines() const { return m_transferLines; }
    QTableWidget* movementTable() const { return m_movements; }
    // The Analytics tab; none without "view analytics".
    StockAnalyticsView* analytics() const { return m_analytics; }
    QPushButton* postButton() const { return m_post; }
    QPushButton* saveCountsButton() const { return m_saveCounts; }
    qint64 currentStocktake() const;
    qint64 currentTransfer() const;

public slots:
    void refresh();
    void startStocktake();
    void importCounts();
    void saveCounts();
    void postStocktake();
    void cancelStocktake();
    void newTransfer();
    void sendTransfer();
    void receiveTransfer();
    void cancelTransfer();

signals:
    void statusMessage(const QString& message, int timeoutMs = 5000);
    // Stock changed here (the catalogue and the badge follow).
    void stockChanged();

protected:
    void showEvent(QShowEvent* event) override;

private:
    QWidget* buildStocktakes();
    QWidget* buildTransfers();
    QWidget* buildMovements();
    void reloadStocktakes();
    void showStocktake();
    void reloadTransfers();
    void showTransfer();
    void reloadMovements();
    bool confirmUnsavedCounts();
    void fail(const QString& title, const QString& message);

    std::shared_ptr<const Database> m_db;
    Session m_session;
    QTabWidget* m_tabs;
    StockAnalyticsView* m_analytics = nullptr;
    // stocktakes
    QTableWidget* m_takes;
    QTableWidget* m_takeLines;
    QLabel* m_takeSummary;
    QLineEdit* m_lineSearch;
    QPushButton* m_start;
    QPushButton* m_import;
    QPushButton* m_saveCounts;
    QPushButton* m_post;
    QPushButton* m_cancelTake;
    bool m_countsEdited = false;
    // transfers
    QTableWidget* m_transfers;
    QTableWidget* m_transferLines;
    QLabel* m_transferSummary;
    QPushButton* m_newTransfer;
    QPushButton* m_send;
    QPushButton* m_receive;
    QPushButton* m_cancelTransfer;
    // ledger
    QLineEdit* m_movementSku;
    QComboBox* m_movementKind;
    QTableWidget* m_movements;
};

// Start a count: a warehouse, and optionally only some SKUs.
class StartStocktakeDialog : public QDialog
{
    Q_OBJECT
public:
    StartStocktakeDialog(QSqlDatabase db, Session session, QWidget* parent = nullptr);
    qint64 startedId() const { return m_started; }
    QComboBox* warehouseBox() const { return m_warehouse; }
    QLineEdit* skusEdit() const { return m_skus; }

public slots:
    void accept() override;

private:
    QSqlDatabase m_db;
    Session m_session;
    QComboBox* m_warehouse;
    QLineEdit* m_skus;
    QLineEdit* m_note;
    QLabel* m_error;
    qint64 m_started = 0;
};

// A new transfer: from, to, and "SKU quantity" lines.
class NewTransferDialog : public QDialog
{
    Q_OBJECT
public:
    NewTransferDialog(QSqlDatabase db, Session session, QWidget* parent = nullptr);
    qint64 createdId() const { return m_created; }
    QComboBox* fromBox() const { return m_from; }
    QComboBox* toBox() const { return m_to; }
    QTableWidget* linesTable() const { return m_lines; }

public slots:
    void accept() override;

private:
    QSqlDatabase m_db;
    Session m_session;
    QComboBox* m_from;
    QComboBox* m_to;
    QTableWidget* m_lines;
    QLineEdit* m_note;
    QLabel* m_error;
    qint64 m_created = 0;
};

} // namespace docket
