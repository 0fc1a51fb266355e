#pragma once

#include "orderloader.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QSet>
#include <memory>

namespace docket {

// The order list at any size. rowCount() is the filtered count; rows are
// fetched in pages of kPageSize by an OrderLoader on its own thread (keyset
// paging from a cached neighbour, OFFSET only for a far jump, counted from
// whichever end is nearer), kept in an LRU cache of at most cacheLimit() pages,
// so memory stays flat at any table size. Rows not loaded yet show a
// placeholder. Filtering and sorting are SQL. refresh() picks up changes made
// elsewhere and keeps persistent indexes (selection, current row) on the same
// orders.
class OrderTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Role {
        IdRole = Qt::UserRole + 1,
        IsNewRole,
        InvalidRole,
        OverdueRole,
        StatusCodeRole,
        LoadedRole,
        TotalRole, // Money
        NumberRole,
        InvalidReasonRole,
        ColumnKeyRole, // headerData: the column's key (ordercolumns)
        // The Due column's cells: int(fulfilment::DueState) of the row now
        // (what colour the time left or overdue takes); other cells: none.
        DueStateRole,
    };
    static constexpr int kPageSize = 200;

    OrderTableModel(std::shared_ptr<const Database> db, Session session, QObject* parent = nullptr);
    ~OrderTableModel() override;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

    // Replaces the filter (call OrderFilter::validate() first); reloads.
    void setFilter(const OrderFilter& filter);
    const OrderFilter& filter() const { return m_spec.filter; }
    const OrderSort& sortSpec() const { return m_spec.sort; }
    void setSortSpec(const OrderSort& sort);
    // Whether the list can sort by model column `column` (ordercolumns).
    static bool isSortable(int column);
    // Read each order's units (the Items column): a look-up per row.
    void setWithItems(bool on);
    bool withItems() const { return m_spec.withItems; }

    // Counts: the list's (exact once known), and new orders in scope.
    qint64 totalCount() const { return m_count; }
    bool isCountExact() const { return m_countExact; }
    // Not exact yet, but an estimate of the whole (OrderStore::quickCount)
    // rather than the rows loaded so far.
    bool isCountEstimate() const { return m_countEstimate; }
    qint64 newCount() const { return m_newCount; }
    bool isLoading() const { return !m_pending.isEmpty() || m_countPending || m_refreshTicket; }

    // The row if its page is loaded.
    std::optional<OrderSummary> rowAt(int row) const;
    // Row of a loaded order, or -1.
    int rowOfId(qint64 id) const;
    // One order changed (e.g. saved in its dialog): update that row only.
    void updateRow(const OrderSummary& row);

    // Re-counts, keeps persistent indexes on their orders, reloads shown pages.
    void refresh();

    int cacheLimit() const { return m_cacheLimit; }
    void setCacheLimit(int pages) { m_cacheLimit = std::max(4, pages); }
    int cachedPages() const { return int(m_cache.size()); }

signals:
    void countChanged(qint64 count, bool exact);
    void newCountChanged(qint64 count);
    void loadingChanged(bool loading);
    void errorOccurred(const QString& message);
    void refreshed();

private:
    struct Page
    {
        QList<OrderSummary> rows;
        quint64 lastUse = 0;
        bool stale = false;
    };

    void reload(const Session* readFirstPageWith = nullptr);
    bool readFirstPageHere(const Session& session);
    void requestPage(int page) const;
    void onPageLoaded(quint64 generation, int page, const QList<OrderSummary>& rows);
    void onPageDropped(quint64 generation, int page);
    void onCountEstimated(quint64 generation, qint64 estimate);
    void onCountLoaded(quint64 generation, qint64 count, qint64 newCount);
    void onRefreshed(quint64 generation, quint64 ticket, qint64 count, qint64 newCount,
                     const QList<qint64>& ranks);
    void onFailed(quint64 generation, const QString& message);
    void setRowCount(qint64 count);
    void evict() const;
    void emitLoading(bool before);
    void setNewCount(qint64 n);

    std::shared_ptr<const Database> m_db;
    std::unique_ptr<OrderLoader> m_loader;
    OrderQuerySpec m_spec;
    quint64 m_generation = 1;
    int m_rows = 0;     // what rowCount() reports
    qint64 m_count = 0; // best knowledge of the list's size
    bool m_countExact = false;
    bool m_countEstimate = false;
    bool m_countPending = false;
    qint64 m_newCount = 0;
    int m_cacheLimit = 100;
    quint64 m_refreshTicket = 0; // non-zero while a refresh is under way
    quint64 m_nextTicket = 1;
    bool m_refreshAgain = false;
    QList<qint64> m_anchorIds; // ids whose ranks the pending refresh asked for
    mutable QHash<int, Page> m_cache;
    mutable QSet<int> m_pending;
    mutable quint64 m_useClock = 0;
};

} // namespace docket
