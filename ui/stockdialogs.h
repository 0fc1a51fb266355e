#pragma once

#include "domain/session.h"
#include "domain/stock.h"
#include "stores/cataloguestore.h"

#include <QDialog>
#include <QSqlDatabase>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QSpinBox;
class QTableWidget;

namespace docket {

// The dialogs of the catalogue and stock pages. Each checks what it can
// before it calls the store (which checks again, in the same words) and
// shows the store's refusal in its form's error line instead of closing.

// A product, new (id 0) or edited.
class ProductDialog : public QDialog
{
    Q_OBJECT
public:
    ProductDialog(QSqlDatabase db, Session session, const Product& product,
                  QWidget* parent = nullptr);

    qint64 savedId() const { return m_savedId; }
    QLineEdit* skuEdit() const { return m_sku; }
    QLineEdit* nameEdit() const { return m_name; }
    QLineEdit* priceEdit() const { return m_price; }
    QLineEdit* costEdit() const { return m_cost; }
    QSpinBox* safetyEdit() const { return m_safety; }

public slots:
    void accept() override;

private:
    QSqlDatabase m_db;
    Session m_session;
    Product m_product;
    qint64 m_savedId = 0;
    QLineEdit* m_sku;
    QLineEdit* m_name;
    QLineEdit* m_price;
    QLineEdit* m_cost;
    QSpinBox* m_safety;
    QCheckBox* m_active;
    QLabel* m_error;
};

// Goods in for one product, or a correction or write-off of its stock.
class StockChangeDialog : public QDialog
{
    Q_OBJECT
public:
    enum class Mode { Receive, Adjust, WriteOff };
    StockChangeDialog(QSqlDatabase db, Session session, const Product& product, Mode mode,
                      qint64 warehouseId = 0, QWidget* parent = nullptr);

    QComboBox* warehouseBox() const { return m_warehouse; }
    QSpinBox* quantityEdit() const { return m_quantity; }
    QLineEdit* reasonEdit() const { return m_reason; }

public slots:
    void accept() override;

private:
    void showLevel();

    QSqlDatabase m_db;
    Session m_session;
    Product m_product;
    Mode m_mode;
    QComboBox* m_warehouse;
    QSpinBox* m_quantity;
    QLineEdit* m_reason;
    QLabel* m_level;
    QLabel* m_error;
};

// A product CSV: the file's rows with their problems named, imported all or
// nothing.
class ImportProductsDialog : public QDialog
{
    Q_OBJECT
public:
    ImportProductsDialog(QSqlDatabase db, Session session, QWidget* parent = nullptr);

    // Reads `path` and shows the preview (the file chooser calls it too).
    bool loadFile(const QString& path);
    QTableWidget* table() const { return m_table; }
    QPushButton* importButton() const { return m_import; }
    int imported() const { return m_imported; }

public slots:
    void accept() override;

private:
    void chooseFile();

    QSqlDatabase m_db;
    Session m_session;
    QList<CatalogueStore::ImportRow> m_rows;
    QLabel* m_file;
    QLabel* m_summary;
    QTableWidget* m_table;
    QPushButton* m_import;
    QLabel* m_error;
    int m_imported = 0;
};

// The warehouses and where each sales channel's orders reserve.
class WarehousesDialog : public QDialog
{
    Q_OBJECT
public:
    WarehousesDialog(QSqlDatabase db, Session session, QWidget* parent = nullptr);

    QTableWidget* table() const { return m_table; }
    bool changed() const { return m_changed; }

private:
    void reload();
    void editWarehouse(qint64 id);
    void channelChosen(const QString& channel, qint64 warehouseId);

    QSqlDatabase m_db;
    Session m_session;
    QTableWidget* m_table;
    QWidget* m_channels;
    QLabel* m_error;
    bool m_changed = false;
};

// One warehouse, new (id 0) or edited.
class WarehouseDialog : public QDialog
{
    Q_OBJECT
public:
    WarehouseDialog(QSqlDatabase db, Session session, const Warehouse& warehouse,
                    QWidget* parent = nullptr);
    QLineEdit* codeEdit() const { return m_code; }
    QLineEdit* nameEdit() const { return m_name; }

public slots:
    void accept() override;

private:
    QSqlDatabase m_db;
    Session m_session;
    Warehouse m_warehouse;
    QLineEdit* m_code;
    QLineEdit* m_name;
    QPlainTextEdit* m_address;
    QCheckBox* m_active;
    QLabel* m_error;
};

} // namespace docket
