#pragma once

#include "domain/session.h"
#include "items/loaderthread.h"
#include "stores/cataloguestore.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QSet>
#include <memory>
#include <optional>

namespace docket {

// One row of the catalogue page.
struct ProductRow
{
    ProductStock stock;
    std::optional<double> daysOfCover; // at the last 30 days' shipments; none without
};

// Loads the catalogue's pages and counts on a thread and connection of its
// own (CatalogueStore), so that the window never waits for the database.
// Requests carry the model's generation; results of an older one are
// dropped by the model.
class ProductLoader : public LoaderThread
{
    Q_OBJECT
public:
    ProductLoader(std::shared_ptr<const Database> db, Session session);
    ~ProductLoader() override;

    // Thread-safe: queued to the loader's thread.
    void requestCount(quint64 generation, const CatalogueFilter& filter);
    void requestPage(quint64 generation, const CatalogueFilter& filter, const CatalogueSort& sort,
                     int page, int pageSize);

signals:
    void countLoaded(quint64 generation, qint64 count, qint64 lowCount);
    void pageLoaded(quint64 generation, int page, const QList<docket::ProductRow>& rows);
    void failed(quint64 generation, const QString& message);

private:
    void useConnection(const QSqlDatabase& connection) override;
    void dropStore() override { m_store.reset(); }
    bool isStale() const override { return false; } // every request is answered

    Session m_session;
    std::unique_ptr<CatalogueStore> m_store; // loader thread only
};

// The catalogue as a table: a known row count, pages of kPageSize rows
// loaded on demand off the GUI thread (placeholders until they arrive),
// filter and sort in SQL. refresh() reloads what is on screen without a reset
// when the data changed elsewhere (ChangeWatcher).
class ProductTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column {
        Sku,
        Name,
        Price,
        Cost,
        SafetyStock,
        OnHand,
        Reserved,
        Available,
        Backordered,
        DaysOfCover,
        ColumnCount
    };
    enum Role {
        ProductIdRole = Qt::UserRole + 1,
        LowRole,      // bool
        ActiveRole,   // bool
        LoadedRole,   // bool: the row's page has arrived
        SortValueRole // raw number for sorting and tests
    };
    static constexpr int kPageSize = 200;

    ProductTableModel(std::shared_ptr<const Database> db, Session session,
                      QObject* parent = nullptr);
    ~ProductTableModel() override;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

    void setFilter(const CatalogueFilter& filter);
    const CatalogueFilter& filter() const { return m_filter; }
    const CatalogueSort& sortOrder() const { return m_sort; }
    // Which columns sort (in SQL, by an index).
    static bool isSortable(int column);
    // The row of a product on a loaded page (nullopt when not loaded).
    std::optional<ProductRow> rowAt(int row) const;
    // How many rows match (known once the count arrived) and how many
    // products are low on stock in the whole catalogue.
    qint64 lowCount() const { return m_lowCount; }
    bool countKnown() const { return m_countKnown; }

public slots:
    // Reloads the count and the pages that were loaded, keeping them on
    // screen meanwhile.
    void refresh();

signals:
    void countChanged(qint64 count);
    void lowCountChanged(qint64 lowCount);
    void loadFailed(const QString& message);
    // Every requested page has arrived (tests and benchmarks wait for it).
    void idle();

private:
    void reset();
    void requestPage(int page) const;
    void onCount(quint64 generation, qint64 count, qint64 lowCount);
    void onPage(quint64 generation, int page, const QList<ProductRow>& rows);

    std::unique_ptr<ProductLoader> m_loader;
    CatalogueFilter m_filter;
    CatalogueSort m_sort;
    quint64 m_generation = 1;
    qint64 m_count = 0;
    bool m_countKnown = false;
    qint64 m_lowCount = 0;
    QHash<int, QList<ProductRow>> m_pages;
    mutable QSet<int> m_requested;
};

} // namespace docket

Q_DECLARE_METATYPE(docket::ProductRow)
