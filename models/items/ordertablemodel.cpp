#include "ordertablemodel.h"

#include "domain/errors.h"
#include "domain/fulfilment.h"
#include "i18n.h"
#include "ordercolumns.h"

#include <QDateTime>
#include <QLocale>

namespace docket {

namespace {
const ordercolumns::Column* columnAt(int section)
{
    const auto& list = ordercolumns::listColumns();
    return section >= 0 && section < list.size() ? list[section] : nullptr;
}

bool rightAligned(const ordercolumns::Column* c)
{
    return c && (c->kind == ordercolumns::Kind::Money || c->kind == ordercolumns::Kind::Count);
}
} // namespace

OrderTableModel::OrderTableModel(std::shared_ptr<const Database> db, Session session,
                                 QObject* parent)
    : QAbstractTableModel(parent), m_db(std::move(db)),
      m_loader(std::make_unique<OrderLoader>(m_db, session))
{
    connect(m_loader.get(), &OrderLoader::pageLoaded, this, &OrderTableModel::onPageLoaded);
    connect(m_loader.get(), &OrderLoader::pageDropped, this, &OrderTableModel::onPageDropped);
    connect(m_loader.get(), &OrderLoader::countEstimated, this, &OrderTableModel::onCountEstimated);
    connect(m_loader.get(), &OrderLoader::countLoaded, this, &OrderTableModel::onCountLoaded);
    connect(m_loader.get(), &OrderLoader::refreshed, this, &OrderTableModel::onRefreshed);
    connect(m_loader.get(), &OrderLoader::failed, this, &OrderTableModel::onFailed);
    // Opening a team database: the loader thread's own connection is a second
    // login to the server (a new server process, authentication, cold
    // caches). The first page is read here, on the connection the window
    // already has (just opened, its schema checked), while the loader logs
    // in and counts; it reads every page after.
    reload(m_db->config().backend == Backend::PostgreSQL ? &session : nullptr);
}

// Page 0 of the current spec on this thread's connection; false (nothing
// changed) when it cannot be read, and the loader then reads it and reports
// what went wrong as for any other page.
bool OrderTableModel::readFirstPageHere(const Session& session)
{
    QList<OrderSummary> rows;
    try {
        OrderStore store(m_db->connection(), session);
        store.setWithItems(m_spec.withItems);
        rows = store.page(m_spec.filter, m_spec.sort, kPageSize);
    } catch (const DocketError&) {
        return false;
    }
    onPageLoaded(m_generation, 0, rows);
    return true;
}

OrderTableModel::~OrderTableModel()
{
    // Stop the loader before the signals it may still emit have no receiver.
    m_loader->disconnect(this);
    m_loader.reset();
}

int OrderTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : m_rows;
}

int OrderTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(ordercolumns::listColumns().size());
}

QVariant OrderTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return {};
    const ordercolumns::Column* c = columnAt(section);
    if (!c)
        return {};
    if (role == Qt::TextAlignmentRole && rightAligned(c))
        return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    if (role == ColumnKeyRole)
        return c->id();
    if (role != Qt::DisplayRole)
        return {};
    return ordercolumns::title(*c);
}

QVariant OrderTableModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows)
        return {};
    const int pageNo = index.row() / kPageSize;
    const int inPage = index.row() % kPageSize;
    auto it = m_cache.find(pageNo);
    if (it == m_cache.end() || inPage >= it->rows.size()) {
        if (it == m_cache.end() || it->stale)
            requestPage(pageNo);
        if (role == LoadedRole)
            return false;
        if (role == Qt::DisplayRole && index.column() == 0)
            return QStringLiteral("…");
        return {};
    }
    it->lastUse = ++m_useClock;
    if (it->stale)
        requestPage(pageNo);
    const OrderSummary& r = it->rows[inPage];
    const ordercolumns::Column* column = columnAt(index.column());
    switch (role) {
    case Qt::DisplayRole:
        // In the list an invalid order's reason says more than its status
        // (the tooltip has both; the export has columns of its own for it).
        if (column && column->sort == OrderColumn::Status && r.invalid)
            return r.invalidReason.isEmpty() ? tr("Invalid")
                                             : tr("Invalid: %1").arg(r.invalidReason.simplified());
        return column ? ordercolumns::displayText(*column, r) : QVariant();
    case Qt::TextAlignmentRole:
        if (rightAligned(column))
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        return QVariant::fromValue(Qt::AlignLeft | Qt::AlignVCenter);
    case Qt::ToolTipRole:
        if (column && column->sort == OrderColumn::Total)
            if (QString paid = ordercolumns::paymentText(r); !paid.isEmpty())
                return paid;
        if (column && column->kind == ordercolumns::Kind::Due && !r.invalid)
            if (QString due = ordercolumns::dueToolTip(r); !due.isEmpty())
                return due;
        if (column && column->sort == OrderColumn::Status && !r.invalid)
            if (QString held = ordercolumns::reviewText(r); !held.isEmpty())
                return held;
        if (r.invalid)
            return r.invalidReason.isEmpty()
                       ? tr("%1 is marked invalid (status: %2).")
                             .arg(r.number, status::labelForCode(r.status))
                       : tr("%1 is marked invalid: %2 (status: %3).")
                             .arg(r.number, r.invalidReason, status::labelForCode(r.status));
        if (r.isNew && r.overdue)
            return tr("%1 is new (nobody has opened it yet) and overdue.").arg(r.number);
        if (r.isNew)
            return tr("%1 is new: nobody has opened it yet.").arg(r.number);
        if (r.overdue)
            return tr("%1 is overdue.").arg(r.number);
        return {};
    case InvalidReasonRole:
        return r.invalidReason;
    case IdRole:
        return r.id;
    case IsNewRole:
        return r.isNew;
    case InvalidRole:
        return r.invalid;
    case OverdueRole:
        return r.overdue;
    case DueStateRole:
        if (column && column->kind == ordercolumns::Kind::Due)
            return int(fulfilment::dueState(r.dueAt, QDateTime::currentSecsSinceEpoch()));
        return {};
    case StatusCodeRole:
        return r.status;
    case LoadedRole:
        return true;
    case TotalRole:
        return QVariant::fromValue(r.total);
    case NumberRole:
        return r.number;
    default:
        return {};
    }
}

void OrderTableModel::sort(int column, Qt::SortOrder order)
{
    // Only columns with an index behind them sort (a million rows by email
    // would be a full scan); the others keep the current order.
    const ordercolumns::Column* c = columnAt(column);
    if (c && c->sort)
        setSortSpec({*c->sort, order});
}

bool OrderTableModel::isSortable(int column)
{
    const ordercolumns::Column* c = columnAt(column);
    return c && c->sort.has_value();
}

void OrderTableModel::setWithItems(bool on)
{
    if (m_spec.withItems == on)
        return;
    m_spec.withItems = on;
    reload();
}

void OrderTableModel::setSortSpec(const OrderSort& sort)
{
    if (sort == m_spec.sort)
        return;
    m_spec.sort = sort;
    reload();
}

void OrderTableModel::setFilter(const OrderFilter& filter)
{
    m_spec.filter = filter;
    reload();
}

void OrderTableModel::reload(const Session* readFirstPageWith)
{
    const bool before = isLoading();
    beginResetModel();
    ++m_generation;
    m_cache.clear();
    m_pending.clear();
    m_rows = 0;
    m_count = 0;
    m_countExact = false;
    m_countEstimate = false;
    m_refreshTicket = 0;
    m_refreshAgain = false;
    m_loader->setSpec(m_generation, m_spec);
    endResetModel();
    if (readFirstPageWith) {
        m_countPending = true;
        m_loader->requestCount(m_generation);
        if (!readFirstPageHere(*readFirstPageWith))
            requestPage(0);
    } else {
        // The first page before the count: the first screen never waits for COUNT(*).
        requestPage(0);
        m_countPending = true;
        m_loader->requestCount(m_generation);
    }
    emit countChanged(m_count, m_countExact);
    emitLoading(before);
}

void OrderTableModel::requestPage(int page) const
{
    if (m_pending.contains(page))
        return;
    OrderLoader::PageTask task;
    task.page = page;
    task.limit = kPageSize;
    const qint64 start = qint64(page) * kPageSize;
    auto prev = m_cache.constFind(page - 1);
    auto next = m_cache.constFind(page + 1);
    if (page > 0 && prev != m_cache.constEnd() && !prev->stale && prev->rows.size() == kPageSize) {
        const OrderSummary& last = prev->rows.back();
        task.after = SortKey{sortValue(last, m_spec.sort.column), last.id};
    } else if (next != m_cache.constEnd() && !next->stale && !next->rows.isEmpty()) {
        const OrderSummary& first = next->rows.front();
        task.after = SortKey{sortValue(first, m_spec.sort.column), first.id};
        task.backwards = true;
    } else if (m_countExact && start > m_count / 2) {
        // Far down the list: count from the end instead.
        const qint64 end = std::min<qint64>(start + kPageSize, m_count);
        task.offset = m_count - end;
        task.limit = int(end - start);
        task.backwards = true;
    } else {
        task.offset = start;
    }
    m_pending.insert(page);
    m_loader->requestPage(m_generation, task);
}

void OrderTableModel::onPageLoaded(quint64 generation, int page, const QList<OrderSummary>& rows)
{
    if (generation != m_generation)
        return;
    const bool before = isLoading();
    m_pending.remove(page);
    m_cache[page] = Page{rows, ++m_useClock, false};
    evict();
    if (!m_countExact && page == 0) {
        if (rows.size() < kPageSize) {
            m_count = rows.size();
            m_countExact = true;
            m_countEstimate = false;
            setRowCount(m_count);
        } else {
            // An estimate is shown, not scrolled: rows come as they are known.
            if (!m_countEstimate)
                m_count = std::max<qint64>(m_count, rows.size());
            setRowCount(std::max<qint64>(m_rows, rows.size()));
        }
        emit countChanged(m_count, m_countExact);
    }
    const int first = page * kPageSize;
    const int last = std::min(m_rows - 1, first + kPageSize - 1);
    if (first <= last)
        emit dataChanged(index(first, 0), index(last, columnCount() - 1));
    emitLoading(before);
}

void OrderTableModel::onPageDropped(quint64 generation, int page)
{
    if (generation != m_generation)
        return;
    m_pending.remove(page);
    // Repaint those rows if they are still shown; that asks for them again.
    const int first = page * kPageSize;
    const int last = std::min(m_rows - 1, first + kPageSize - 1);
    if (first <= last)
        emit dataChanged(index(first, 0), index(last, columnCount() - 1));
}

void OrderTableModel::onCountEstimated(quint64 generation, qint64 estimate)
{
    if (generation != m_generation || m_countExact)
        return;
    m_count = estimate;
    m_countEstimate = true;
    emit countChanged(m_count, false);
}

void OrderTableModel::onCountLoaded(quint64 generation, qint64 count, qint64 newCount)
{
    if (generation != m_generation)
        return;
    const bool before = isLoading();
    m_countPending = false;
    m_count = count;
    m_countExact = true;
    m_countEstimate = false;
    setRowCount(count);
    setNewCount(newCount);
    emit countChanged(m_count, true);
    emitLoading(before);
}

void OrderTableModel::setNewCount(qint64 n)
{
    if (n == m_newCount)
        return;
    m_newCount = n;
    emit newCountChanged(n);
}

void OrderTableModel::setRowCount(qint64 count)
{
    const int n = int(std::min<qint64>(count, std::numeric_limits<int>::max()));
    if (n > m_rows) {
        beginInsertRows({}, m_rows, n - 1);
        m_rows = n;
        endInsertRows();
    } else if (n < m_rows) {
        beginRemoveRows({}, n, m_rows - 1);
        m_rows = n;
        for (auto it = m_cache.begin(); it != m_cache.end();) {
            if (qint64(it.key()) * kPageSize >= n)
                it = m_cache.erase(it);
            else
                ++it;
        }
        endRemoveRows();
    }
}

void OrderTableModel::evict() const
{
    while (m_cache.size() > m_cacheLimit) {
        auto oldest = m_cache.begin();
        for (auto it = m_cache.begin(); it != m_cache.end(); ++it)
            if (it->lastUse < oldest->lastUse)
                oldest = it;
        m_cache.erase(oldest);
    }
}

std::optional<OrderSummary> OrderTableModel::rowAt(int row) const
{
    if (row < 0 || row >= m_rows)
        return std::nullopt;
    auto it = m_cache.constFind(row / kPageSize);
    if (it == m_cache.constEnd() || row % kPageSize >= it->rows.size())
        return std::nullopt;
    return it->rows[row % kPageSize];
}

int OrderTableModel::rowOfId(qint64 id) const
{
    for (auto it = m_cache.constBegin(); it != m_cache.constEnd(); ++it)
        for (qsizetype i = 0; i < it->rows.size(); ++i)
            if (it->rows[i].id == id)
                return it.key() * kPageSize + int(i);
    return -1;
}

void OrderTableModel::updateRow(const OrderSummary& row)
{
    for (auto it = m_cache.begin(); it != m_cache.end(); ++it)
        for (qsizetype i = 0; i < it->rows.size(); ++i)
            if (it->rows[i].id == row.id) {
                it->rows[i] = row;
                const int r = it.key() * kPageSize + int(i);
                emit dataChanged(index(r, 0), index(r, columnCount() - 1));
                return;
            }
}

void OrderTableModel::refresh()
{
    if (m_refreshTicket) {
        m_refreshAgain = true;
        return;
    }
    const bool before = isLoading();
    // Anchor every persistent index (selection, current row, scroll anchor)
    // on its order, so it can follow that order to its new row.
    QList<SortKey> keys;
    m_anchorIds.clear();
    QSet<qint64> seen;
    const auto persistent = persistentIndexList();
    for (const QModelIndex& idx : persistent) {
        if (keys.size() >= 64)
            break;
        const auto row = rowAt(idx.row());
        if (!row || seen.contains(row->id))
            continue;
        seen.insert(row->id);
        keys << SortKey{sortValue(*row, m_spec.sort.column), row->id};
        m_anchorIds << row->id;
    }
    m_refreshTicket = m_nextTicket++;
    m_loader->requestRefresh(m_generation, m_refreshTicket, keys);
    emitLoading(before);
}

void OrderTableModel::onRefreshed(quint64 generation, quint64 ticket, qint64 count, qint64 newCount,
                                  const QList<qint64>& ranks)
{
    if (generation != m_generation || ticket != m_refreshTicket)
        return;
    const bool before = isLoading();
    m_refreshTicket = 0;
    QHash<qint64, qint64> rankOf;
    for (qsizetype i = 0; i < ranks.size() && i < m_anchorIds.size(); ++i)
        rankOf.insert(m_anchorIds[i], ranks[i]);

    const int newRows = int(std::min<qint64>(count, std::numeric_limits<int>::max()));
    if (newRows > m_rows)
        setRowCount(newRows);

    // Where does each persistent index go? Views and selection models turn
    // their state into persistent indexes on layoutAboutToBeChanged, so the
    // list is taken after it.
    emit layoutAboutToBeChanged({}, QAbstractItemModel::NoLayoutChangeHint);
    const QModelIndexList from = persistentIndexList();
    QModelIndexList to;
    to.reserve(from.size());
    for (const QModelIndex& idx : from) {
        int target = std::min(idx.row(), newRows - 1);
        if (const auto row = rowAt(idx.row()); row && rankOf.contains(row->id))
            target = int(std::min<qint64>(rankOf.value(row->id), newRows - 1));
        to << (target >= 0 ? index(target, idx.column()) : QModelIndex());
    }
    for (auto& page : m_cache)
        page.stale = true;
    changePersistentIndexList(from, to);
    emit layoutChanged({}, QAbstractItemModel::NoLayoutChangeHint);
    if (newRows < m_rows)
        setRowCount(newRows);
    m_count = count;
    m_countExact = true;
    m_countEstimate = false;
    setNewCount(newCount);
    emit countChanged(m_count, true);
    // Repaint: shown rows ask for fresh pages and keep the stale ones meanwhile.
    if (m_rows > 0)
        emit dataChanged(index(0, 0), index(m_rows - 1, columnCount() - 1));
    emit refreshed();
    emitLoading(before);
    if (m_refreshAgain) {
        m_refreshAgain = false;
        refresh();
    }
}

void OrderTableModel::onFailed(quint64 generation, const QString& message)
{
    if (generation != m_generation)
        return;
    const bool before = isLoading();
    m_pending.clear();
    m_countPending = false;
    m_refreshTicket = 0;
    emit errorOccurred(message);
    emitLoading(before);
}

void OrderTableModel::emitLoading(bool before)
{
    const bool now = isLoading();
    if (now != before)
        emit loadingChanged(now);
}

} // namespace docket
