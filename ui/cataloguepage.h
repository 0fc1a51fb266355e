#pragma once

#include "db/database.h"
#include "db/workerthread.h"
#include "domain/session.h"

#include <QSet>
#include <QWidget>
#include <memory>

class QAction;
class QComboBox;
class QLabel;
class QLineEdit;
class QSplitter;
class QTableView;
class QTableWidget;
class QTimer;
class QToolButton;

namespace docket {

class ProductTableModel;

// The catalogue: every product with its stock (over all warehouses or in
// one), searched by SKU or name, the low-stock and backordered ones one click
// away; the selected product's stock per warehouse and its latest movements
// beside the list. New/edit products, import and export them as CSV, receive,
// correct and write off stock, and the warehouses and the channel each one
// serves — each action shown to those whose role allows it.
class CataloguePage : public QWidget
{
    Q_OBJECT
public:
    CataloguePage(std::shared_ptr<const Database> db, Session session, QWidget* parent = nullptr);
    ~CataloguePage() override;

    ProductTableModel* model() const { return m_model; }
    QTableView* view() const { return m_view; }
    QLineEdit* searchEdit() const { return m_search; }
    QToolButton* lowButton() const { return m_low; }
    QTableWidget* levelsTable() const { return m_levels; }
    QTableWidget* movementsTable() const { return m_movements; }
    QComboBox* warehouseBox() const { return m_warehouse; }
    // The selected product's id (0: none).
    qint64 currentProductId() const;

public slots:
    // Shows only the products low on stock.
    void showLowStock();
    // Reloads the list and the detail (the data changed somewhere).
    void refresh();
    void newProduct();
    void editProduct();
    void receiveStock();
    void adjustStock();
    void writeOff();
    void importProducts();
    // Asks for a file, then exportProductsTo() it.
    void exportProducts();
    // The products the list shows, as the import's CSV, into `path`, on a
    // thread of its own (the window stays responsive): written beside it and
    // moved into place, so a failed write leaves no half file (and an old
    // file as it was). Says how it went (status or a warning), then
    // exportFinished(). Refused while an export runs.
    void exportProductsTo(const QString& path);
    void manageWarehouses();

signals:
    void statusMessage(const QString& message, int timeoutMs = 5000);
    // The low-stock count of the whole catalogue changed.
    void lowCountChanged(qint64 count);
    // An export of exportProductsTo() ended: written, or not (said why).
    void exportFinished(bool written);

private:
    void applyFilter();
    void reloadWarehouses();
    void showDetail();
    void updateActions();
    void updateFooter();
    // Gives each column its default width while the list has room for them
    // and a product's name; in a narrower list the columns the user has not
    // sized give up width, down to what their values need (a heading that
    // no longer fits is elided; its tooltip names it), before the name is
    // cut: no horizontal scrolling at 1280 px.
    void fitColumns();
    // What a figure column needs: a wide value, or a wider one in sight.
    int compactWidth(int column) const;
    // The list's share of the page: three fifths, or what its columns need
    // with their headings whole and a product's name when that is more (the
    // details keep 300 px); left alone once the user moves the bar.
    void balanceSplit();
    bool eventFilter(QObject* watched, QEvent* event) override;

    std::shared_ptr<const Database> m_db;
    Session m_session;
    ProductTableModel* m_model;
    QTableView* m_view;
    QLineEdit* m_search;
    QComboBox* m_warehouse;
    QComboBox* m_activity;
    QToolButton* m_low;
    QToolButton* m_backordered;
    QTimer* m_debounce;
    QLabel* m_title;
    QLabel* m_facts;
    QTableWidget* m_levels = nullptr;
    QTableWidget* m_movements = nullptr;
    QLabel* m_footer;
    QList<int> m_defaultWidths; // per column; the name's is what it needs at least
    QList<int> m_compactWidths;
    QSet<int> m_sizedByUser;
    bool m_fitting = false;
    QSplitter* m_split = nullptr;
    bool m_splitMoved = false; // by the user: kept
    QAction* m_new;
    QAction* m_edit;
    QAction* m_receive;
    QAction* m_adjust;
    QAction* m_writeOff;
    QAction* m_import;
    QAction* m_export;
    QAction* m_warehouses;
    // Last: destroyed first, it cancels and waits for a running export.
    std::unique_ptr<WorkerThread> m_exportWorker;
};

} // namespace docket
