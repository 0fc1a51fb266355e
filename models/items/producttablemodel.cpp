#include "producttablemodel.h"

#include "domain/errors.h"

#include <QLocale>

namespace docket {

// ---------------------------------------------------------------- loader

ProductLoader::ProductLoader(std::shared_ptr<const Database> db, Session session)
    : LoaderThread(std::move(db),
                   {QStringLiteral("catalogue-loader"), QStringLiteral("docket-catalogue-loader")}),
      m_session(std::move(session))
{
    qRegisterMetaType<docket::ProductRow>();
    qRegisterMetaType<QList<docket::ProductRow>>();
}

ProductLoader::~ProductLoader()
{
    stop();
}

void ProductLoader::useConnection(const QSqlDatabase& connection)
{
    m_store = std::make_unique<CatalogueStore>(connection, m_session);
}

void ProductLoader::requestCount(quint64 generation, const CatalogueFilter& filter)
{
    post([this, generation, filter] {
        read(
            [&] {
                const qint64 n = m_store->count(filter);
                emit countLoaded(generation, n, m_store->lowStockCount());
            },
            [&](const DocketError& e) { emit failed(generation, e.message()); });
    });
}

void ProductLoader::requestPage(quint64 generation, const CatalogueFilter& filter,
                                const CatalogueSort& sort, int page, int pageSize)
{
    post([this, generation, filter, sort, page, pageSize] {
        read(
            [&] {
                const auto stock = m_store->page(filter, sort, qint64(page) * pageSize, pageSize);
                QList<qint64> ids;
                for (const ProductStock& s : stock)
                    ids << s.product.id;
                const auto rate = m_store->shippedPerDay(ids);
                QList<ProductRow> rows;
                rows.reserve(stock.size());
                for (const ProductStock& s : stock)
                    rows << ProductRow{
                        s, CatalogueStore::daysOfCover(s.available(), rate.value(s.product.id))};
                emit pageLoaded(generation, page, rows);
            },
            [&](const DocketError& e) { emit failed(generation, e.message()); });
    });
}

// ---------------------------------------------------------------- model

ProductTableModel::ProductTableModel(std::shared_ptr<const Database> db, Session session,
                                     QObject* parent)
    : QAbstractTableModel(parent),
      m_loader(std::make_unique<ProductLoader>(std::move(db), std::move(session)))
{
    connect(m_loader.get(), &ProductLoader::countLoaded, this, &ProductTableModel::onCount);
    connect(m_loader.get(), &ProductLoader::pageLoaded, this, &ProductTableModel::onPage);
    connect(m_loader.get(), &ProductLoader::failed, this,
            [this](quint64 generation, const QString& message) {
                if (generation == m_generation) {
                    m_requested.clear();
                    emit loadFailed(message);
                }
            });
    reset();
}

ProductTableModel::~ProductTableModel() = default;

bool ProductTableModel::isSortable(int column)
{
    return column == Sku || column == Name || column == Price || column == Available;
}

void ProductTableModel::reset()
{
    beginResetModel();
    ++m_generation;
    m_pages.clear();
    m_requested.clear();
    m_count = 0;
    m_countKnown = false;
    endResetModel();
    m_loader->requestCount(m_generation, m_filter);
    requestPage(0);
}

void ProductTableModel::setFilter(const CatalogueFilter& filter)
{
    if (filter == m_filter && m_countKnown)
        return;
    m_filter = filter;
    reset();
}

void ProductTableModel::sort(int column, Qt::SortOrder order)
{
    ProductColumn c = ProductColumn::Sku;
    switch (column) {
    case Name:
        c = ProductColumn::Name;
        break;
    case Price:
        c = ProductColumn::Price;
        break;
    case Available:
        c = ProductColumn::Available;
        break;
    case Sku:
        break;
    default:
        return; // not sortable
    }
    const CatalogueSort s{c, order};
    if (s == m_sort)
        return;
    m_sort = s;
    reset();
}

void ProductTableModel::refresh()
{
    // A new generation; the old pages stay on screen until theirs arrive.
    ++m_generation;
    m_requested.clear();
    m_loader->requestCount(m_generation, m_filter);
    QList<int> pages = m_pages.keys();
    if (pages.isEmpty())
        pages << 0;
    for (int p : pages)
        requestPage(p);
}

void ProductTableModel::requestPage(int page) const
{
    if (m_requested.contains(page))
        return;
    m_requested.insert(page);
    m_loader->requestPage(m_generation, m_filter, m_sort, page, kPageSize);
}

void ProductTableModel::onCount(quint64 generation, qint64 count, qint64 lowCount)
{
    if (generation != m_generation)
        return;
    if (lowCount != m_lowCount) {
        m_lowCount = lowCount;
        emit lowCountChanged(lowCount);
    }
    const bool wasKnown = m_countKnown;
    m_countKnown = true;
    if (count == m_count && wasKnown)
        return;
    if (count > m_count) {
        beginInsertRows({}, int(m_count), int(count) - 1);
        m_count = count;
        endInsertRows();
    } else if (count < m_count) {
        beginRemoveRows({}, int(count), int(m_count) - 1);
        m_count = count;
        // Pages wholly past the end go.
        for (auto it = m_pages.begin(); it != m_pages.end();)
            it = qint64(it.key()) * kPageSize >= count ? m_pages.erase(it) : std::next(it);
        endRemoveRows();
    }
    emit countChanged(count);
    if (m_requested.isEmpty())
        emit idle();
}

void ProductTableModel::onPage(quint64 generation, int page, const QList<ProductRow>& rows)
{
    if (generation != m_generation)
        return;
    m_requested.remove(page);
    m_pages.insert(page, rows);
    // Memory stays flat: far pages are dropped (they reload when scrolled to).
    if (m_pages.size() > 64)
        for (auto it = m_pages.begin(); it != m_pages.end();)
            it = std::abs(it.key() - page) > 32 ? m_pages.erase(it) : std::next(it);
    const int first = page * kPageSize;
    const int last = std::min<int>(int(m_count), first + kPageSize) - 1;
    if (last >= first)
        emit dataChanged(index(first, 0), index(last, ColumnCount - 1));
    if (m_requested.isEmpty() && m_countKnown)
        emit idle();
}

int ProductTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_count);
}

int ProductTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

std::optional<ProductRow> ProductTableModel::rowAt(int row) const
{
    const auto it = m_pages.constFind(row / kPageSize);
    if (it == m_pages.constEnd() || row % kPageSize >= it->size())
        return std::nullopt;
    return it->at(row % kPageSize);
}

QVariant ProductTableModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= m_count)
        return {};
    const std::optional<ProductRow> row = rowAt(index.row());
    if (!row) {
        requestPage(index.row() / kPageSize);
        if (role == LoadedRole)
            return false;
        if (role == Qt::DisplayRole && index.column() == Sku)
            return QStringLiteral("…");
        return {};
    }
    const ProductStock& s = row->stock;
    const QLocale loc;
    switch (role) {
    case LoadedRole:
        return true;
    case ProductIdRole:
        return s.product.id;
    case LowRole:
        return s.low;
    case ActiveRole:
        return s.product.active;
    case Qt::TextAlignmentRole:
        return index.column() >= Price ? QVariant(Qt::AlignRight | Qt::AlignVCenter)
                                       : QVariant(Qt::AlignLeft | Qt::AlignVCenter);
    case Qt::ToolTipRole:
        if (s.low)
            return tr("%1: %L2 available, below the safety stock of %L3.")
                .arg(s.product.sku)
                .arg(s.available())
                .arg(s.product.safetyStock);
        if (!s.product.active)
            return tr("%1 is inactive: not offered for new orders.").arg(s.product.sku);
        return {};
    case SortValueRole:
    case Qt::DisplayRole:
        break;
    default:
        return {};
    }
    const bool raw = role == SortValueRole;
    auto number = [&](qint64 n) -> QVariant {
        return raw ? QVariant(n) : QVariant(loc.toString(n));
    };
    switch (index.column()) {
    case Sku:
        return s.product.sku;
    case Name:
        return s.product.name;
    case Price:
        return raw ? QVariant(qint64(s.product.price.minorUnits()))
                   : QVariant(s.product.price.toString(loc));
    case Cost:
        return raw ? QVariant(qint64(s.product.cost.minorUnits()))
                   : QVariant(s.product.cost.toString(loc));
    case SafetyStock:
        return number(s.product.safetyStock);
    case OnHand:
        return number(s.onHand);
    case Reserved:
        return number(s.reserved);
    case Available:
        return number(s.available());
    case Backordered:
        return s.backordered || raw ? number(s.backordered) : QVariant(QString());
    case DaysOfCover:
        if (!row->daysOfCover)
            return raw ? QVariant() : QVariant(QStringLiteral("–"));
        return raw ? QVariant(*row->daysOfCover)
                   : QVariant(*row->daysOfCover >= 999 ? QStringLiteral("999+")
                                                       : loc.toString(*row->daysOfCover, 'f', 0));
    default:
        return {};
    }
}

QVariant ProductTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return {};
    if (role == Qt::ToolTipRole) {
        // The heading first: in a narrow list it is elided.
        const QString heading = headerData(section, orientation, Qt::DisplayRole).toString();
        QString why;
        switch (section) {
        case Reserved:
            why = tr("Held by open orders");
            break;
        case Available:
            why = tr("On hand minus reserved: what new orders can have");
            break;
        case Backordered:
            why = tr("Units ordered that could not be reserved yet");
            break;
        case DaysOfCover:
            why = tr("How long the available stock lasts at the last 30 days' shipments");
            break;
        case SafetyStock:
            why = tr("Below this many available units the product counts as low on stock");
            break;
        default:
            break;
        }
        return why.isEmpty() ? heading : heading + QLatin1Char('\n') + why;
    }
    if (role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Sku:
        return tr("SKU");
    case Name:
        return tr("Name");
    case Price:
        return tr("Price");
    case Cost:
        return tr("Cost");
    case SafetyStock:
        return tr("Safety stock");
    case OnHand:
        return tr("On hand");
    case Reserved:
        return tr("Reserved");
    case Available:
        return tr("Available");
    case Backordered:
        return tr("Backordered");
    case DaysOfCover:
        return tr("Days of cover");
    default:
        return {};
    }
}

} // namespace docket
